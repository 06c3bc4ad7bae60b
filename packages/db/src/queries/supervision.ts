import { and, asc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { shanghaiDaysRange } from "../dates";
import { openHandling } from "./open-handling";
import { agents, attendance, complaints, matters, stationChecklists, stations, users, villages } from "../schema";
import { queueColumns } from "./matters";

/**
 * What the township centre's daily supervision reads (R-SUP-1). Every query is one set-based statement over the
 * township, so the cost grows with its villages and open matters, not with its history.
 */

/** Every village of the township with its station (if any), standardisation status and number of active agents. */
export async function townshipVillages(db: Tx, townshipId: string) {
  return db
    .select({
      villageId: villages.id,
      villageCode: villages.code,
      villageName: villages.name,
      villageKind: villages.kind,
      stationId: stations.id,
      stationStatus: stations.status,
      operatingSince: stations.operatingSince,
      checklistStatus: stationChecklists.status,
      agents: sql<number>`(select count(*)::int from ${agents} join ${users} on ${users.id} = ${agents.userId}
        where ${agents.stationId} = ${stations.id} and ${users.active})`,
    })
    .from(villages)
    .leftJoin(stations, eq(stations.villageId, villages.id))
    .leftJoin(stationChecklists, eq(stationChecklists.stationId, stations.id))
    .where(eq(villages.townshipId, townshipId))
    .orderBy(asc(villages.code));
}

/** Accepted matters not yet completed (the ones with a running or paused deadline), with the responsible agent. */
export async function openMattersOfTownship(db: Tx, townshipId: string, stationId?: string) {
  return db
    .select({
      ...queueColumns,
      responsibleAgentName: users.name,
    })
    .from(matters)
    .leftJoin(users, eq(users.id, matters.responsibleAgentId))
    .where(and(eq(matters.townshipId, townshipId), stationId ? eq(matters.stationId, stationId) : undefined, openHandling()))
    .orderBy(asc(matters.promisedDate));
}

/** Per station: matters waiting for an intake decision (登记, 待补材料). */
export async function intakePendingByStation(db: Tx, townshipId: string) {
  return db
    .select({ stationId: matters.stationId, count: sql<number>`count(*)::int` })
    .from(matters)
    .where(and(eq(matters.townshipId, townshipId), inArray(matters.status, ["registered", "awaitingSupplement"])))
    .groupBy(matters.stationId);
}

/** Ratings given in [from, to] (Shanghai days), with the station of each rated matter (a matter is rated once). */
export async function ratingsOfTownship(db: Tx, townshipId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  return db
    .select({ stationId: matters.stationId, level: sql<string>`${matters.rating}` })
    .from(matters)
    .where(and(eq(matters.townshipId, townshipId), gte(matters.ratedAt, start), lt(matters.ratedAt, end)));
}

/** Per station: matters completed in [from, to] and how many of them by their promised date (as the lights judge). */
export async function completionsByStation(db: Tx, townshipId: string, from: string, to: string) {
  return db
    .select({
      stationId: matters.stationId,
      completed: sql<number>`count(*)::int`,
      onTime: sql<number>`(count(*) filter (where ${matters.completedOn} <= ${matters.promisedDate}))::int`,
    })
    .from(matters)
    .where(and(eq(matters.townshipId, townshipId), sql`${matters.completedOn} between ${from} and ${to}`, sql`${matters.promisedDate} is not null`))
    .groupBy(matters.stationId);
}

/** Per station: complaints received in [from, to], those not closed (any time), those escalated and waiting for the centre. */
export async function complaintsByStation(db: Tx, townshipId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  return db
    .select({
      stationId: complaints.stationId,
      received: sql<number>`(count(*) filter (where ${complaints.receivedAt} >= ${start.toISOString()} and ${complaints.receivedAt} < ${end.toISOString()}))::int`,
      open: sql<number>`(count(*) filter (where ${complaints.status} <> 'closed'))::int`,
      escalated: sql<number>`(count(*) filter (where ${complaints.status} = 'escalated'))::int`,
    })
    .from(complaints)
    .where(eq(complaints.townshipId, townshipId))
    .groupBy(complaints.stationId);
}

/** Open follow-ups of bad ratings (their due dates), per station. */
export async function openFollowUpsOfTownship(db: Tx, townshipId: string) {
  return db
    .select({ stationId: matters.stationId, matterId: matters.id, dueDate: matters.followUpDue })
    .from(matters)
    .where(and(eq(matters.townshipId, townshipId), sql`${matters.followUpDue} is not null`));
}

/** Per station: agents on duty now (an open clock-on), and agent-days attended in [from, to]. */
export async function attendanceByStation(db: Tx, townshipId: string, from: string, to: string) {
  const { start, end } = shanghaiDaysRange(from, to);
  const [onDuty, days] = await Promise.all([
    db
      .select({ stationId: attendance.stationId, count: sql<number>`count(distinct ${attendance.userId})::int` })
      .from(attendance)
      .where(and(eq(attendance.townshipId, townshipId), isNull(attendance.offAt)))
      .groupBy(attendance.stationId),
    db
      .select({
        stationId: attendance.stationId,
        agentDays: sql<number>`count(distinct (${attendance.userId}, (${attendance.onAt} at time zone 'Asia/Shanghai')::date))::int`,
      })
      .from(attendance)
      .where(
        and(
          eq(attendance.townshipId, townshipId),
          gte(attendance.onAt, start),
          lt(attendance.onAt, end),
        ),
      )
      .groupBy(attendance.stationId),
  ]);
  return { onDuty, days };
}

/** A station of the township, or null (another township's station is not found). */
export async function stationInTownship(db: Tx, townshipId: string, stationId: string) {
  const [row] = await db
    .select({ id: stations.id, villageName: villages.name })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .where(and(eq(stations.id, stationId), eq(stations.townshipId, townshipId)));
  return row ?? null;
}
