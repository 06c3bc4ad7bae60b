import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { complaints, stationComplaintHandlers, stations, throttle, users, villages } from "../schema";
import type { COMPLAINT_STATUSES } from "../schema";

/** 监督举报制 (R-RUL-3): complaints of a station, the station's designated handler, and the township's view. */

export type ComplaintRow = typeof complaints.$inferSelect;
export type ComplaintStatusValue = (typeof COMPLAINT_STATUSES)[number];

/** The station of a village, found by the village's 12-digit division code (public pages). */
export async function stationByVillageCode(db: Tx, villageCode: string) {
  const [row] = await db
    .select({ stationId: stations.id, districtId: stations.districtId, townshipId: stations.townshipId, villageId: stations.villageId })
    .from(villages)
    .innerJoin(stations, eq(stations.villageId, villages.id))
    .where(eq(villages.code, villageCode));
  return row ?? null;
}

/** A station's complaints, newest first, optionally of one status. */
export async function stationComplaints(db: Tx, stationId: string, status?: ComplaintStatusValue) {
  return db
    .select()
    .from(complaints)
    .where(and(eq(complaints.stationId, stationId), status ? eq(complaints.status, status) : undefined))
    .orderBy(desc(complaints.receivedAt));
}

export async function complaintById(db: Tx, id: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  return row ?? null;
}

/** Complaints the stations of a township escalated, those waiting for the centre first. */
export async function escalatedOfTownship(db: Tx, townshipId: string) {
  return db
    .select({ complaint: complaints, villageName: villages.name })
    .from(complaints)
    .innerJoin(villages, eq(villages.id, complaints.villageId))
    .where(and(eq(complaints.townshipId, townshipId), isNotNull(complaints.escalatedAt)))
    .orderBy(sql`case ${complaints.status} when 'escalated' then 0 else 1 end`, asc(complaints.escalatedAt));
}

/** The station's designated complaint handler with name and phone, or null. */
export async function stationHandler(db: Tx, stationId: string) {
  const [row] = await db
    .select({ userId: stationComplaintHandlers.userId, since: stationComplaintHandlers.since, name: users.name, phone: users.phone })
    .from(stationComplaintHandlers)
    .innerJoin(users, eq(users.id, stationComplaintHandlers.userId))
    .where(eq(stationComplaintHandlers.stationId, stationId));
  return row ?? null;
}

export async function setStationHandler(db: Tx, stationId: string, userId: string, since: Date) {
  await db
    .insert(stationComplaintHandlers)
    .values({ stationId, userId, since })
    .onConflictDoUpdate({ target: stationComplaintHandlers.stationId, set: { userId, since } });
}

/**
 * Count one submission under `key` in a fixed window (the throttle row's `lockedUntil` is the window's end);
 * returns the submissions in the current window including this one, and when the window ends.
 */
export async function countInWindow(db: Tx, key: string, now: Date, windowMs: number) {
  const end = new Date(now.getTime() + windowMs);
  const [row] = await db
    .insert(throttle)
    .values({ key, failures: 1, lastFailureAt: now, lockedUntil: end })
    .onConflictDoUpdate({
      target: throttle.key,
      set: {
        failures: sql`case when ${throttle.lockedUntil} is null or ${throttle.lockedUntil} <= ${now.toISOString()} then 1 else ${throttle.failures} + 1 end`,
        lockedUntil: sql`case when ${throttle.lockedUntil} is null or ${throttle.lockedUntil} <= ${now.toISOString()} then ${end.toISOString()}::timestamptz else ${throttle.lockedUntil} end`,
        lastFailureAt: now,
      },
    })
    .returning({ count: throttle.failures, windowEnds: throttle.lockedUntil });
  return { count: row?.count ?? 1, windowEnds: row?.windowEnds ?? end };
}
