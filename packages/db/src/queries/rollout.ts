import { asc, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { rolloutTargets } from "../schema";

/** 建设进度 (R-ORG-6): the district's dated targets, earliest first. */
export async function targetsOfDistrict(db: Tx, districtId: string) {
  return db
    .select({ campaign: rolloutTargets.campaign, date: rolloutTargets.targetDate, percent: rolloutTargets.percent })
    .from(rolloutTargets)
    .where(eq(rolloutTargets.districtId, districtId))
    .orderBy(asc(rolloutTargets.targetDate));
}
