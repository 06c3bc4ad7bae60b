import { eq } from "drizzle-orm";
import { CHECKLIST_KEYS, addDays } from "@bianmin/domain";
import type { ChecklistEntry, ChecklistKey } from "@bianmin/domain";
import type { Tx } from "../client";
import { stationChecklists, stations, users, villages } from "../schema";
import { SEED_TOWNSHIPS } from "./org-data";

/** Items the first station still being built has already passed (its draft). */
const DRAFT_PASSED: ChecklistKey[] = ["nameSign", "leadingGroup", "office", "equipment", "recordBook"];
const DRAFT_NOTES: Partial<Record<ChecklistKey, string>> = {
  guide: "办事指南正在印制，预计下周到位",
  complaintBox: "投诉意见箱已订购，尚未安装",
};
/** When the first station still being built last saved its draft, and the second submitted its checklist. */
const DRAFT_SAVED_AT = new Date("2026-02-20T16:00:00+08:00");
const SUBMITTED_AT = new Date("2026-02-26T10:00:00+08:00");

function entries(passed: (key: ChecklistKey) => boolean, notes: Partial<Record<ChecklistKey, string>> = {}): ChecklistEntry[] {
  return CHECKLIST_KEYS.map((key) => ({ key, passed: passed(key), note: notes[key] ?? null }));
}

/**
 * 规范化建设 records consistent with the stations' status (R-ORG-5): every operating station has a checklist
 * confirmed on its operating date by its township's supervisor; of the stations still being built, the first has a
 * draft with some items passed and the next a submitted checklist. Stations that already have one are left alone.
 */
export async function seedChecklists(tx: Tx, districtId: string): Promise<void> {
  const rows = await tx
    .select({ station: stations, villageCode: villages.code })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .where(eq(stations.districtId, districtId));
  const people = await tx.select({ id: users.id, role: users.role, townshipId: users.townshipId, stationId: users.stationId }).from(users).where(eq(users.districtId, districtId));
  const headOf = (stationId: string) => people.find((u) => u.role === "stationHead" && u.stationId === stationId)?.id ?? null;
  const supervisorOf = (townshipId: string) => people.find((u) => u.role === "townshipSupervisor" && u.townshipId === townshipId)?.id ?? null;

  // in the order of the seed data: the first station being built has a draft, the second a submitted checklist
  const building = SEED_TOWNSHIPS.flatMap((t) => t.villages)
    .filter((v) => v.station === "building")
    .map((v) => v.code);
  for (const { station: s, villageCode } of rows) {
    const unit = { districtId: s.districtId, townshipId: s.townshipId, villageId: s.villageId, stationId: s.id };
    const head = headOf(s.id);
    let values: typeof stationChecklists.$inferInsert;
    if (s.status === "operating" && s.operatingSince) {
      const submittedAt = new Date(`${addDays(s.operatingSince, -3)}T09:30:00+08:00`);
      const reviewedAt = new Date(`${s.operatingSince}T15:00:00+08:00`);
      values = {
        ...unit,
        entries: entries(() => true, { office: `${s.address}，面积${s.areaM2 ?? 0}平方米` }),
        areaM2: s.areaM2,
        status: "confirmed",
        submittedAt,
        submittedBy: head,
        reviewedAt,
        reviewedBy: supervisorOf(s.townshipId),
        confirmedOn: s.operatingSince,
        updatedAt: reviewedAt,
        version: 3,
      };
    } else {
      const draft = building.indexOf(villageCode) % 2 !== 1;
      values = draft
        ? { ...unit, entries: entries((k) => DRAFT_PASSED.includes(k), DRAFT_NOTES), areaM2: s.areaM2, status: "draft", updatedAt: DRAFT_SAVED_AT, version: 1 }
        : { ...unit, entries: entries(() => true), areaM2: s.areaM2, status: "submitted", submittedAt: SUBMITTED_AT, submittedBy: head, updatedAt: SUBMITTED_AT, version: 2 };
    }
    await tx.insert(stationChecklists).values(values).onConflictDoNothing({ target: stationChecklists.stationId });
  }
}
