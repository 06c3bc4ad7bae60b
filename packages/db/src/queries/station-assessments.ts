import { and, asc, desc, eq, gte, ilike, isNotNull, lt, sql } from "drizzle-orm";
import type { Column } from "drizzle-orm";
import type { Tx } from "../client";
import { shanghaiDaysRange } from "../dates";
import { assessments, complaints, inspections, matters, recordArchives, stationChecklists, stations, townships, villages } from "../schema";

/**
 * 半年考核 (R-ASM-2) and the district's view of all assessments: the facts a station's half-year is computed from,
 * read for every station of the district at once (one statement per kind of fact), and the district-wide tables.
 */

const shanghaiDay = (column: unknown) => sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** Every station of the district (being built or operating), with its units' names and its checklist. */
export async function stationsToAssess(db: Tx, districtId: string, stationId?: string) {
  return db
    .select({
      stationId: stations.id,
      districtId: stations.districtId,
      townshipId: stations.townshipId,
      villageId: stations.villageId,
      townshipName: townships.name,
      townshipCode: townships.code,
      villageName: villages.name,
      villageCode: villages.code,
      status: stations.status,
      operatingSince: sql<string | null>`${stations.operatingSince}::text`,
      checklistStatus: stationChecklists.status,
      checklistEntries: stationChecklists.entries,
      checklistAreaM2: stationChecklists.areaM2,
    })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .innerJoin(townships, eq(townships.id, stations.townshipId))
    .leftJoin(stationChecklists, eq(stationChecklists.stationId, stations.id))
    .where(and(eq(stations.districtId, districtId), stationId ? eq(stations.id, stationId) : undefined))
    .orderBy(asc(townships.code), asc(villages.code));
}

export type StationToAssess = Awaited<ReturnType<typeof stationsToAssess>>[number];

/**
 * Everything the stations of a district did or received in a period (Shanghai days, both ends included):
 * completed matters, ratings of their matters, complaints about them, inspections, matters accepted, and the
 * day the previous year's record book was closed.
 */
export async function stationPeriodRecords(db: Tx, districtId: string, p: { start: string; end: string; year: number }, stationId?: string) {
  const { start, end } = shanghaiDaysRange(p.start, p.end);
  const one = (column: Column) => (stationId ? eq(column, stationId) : undefined);
  const [completions, ratings, stationComplaints, visits, accepted, archives] = await Promise.all([
    db
      .select({ stationId: matters.stationId, receiptNo: matters.receiptNo, completedOn: sql<string>`${matters.completedOn}::text`, promisedDate: sql<string | null>`${matters.promisedDate}::text` })
      .from(matters)
      .where(and(eq(matters.districtId, districtId), sql`${matters.completedOn} between ${p.start} and ${p.end}`, one(matters.stationId)))
      .orderBy(asc(matters.completedOn), asc(matters.receiptNo)),
    db
      .select({ stationId: matters.stationId, level: sql<string>`${matters.rating}`, ratedOn: shanghaiDay(matters.ratedAt) })
      .from(matters)
      .where(and(eq(matters.districtId, districtId), gte(matters.ratedAt, start), lt(matters.ratedAt, end), one(matters.stationId))),
    db
      .select({ stationId: complaints.stationId, receivedOn: shanghaiDay(complaints.receivedAt) })
      .from(complaints)
      .where(and(eq(complaints.districtId, districtId), eq(complaints.about, "station"), gte(complaints.receivedAt, start), lt(complaints.receivedAt, end), one(complaints.stationId))),
    db
      .select({ stationId: inspections.stationId, inspectedOn: sql<string>`${inspections.inspectedOn}::text`, problemCount: inspections.problemCount })
      .from(inspections)
      .where(and(eq(inspections.districtId, districtId), sql`${inspections.inspectedOn} between ${p.start} and ${p.end}`, one(inspections.stationId))),
    db
      .select({ stationId: matters.stationId, acceptedOn: shanghaiDay(matters.acceptedAt), receiptNo: matters.receiptNo, lookupCode: matters.lookupCode })
      .from(matters)
      .where(and(eq(matters.districtId, districtId), isNotNull(matters.acceptedAt), gte(matters.acceptedAt, start), lt(matters.acceptedAt, end), one(matters.stationId))),
    db
      .select({ stationId: recordArchives.stationId, closedOn: shanghaiDay(recordArchives.closedAt) })
      .from(recordArchives)
      .where(and(eq(recordArchives.districtId, districtId), eq(recordArchives.year, p.year - 1), one(recordArchives.stationId))),
  ]);
  return { completions, ratings, stationComplaints, visits, accepted, archives };
}

/** The newest version of each subject's assessment of a period in the district (or one township), with the unit names. */
export async function latestOfPeriod(db: Tx, q: { districtId?: string; townshipId?: string; subjectKind: "agent" | "station"; periodKey: string }) {
  const latest = db
    .selectDistinctOn([assessments.subjectId], { id: assessments.id })
    .from(assessments)
    .where(
      and(
        q.districtId ? eq(assessments.districtId, q.districtId) : undefined,
        q.townshipId ? eq(assessments.townshipId, q.townshipId) : undefined,
        eq(assessments.subjectKind, q.subjectKind),
        eq(assessments.periodKey, q.periodKey),
      ),
    )
    .orderBy(assessments.subjectId, desc(assessments.version))
    .as("latest");
  return db
    .select({ a: assessments, villageName: villages.name, villageCode: villages.code, townshipName: townships.name, townshipCode: townships.code })
    .from(assessments)
    .innerJoin(latest, eq(latest.id, assessments.id))
    .innerJoin(villages, eq(villages.id, assessments.villageId))
    .innerJoin(townships, eq(townships.id, assessments.townshipId))
    .orderBy(asc(townships.code), asc(villages.code), asc(assessments.subjectName));
}

export type LatestOfPeriodRow = Awaited<ReturnType<typeof latestOfPeriod>>[number];

/**
 * 双月考核档案 (R-ASM-1, R-ASM-3): confirmed bimonthly agent assessments of the district, newest period first,
 * optionally of one township, station, period, or agents whose name contains the given text.
 */
export async function confirmedAgentArchive(db: Tx, q: { districtId: string; townshipId?: string; stationId?: string; agentName?: string; periodKey?: string; limit: number }) {
  return db
    .select({ a: assessments, villageName: villages.name, townshipName: townships.name })
    .from(assessments)
    .innerJoin(villages, eq(villages.id, assessments.villageId))
    .innerJoin(townships, eq(townships.id, assessments.townshipId))
    .where(
      and(
        eq(assessments.districtId, q.districtId),
        eq(assessments.subjectKind, "agent"),
        eq(assessments.status, "confirmed"),
        q.townshipId ? eq(assessments.townshipId, q.townshipId) : undefined,
        q.stationId ? eq(assessments.stationId, q.stationId) : undefined,
        q.periodKey ? eq(assessments.periodKey, q.periodKey) : undefined,
        q.agentName ? ilike(assessments.subjectName, `%${q.agentName.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
      ),
    )
    .orderBy(desc(assessments.periodStart), asc(townships.code), asc(villages.code), asc(assessments.subjectName), desc(assessments.version))
    .limit(q.limit);
}
