import { and, asc, desc, eq, gte, lt, lte, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { receptionDuties, receptions } from "../schema";

/** 干部接待制 (R-RUL-2): the cadres' duty schedule of a station and the receptions they held. */

export type ReceptionDutyRow = typeof receptionDuties.$inferSelect;
export type ReceptionRow = typeof receptions.$inferSelect;

/** Duties of a station from `from` to `to` (inclusive days), by date and period. */
export async function stationDuties(db: Tx, stationId: string, from: string, to: string) {
  return db
    .select()
    .from(receptionDuties)
    .where(and(eq(receptionDuties.stationId, stationId), gte(receptionDuties.dutyDate, from), lte(receptionDuties.dutyDate, to)))
    .orderBy(asc(receptionDuties.dutyDate), sql`case ${receptionDuties.period} when 'morning' then 0 when 'afternoon' then 1 else 2 end`, asc(receptionDuties.cadreName));
}

export async function dutyById(db: Tx, id: string): Promise<ReceptionDutyRow | null> {
  const [row] = await db.select().from(receptionDuties).where(eq(receptionDuties.id, id));
  return row ?? null;
}

/** The new duty, or null when the cadre already has that slot. */
export async function insertDuty(tx: Tx, values: typeof receptionDuties.$inferInsert): Promise<ReceptionDutyRow | null> {
  const [row] = await tx.insert(receptionDuties).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function deleteDuty(tx: Tx, id: string): Promise<void> {
  await tx.delete(receptionDuties).where(eq(receptionDuties.id, id));
}

/** Whether a reception was recorded against the duty (such a duty stays in the schedule). */
export async function dutyHasReceptions(db: Tx, dutyId: string): Promise<boolean> {
  const rows = await db.select({ id: receptions.id }).from(receptions).where(eq(receptions.dutyId, dutyId)).limit(1);
  return rows.length > 0;
}

/** Receptions of a station held in [from, to), newest first. */
export async function stationReceptions(db: Tx, stationId: string, from: Date, to: Date) {
  return db
    .select()
    .from(receptions)
    .where(and(eq(receptions.stationId, stationId), gte(receptions.at, from), lt(receptions.at, to)))
    .orderBy(desc(receptions.at));
}

export async function receptionById(db: Tx, id: string, lock = false): Promise<ReceptionRow | null> {
  const q = db.select().from(receptions).where(eq(receptions.id, id));
  const [row] = lock ? await q.for("update") : await q;
  return row ?? null;
}

export async function insertReception(tx: Tx, values: typeof receptions.$inferInsert): Promise<ReceptionRow> {
  const [row] = await tx.insert(receptions).values(values).returning();
  return row!;
}

export async function setRequests(tx: Tx, id: string, requests: ReceptionRow["requests"]): Promise<void> {
  await tx.update(receptions).set({ requests }).where(eq(receptions.id, id));
}
