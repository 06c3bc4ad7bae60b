import type { Tx } from "../client";
import { rolloutTargets } from "../schema";
import { seedChecklists } from "./standardization";

/**
 * 建设进度 targets of 二七区 (R-ORG-6): the source's own campaign (§五(八): at least 60% of villages by 2009-06-30,
 * 100% by 2009-11-30) and a current one, so that a demo run today has a target in force and one ahead.
 */
export const SEED_ROLLOUT_TARGETS = [
  { campaign: "2009年村（社区）便民服务代办站建设", targetDate: "2009-06-30", percent: 60 },
  { campaign: "2009年村（社区）便民服务代办站建设", targetDate: "2009-11-30", percent: 100 },
  { campaign: "2026年代办站建设提升", targetDate: "2026-06-30", percent: 80 },
  { campaign: "2026年代办站建设提升", targetDate: "2026-12-31", percent: 100 },
] as const;

/** The rollout targets and the standardisation checklists behind the stations' operating dates (idempotent). */
export async function seedRollout(tx: Tx, districtId: string): Promise<void> {
  await tx
    .insert(rolloutTargets)
    .values(SEED_ROLLOUT_TARGETS.map((t) => ({ districtId, ...t })))
    .onConflictDoNothing({ target: [rolloutTargets.districtId, rolloutTargets.targetDate] });
  await seedChecklists(tx, districtId);
}
