import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "../client";
import { stationChecklists, stations, users, villages } from "../schema";

/** 规范化建设 (R-ORG-5): a station's checklist, its township's list, and the confirmation's effect on the station. */

export type ChecklistRow = typeof stationChecklists.$inferSelect;
export type ChecklistChange = Partial<Omit<typeof stationChecklists.$inferInsert, "id" | "stationId" | "version">>;

const submitter = alias(users, "submitter");
const reviewer = alias(users, "reviewer");

/** A station's checklist with the names of who submitted and who reviewed it, or null when none was started. */
export async function checklistOfStation(db: Tx, stationId: string) {
  const [row] = await db
    .select({ checklist: stationChecklists, submittedByName: submitter.name, reviewedByName: reviewer.name })
    .from(stationChecklists)
    .leftJoin(submitter, eq(submitter.id, stationChecklists.submittedBy))
    .leftJoin(reviewer, eq(reviewer.id, stationChecklists.reviewedBy))
    .where(eq(stationChecklists.stationId, stationId));
  return row ?? null;
}

/** The first save of a station's checklist; null when another save created it first. */
export async function insertChecklist(db: Tx, values: typeof stationChecklists.$inferInsert): Promise<ChecklistRow | null> {
  const [row] = await db.insert(stationChecklists).values(values).onConflictDoNothing({ target: stationChecklists.stationId }).returning();
  return row ?? null;
}

/** Change the checklist if it is still at `version` (and bump it); null when someone changed it in between. */
export async function updateChecklistAt(db: Tx, id: string, version: number, set: ChecklistChange): Promise<ChecklistRow | null> {
  const [row] = await db
    .update(stationChecklists)
    .set({ ...set, version: version + 1 })
    .where(and(eq(stationChecklists.id, id), eq(stationChecklists.version, version)))
    .returning();
  return row ?? null;
}

/** Every station of a township with its village and its checklist (if started), in division-code order. */
export async function checklistsOfTownship(db: Tx, townshipId: string) {
  return db
    .select({
      stationId: stations.id,
      villageId: villages.id,
      villageCode: villages.code,
      villageName: villages.name,
      stationStatus: stations.status,
      operatingSince: stations.operatingSince,
      checklist: stationChecklists,
    })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .leftJoin(stationChecklists, eq(stationChecklists.stationId, stations.id))
    .where(eq(stations.townshipId, townshipId))
    .orderBy(asc(villages.code));
}

/** The confirmed station operates from `on`, with the office area the centre confirmed. */
export async function setStationOperating(db: Tx, stationId: string, on: string, areaM2: number | null) {
  const [row] = await db
    .update(stations)
    .set({ status: "operating", operatingSince: on, ...(areaM2 !== null ? { areaM2 } : {}) })
    .where(eq(stations.id, stationId))
    .returning({ id: stations.id, status: stations.status, operatingSince: stations.operatingSince, areaM2: stations.areaM2 });
  return row ?? null;
}
