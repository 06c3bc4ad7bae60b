import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { InspectionFinding } from "@bianmin/domain";
import type { Tx } from "../client";
import { shanghaiDaysRange } from "../dates";
import {
  agents,
  assessments,
  attendance,
  complaints,
  inspections,
  matters,
  rubrics,
  selfReviews,
  stations,
  townships,
  users,
  villages,
} from "../schema";

/**
 * 双月考核 (R-ASM-1, R-ASM-3): the facts an agent's bimonthly assessment is computed from, read for every agent
 * of a township at once (one statement per kind of fact, never one per agent), the rubrics and the stored versions.
 */

export * from "./station-assessments";
import { latestOfPeriod } from "./station-assessments";

export type AssessmentRow = typeof assessments.$inferSelect;
export type RubricRow = typeof rubrics.$inferSelect;

const shanghaiDay = (column: unknown) => sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** The latest published version of a rubric (e.g. "AGENT") of the district, or null. */
export async function latestRubric(db: Tx, districtId: string, code: string): Promise<RubricRow | null> {
  const [row] = await db
    .select()
    .from(rubrics)
    .where(and(eq(rubrics.districtId, districtId), eq(rubrics.code, code)))
    .orderBy(desc(rubrics.version))
    .limit(1);
  return row ?? null;
}

export async function rubricsByIds(db: Tx, ids: string[]): Promise<RubricRow[]> {
  return ids.length ? db.select().from(rubrics).where(inArray(rubrics.id, ids)) : [];
}

/**
 * The agents to assess for a period ending on `periodEnd`: active staff (heads included) of the township's
 * stations that were operating by then, with the days their duty can start from.
 */
export async function agentsToAssess(db: Tx, townshipId: string, periodEnd: string, userId?: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      isHead: agents.isHead,
      badgeNo: agents.badgeNo,
      districtId: stations.districtId,
      townshipId: stations.townshipId,
      villageId: stations.villageId,
      stationId: stations.id,
      villageName: villages.name,
      villageCode: villages.code,
      operatingSince: sql<string>`${stations.operatingSince}::text`,
      accountSince: shanghaiDay(users.createdAt),
      firstClockOn: sql<string | null>`(select ${shanghaiDay(sql`min(t.on_at)`)} from ${attendance} t where t.user_id = ${users.id})`,
    })
    .from(agents)
    .innerJoin(users, eq(users.id, agents.userId))
    .innerJoin(stations, eq(stations.id, agents.stationId))
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .where(
      and(
        eq(stations.townshipId, townshipId),
        eq(stations.status, "operating"),
        sql`${stations.operatingSince} <= ${periodEnd}`,
        eq(users.active, true),
        userId ? eq(users.id, userId) : undefined,
      ),
    )
    .orderBy(asc(villages.code), desc(agents.isHead), asc(agents.badgeNo));
}

export interface PeriodRange {
  key: string;
  start: string;
  end: string;
}

/**
 * Everything the agents of a township did or received in a period (Shanghai days, both ends included):
 * clock-on days, completed matters they were responsible for, ratings of their matters, complaints about their
 * stations, inspections of their stations and their self-reviews. Optionally for one agent only.
 */
export async function agentPeriodRecords(db: Tx, townshipId: string, p: PeriodRange, userId?: string) {
  const { start, end } = shanghaiDaysRange(p.start, p.end);
  const [attended, completions, ratings, stationComplaints, stationInspections, reviews] = await Promise.all([
    db
      .selectDistinct({ userId: attendance.userId, day: shanghaiDay(attendance.onAt) })
      .from(attendance)
      .where(and(eq(attendance.townshipId, townshipId), gte(attendance.onAt, start), lt(attendance.onAt, end), userId ? eq(attendance.userId, userId) : undefined)),
    db
      .select({
        agentId: sql<string>`${matters.responsibleAgentId}`,
        receiptNo: matters.receiptNo,
        completedOn: sql<string>`${matters.completedOn}::text`,
        promisedDate: sql<string | null>`${matters.promisedDate}::text`,
      })
      .from(matters)
      .where(
        and(
          eq(matters.townshipId, townshipId),
          isNotNull(matters.responsibleAgentId),
          sql`${matters.completedOn} between ${p.start} and ${p.end}`,
          userId ? eq(matters.responsibleAgentId, userId) : undefined,
        ),
      )
      .orderBy(asc(matters.completedOn), asc(matters.receiptNo)),
    db
      .select({ agentId: sql<string>`${matters.responsibleAgentId}`, level: sql<string>`${matters.rating}`, ratedOn: shanghaiDay(matters.ratedAt) })
      .from(matters)
      .where(
        and(
          eq(matters.townshipId, townshipId),
          isNotNull(matters.responsibleAgentId),
          gte(matters.ratedAt, start),
          lt(matters.ratedAt, end),
          userId ? eq(matters.responsibleAgentId, userId) : undefined,
        ),
      ),
    db
      .select({ stationId: complaints.stationId, receivedOn: shanghaiDay(complaints.receivedAt) })
      .from(complaints)
      .where(and(eq(complaints.townshipId, townshipId), eq(complaints.about, "station"), gte(complaints.receivedAt, start), lt(complaints.receivedAt, end))),
    db
      .select({ stationId: inspections.stationId, inspectedOn: sql<string>`${inspections.inspectedOn}::text`, findings: inspections.findings })
      .from(inspections)
      .where(and(eq(inspections.townshipId, townshipId), sql`${inspections.inspectedOn} between ${p.start} and ${p.end}`)),
    db
      .select({ userId: selfReviews.userId, submittedAt: selfReviews.submittedAt })
      .from(selfReviews)
      .where(and(eq(selfReviews.townshipId, townshipId), eq(selfReviews.periodKey, p.key), userId ? eq(selfReviews.userId, userId) : undefined)),
  ]);
  return {
    attended,
    completions,
    ratings,
    stationComplaints,
    stationInspections: stationInspections as { stationId: string; inspectedOn: string; findings: InspectionFinding[] }[],
    reviews,
  };
}

export type AgentPeriodRecords = Awaited<ReturnType<typeof agentPeriodRecords>>;

/** The newest version of each agent's assessment of a period in the township, with the village's name. */
export async function periodTable(db: Tx, townshipId: string, periodKey: string) {
  return latestOfPeriod(db, { townshipId, subjectKind: "agent", periodKey });
}

const confirmer = alias(users, "confirmer");

/** One assessment version with its village name, the confirmer's name and its rubric. */
export async function assessmentById(db: Tx, id: string) {
  const [row] = await db
    .select({ a: assessments, villageName: villages.name, townshipName: townships.name, confirmedByName: confirmer.name, rubric: rubrics })
    .from(assessments)
    .innerJoin(villages, eq(villages.id, assessments.villageId))
    .innerJoin(townships, eq(townships.id, assessments.townshipId))
    .innerJoin(rubrics, eq(rubrics.id, assessments.rubricId))
    .leftJoin(confirmer, eq(confirmer.id, assessments.confirmedBy))
    .where(eq(assessments.id, id));
  return row ?? null;
}

/** Every version of one subject's assessment of a period, oldest first. */
export async function versionsOf(db: Tx, subjectId: string, periodKey: string) {
  return db
    .select({
      id: assessments.id,
      version: assessments.version,
      status: assessments.status,
      supersedesId: assessments.supersedesId,
      correctionReason: assessments.correctionReason,
      total: assessments.total,
      result: assessments.result,
      decision: assessments.decision,
      computedAt: assessments.computedAt,
      confirmedAt: assessments.confirmedAt,
    })
    .from(assessments)
    .where(and(eq(assessments.subjectId, subjectId), eq(assessments.periodKey, periodKey)))
    .orderBy(asc(assessments.version));
}

export async function insertAssessment(tx: Tx, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await tx.insert(assessments).values(values).returning();
  return row!;
}

/** Update a version only if nobody changed it since `rowVersion` was read; null on conflict. */
export async function updateAssessmentIfVersion(
  tx: Tx,
  id: string,
  rowVersion: number,
  set: Partial<typeof assessments.$inferInsert>,
): Promise<AssessmentRow | null> {
  const [row] = await tx
    .update(assessments)
    .set({ ...set, rowVersion: rowVersion + 1 })
    .where(and(eq(assessments.id, id), eq(assessments.rowVersion, rowVersion)))
    .returning();
  return row ?? null;
}

/** An agent's confirmed assessments, newest period first. */
export async function confirmedOfAgent(db: Tx, userId: string): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.subjectKind, "agent"), eq(assessments.subjectId, userId), eq(assessments.status, "confirmed")))
    .orderBy(desc(assessments.periodStart), desc(assessments.version));
}

/** The agent's self-review of a period, or null. */
export async function selfReviewOf(db: Tx, userId: string, periodKey: string) {
  const [row] = await db
    .select({ text: selfReviews.text, submittedAt: selfReviews.submittedAt, updatedAt: selfReviews.updatedAt })
    .from(selfReviews)
    .where(and(eq(selfReviews.userId, userId), eq(selfReviews.periodKey, periodKey)));
  return row ?? null;
}

/** Per period: subjects assessed (newest version each) in the district (or one township), and how many are confirmed. */
export async function periodCounts(db: Tx, q: { districtId?: string; townshipId?: string; subjectKind: "agent" | "station" }, periodKeys: string[]) {
  if (periodKeys.length === 0) return new Map<string, { assessed: number; confirmed: number }>();
  const latest = db
    .selectDistinctOn([assessments.subjectId, assessments.periodKey], { periodKey: assessments.periodKey, status: assessments.status })
    .from(assessments)
    .where(
      and(
        q.districtId ? eq(assessments.districtId, q.districtId) : undefined,
        q.townshipId ? eq(assessments.townshipId, q.townshipId) : undefined,
        eq(assessments.subjectKind, q.subjectKind),
        inArray(assessments.periodKey, periodKeys),
      ),
    )
    .orderBy(assessments.subjectId, assessments.periodKey, desc(assessments.version))
    .as("latest");
  const rows = await db
    .select({
      periodKey: latest.periodKey,
      assessed: sql<number>`count(*)::int`,
      confirmed: sql<number>`(count(*) filter (where ${latest.status} = 'confirmed'))::int`,
    })
    .from(latest)
    .groupBy(latest.periodKey);
  return new Map(rows.map((r) => [r.periodKey, { assessed: r.assessed, confirmed: r.confirmed }]));
}
