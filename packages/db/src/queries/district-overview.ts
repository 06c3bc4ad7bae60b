import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { shanghaiDaysRange } from "../dates";
import { openHandling } from "./open-handling";
import { complaints, matters, serviceItemVersions, townships } from "../schema";

/**
 * What the district's overview of its townships reads (R-SUP-1 at district level). Each query is one set-based
 * statement over the district, grouped in the database where only counts are needed.
 */

/** Accepted matters not yet completed, with their township and deadline facts (lit by the caller for today). */
export async function openMattersOfDistrict(db: Tx, districtId: string) {
  return db
    .select({ townshipId: matters.townshipId, promisedDate: matters.promisedDate, pausedOn: matters.pausedOn, completedOn: matters.completedOn })
    .from(matters)
    // by township: the (township, status) index reaches the open matters; the district alone would walk its history
    .where(and(eq(matters.districtId, districtId), inArray(matters.townshipId, db.select({ id: townships.id }).from(townships).where(eq(townships.districtId, districtId))), openHandling()));
}

/** Matters registered in [from, to] per item (with the item's handling level), and how many of them are completed. */
export async function mattersByItem(db: Tx, districtId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  return db
    .select({
      itemCode: matters.itemCode,
      // the version's name is the name the matter was registered under (and keeps the read on the index)
      itemName: sql<string>`min(${serviceItemVersions.name})`,
      level: serviceItemVersions.level,
      registered: sql<number>`count(*)::int`,
      completed: sql<number>`(count(*) filter (where ${matters.completedOn} is not null))::int`,
    })
    .from(matters)
    .innerJoin(serviceItemVersions, and(eq(serviceItemVersions.code, matters.itemCode), eq(serviceItemVersions.version, matters.itemVersion)))
    .where(and(eq(matters.districtId, districtId), gte(matters.registeredAt, start), lt(matters.registeredAt, end)))
    .groupBy(matters.itemCode, serviceItemVersions.level);
}

/** Matters completed in [from, to]: township, the Beijing date of acceptance and the completion date. */
export async function completionsOfDistrict(db: Tx, districtId: string, from: string, to: string) {
  return db
    .select({
      townshipId: matters.townshipId,
      acceptedOn: sql<string>`to_char(${matters.acceptedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      completedOn: sql<string>`${matters.completedOn}::text`,
    })
    .from(matters)
    .where(and(eq(matters.districtId, districtId), sql`${matters.completedOn} between ${from} and ${to}`, sql`${matters.acceptedAt} is not null`));
}

/** Ratings given in [from, to] (Shanghai days), counted per township and level. */
export async function ratingsByTownship(db: Tx, districtId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  return db
    .select({ townshipId: matters.townshipId, level: sql<string>`${matters.rating}`, count: sql<number>`count(*)::int` })
    .from(matters)
    .where(and(eq(matters.districtId, districtId), gte(matters.ratedAt, start), lt(matters.ratedAt, end)))
    .groupBy(matters.townshipId, matters.rating);
}

/** Per township: complaints received in [from, to], those not closed (any time), those escalated and waiting for the centre. */
export async function complaintsByTownship(db: Tx, districtId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  return db
    .select({
      townshipId: complaints.townshipId,
      received: sql<number>`(count(*) filter (where ${complaints.receivedAt} >= ${start.toISOString()} and ${complaints.receivedAt} < ${end.toISOString()}))::int`,
      open: sql<number>`(count(*) filter (where ${complaints.status} <> 'closed'))::int`,
      escalated: sql<number>`(count(*) filter (where ${complaints.status} = 'escalated'))::int`,
    })
    .from(complaints)
    .where(eq(complaints.districtId, districtId))
    .groupBy(complaints.townshipId);
}
