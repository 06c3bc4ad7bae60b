import { and, asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { appointments, users } from "../schema";

/** 预约服务 (R-RUL-1): a station's appointments by time, and the counts per local day for the month grid. */

export type AppointmentRow = typeof appointments.$inferSelect;
export type AppointmentInsert = typeof appointments.$inferInsert;

/** Appointments of a station that start in [from, to), earliest first, with the assigned agent's name. */
export async function stationAppointments(db: Tx, stationId: string, from: Date, to: Date) {
  return db
    .select({ appointment: appointments, agentName: users.name })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.agentId))
    .where(and(eq(appointments.stationId, stationId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt));
}

/** How many appointments (cancelled ones left out) start on each Shanghai day in [from, to). */
export async function countsPerDay(db: Tx, stationId: string, from: Date, to: Date): Promise<{ date: string; n: number }[]> {
  const day = sql<string>`to_char(${appointments.startsAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  return db
    .select({ date: day, n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(and(eq(appointments.stationId, stationId), gte(appointments.startsAt, from), lt(appointments.startsAt, to), ne(appointments.status, "cancelled")))
    .groupBy(day);
}

/** One appointment, locked for the caller's transaction. */
export async function appointmentForUpdate(tx: Tx, id: string): Promise<AppointmentRow | null> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, id)).for("update");
  return row ?? null;
}

export async function insertAppointment(tx: Tx, values: AppointmentInsert): Promise<AppointmentRow> {
  const [row] = await tx.insert(appointments).values(values).returning();
  return row!;
}

/** Update when the stored version is still `expected`; null when someone else changed it first. */
export async function updateAppointmentIfVersion(tx: Tx, id: string, expected: number, set: Partial<AppointmentInsert>): Promise<AppointmentRow | null> {
  const [row] = await tx
    .update(appointments)
    .set({ ...set, version: expected + 1 })
    .where(and(eq(appointments.id, id), eq(appointments.version, expected)))
    .returning();
  return row ?? null;
}
