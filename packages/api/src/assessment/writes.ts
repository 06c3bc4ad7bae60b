import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { appendAudit, appendAudits, assessmentQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { computeAssessment, correctAssessment, parsePeriodKey, recomputeAssessment, shanghaiDate } from "@bianmin/domain";
import type { Metrics, Period, RubricResult } from "@bianmin/domain";
import { orDomainError } from "../matters/errors";
import type { StoredResult } from "./facts";
import { periodView, storedResult, versionOf } from "./views";
import type { AssessmentRow } from "./views";

/** How an assessment version is written (R-ASM-1, R-ASM-2): the stored result, the audited view, the optimistic update. */

export const ASSESSMENT_CONFLICT = "该考核记录刚刚已被他人修改，请刷新页面后再操作";

export const stored = (result: RubricResult, metricLines: StoredResult["metricLines"]): StoredResult => ({ ...result, metricLines: [...metricLines] });

export const audited = (r: AssessmentRow) => ({
  version: r.version,
  status: r.status,
  total: storedResult(r).total,
  metrics: r.metrics,
  teamScore: r.teamScore,
  decision: r.decision,
});

/** Write a change to the version the caller saw; a stale version is a conflict and nothing changes. */
export async function updateVersion(tx: Tx, row: AssessmentRow, rowVersion: number, set: Parameters<typeof assessmentQueries.updateAssessmentIfVersion>[3]) {
  if (row.rowVersion !== rowVersion) throw new TRPCError({ code: "CONFLICT", message: ASSESSMENT_CONFLICT });
  const after = await assessmentQueries.updateAssessmentIfVersion(tx, row.id, rowVersion, set);
  if (!after) throw new TRPCError({ code: "CONFLICT", message: ASSESSMENT_CONFLICT });
  return after;
}

/** The columns a (re)computation sets, with the total rounded for the integer column (the exact total is in the result). */
export function computedColumns(result: StoredResult, metrics: Metrics, rubricId: string, by: string, now: Date) {
  return { metrics: { ...metrics }, result, total: Math.round(result.total), rubricId, computedAt: now, computedBy: by, updatedAt: now };
}

/** A period that has ended (assessments cover whole, past periods only). */
export function closedPeriod(key: string, now: Date): Period {
  const p = orDomainError(() => parsePeriodKey(key));
  if (p.end >= shanghaiDate(now.toISOString())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `考核期：${p.label}尚未结束（${p.end}结束），结束后才能计算考核结果` });
  }
  return p;
}

/** The latest published version of a rubric, or a refusal saying it has not been published. */
export async function publishedRubric(db: Tx, districtId: string, code: string, missing: string) {
  const r = await assessmentQueries.latestRubric(db, districtId, code);
  if (!r) throw new TRPCError({ code: "PRECONDITION_FAILED", message: missing });
  return r;
}

type RubricRow = Awaited<ReturnType<typeof publishedRubric>>;
type NewRow = Parameters<typeof assessmentQueries.insertAssessment>[1];

/** One subject of a computation: its unit and name, and its freshly computed metrics with their lines. */
export interface ComputedSubject {
  unit: Pick<NewRow, "districtId" | "townshipId" | "villageId" | "stationId">;
  subjectKind: NewRow["subjectKind"];
  subjectId: string;
  subjectName: string;
  computed: { metrics: Metrics; lines: StoredResult["metricLines"] };
}

/**
 * Write the drafts of a period (R-ASM-3): a subject's draft is recomputed in place, a subject without one gets a
 * new draft, and a confirmed result is kept as it is. Each write is audited.
 */
export async function writeDrafts(
  tx: Tx,
  ctx: { now: Date; user: { id: string; name: string }; unit: { districtId: string } },
  period: Period,
  rubricRow: RubricRow,
  latest: ReadonlyMap<string, AssessmentRow>,
  subjects: readonly ComputedSubject[],
) {
  const audit = (action: string, entityId: string, before: unknown, after: unknown) =>
    ({ districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action, entity: "assessment", entityId, before, after, at: ctx.now }) as const;
  const counts = { created: 0, recomputed: 0, kept: 0 };
  // every subject's write is sent at once (pipelined on the transaction's connection), then all audit entries in one append
  const writes = subjects.map(async (s) => {
    const before = latest.get(s.subjectId);
    if (before?.status === "confirmed") {
      counts.kept += 1;
      return null;
    }
    if (before) {
      const v = orDomainError(() => recomputeAssessment(versionOf(before), rubricRow.definition, s.computed.metrics));
      const after = await updateVersion(tx, before, before.rowVersion, computedColumns(stored(v.result, s.computed.lines), v.metrics, rubricRow.id, ctx.user.id, ctx.now));
      counts.recomputed += 1;
      return audit("assessment.recompute", after.id, audited(before), audited(after));
    }
    const v = orDomainError(() => computeAssessment({ id: randomUUID(), subjectId: s.subjectId, periodKey: period.key, rubric: rubricRow.definition, metrics: s.computed.metrics }));
    const row = await assessmentQueries.insertAssessment(tx, {
      id: v.id,
      ...s.unit,
      subjectKind: s.subjectKind,
      subjectId: s.subjectId,
      subjectName: s.subjectName,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      version: v.version,
      status: "draft",
      ...computedColumns(stored(v.result, s.computed.lines), v.metrics, rubricRow.id, ctx.user.id, ctx.now),
    });
    counts.created += 1;
    return audit("assessment.compute", row.id, null, audited(row));
  });
  const entries = (await Promise.all(writes)).filter((e) => e !== null);
  await appendAudits(tx, entries);
  return { period: periodView(period), ...counts };
}

/**
 * A correction (R-ASM-3): a new draft version linked to the one corrected, computed from the records as they are
 * now with the current rubric, carrying over what the kind keeps (the team's score, the handling note); audited.
 * Only the newest version of a subject's period can be corrected.
 */
export async function writeCorrection(
  tx: Tx,
  a: AssessmentRow,
  c: {
    reason: string;
    rubric: () => Promise<RubricRow>;
    compute: () => Promise<{ metrics: Metrics; lines: StoredResult["metricLines"] }>;
    carry: Partial<NewRow>;
    actor: { id: string; name: string };
    now: Date;
  },
) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assessment:${a.subjectId}:${a.periodKey}`}))`);
  const versions = await assessmentQueries.versionsOf(tx, a.subjectId, a.periodKey);
  const newest = versions[versions.length - 1]!;
  if (a.status === "confirmed" && newest.id !== a.id) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `该考核结果已有更正版本（第${newest.version}版），请在最新版本上操作` });
  }
  const rubricRow = await c.rubric();
  const m = await c.compute();
  const v = orDomainError(() => correctAssessment(versionOf(a), { id: randomUUID(), reason: c.reason, rubric: rubricRow.definition, metrics: m.metrics }));
  const row = await assessmentQueries.insertAssessment(tx, {
    id: v.id,
    districtId: a.districtId,
    townshipId: a.townshipId,
    villageId: a.villageId,
    stationId: a.stationId,
    subjectKind: a.subjectKind,
    subjectId: a.subjectId,
    subjectName: a.subjectName,
    periodKey: a.periodKey,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    version: v.version,
    supersedesId: a.id,
    correctionReason: v.correctionReason,
    status: "draft",
    ...c.carry,
    ...computedColumns(stored(v.result, m.lines), v.metrics, rubricRow.id, c.actor.id, c.now),
  });
  await appendAudit(tx, {
    districtId: a.districtId,
    actorId: c.actor.id,
    actorName: c.actor.name,
    action: "assessment.correct",
    entity: "assessment",
    entityId: row.id,
    before: { id: a.id, ...audited(a) },
    after: { ...audited(row), supersedesId: a.id, correctionReason: row.correctionReason },
    at: c.now,
  });
  return { id: row.id, version: row.version };
}
