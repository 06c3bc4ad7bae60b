import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, assessmentQueries, orgQueries, supervisionQueries } from "@bianmin/db";
import type { Db, Tx } from "@bianmin/db";
import { tableXlsx } from "@bianmin/documents";
import {
  confirmAssessment,
  parsePeriodKey,
  periodToAssess,
  previousPeriod,
  recomputeAssessment,
  requiredText,
  optionalText,
  shanghaiDate,
  teamScoreLine,
} from "@bianmin/domain";
import type { Calendar, Period } from "@bianmin/domain";
import { metricsOfAgents } from "../assessment/facts";
import { DECISION_LABELS, DECISIONS, STATUS_LABELS, periodView, ranked, resultsTable, storedResult, versionOf } from "../assessment/views";
import type { AssessmentRow } from "../assessment/views";
import { audited, closedPeriod, computedColumns, publishedRubric, stored, updateVersion, writeCorrection, writeDrafts } from "../assessment/writes";
import { halfYearProcedures } from "../assessment/half-year";
import { canActOnAssessment, visibleAssessment } from "../assessment/access";
import { notFound } from "../errors";
import { loadCalendar } from "../matters/calendar";
import { orDomainError } from "../matters/errors";
import { authedProcedure, router, townshipProcedure, villageProcedure } from "../trpc";

/**
 * 双月考核 (R-ASM-1, R-ASM-3): at the start of each two-month period the township centre computes every agent's
 * assessment of the previous period from the records, the assessment team adds its score, and the result is
 * confirmed with a reward or criticism decision; a confirmed result is read-only, a correction is a new version.
 */

const AGENT_RUBRIC = "AGENT";
const PERIODS_SHOWN = 6;

const periodKey = z.string({ error: "考核期不能为空" }).regex(/^\d{4}-B[1-6]$/, { error: "考核期编号格式不正确（应如 2026-B5）" });
const id = z.uuid({ error: "考核记录编号格式不正确" });
const version = z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000);

const today = (now: Date) => shanghaiDate(now.toISOString());

/** One assessment of the caller's township, or NOT_FOUND (another township's does not exist for them). */
async function ownAssessment(db: Tx, townshipId: string, assessmentId: string) {
  const row = await assessmentQueries.assessmentById(db, assessmentId);
  if (!row || row.a.townshipId !== townshipId || row.a.subjectKind !== "agent") throw notFound("考核记录");
  return row;
}

const agentRubric = (db: Tx, districtId: string) => publishedRubric(db, districtId, AGENT_RUBRIC, "尚未发布代办员双月考核细则，请先由区里发布考核细则");

interface Actor {
  db: Db;
  now: Date;
  user: { id: string; name: string };
  unit: { districtId: string; townshipId: string };
}

/** Compute drafts for every agent of the township for a closed period: drafts in place, new rows where none; confirmed ones are kept. */
async function computePeriod(ctx: Actor, period: Period) {
  const rubricRow = await agentRubric(ctx.db, ctx.unit.districtId);
  const calendar = await loadCalendar(ctx.db);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assessment:${ctx.unit.townshipId}:${period.key}`}))`);
    const latest = new Map((await assessmentQueries.periodTable(tx, ctx.unit.townshipId, period.key)).map((r) => [r.a.subjectId, r.a]));
    const teamScores = new Map([...latest].map(([k, a]) => [k, a.teamScore]));
    const all = await metricsOfAgents(tx, calendar, ctx.unit.townshipId, period, teamScores);
    const subjects = all.map(({ agent, computed }) => ({
      unit: { districtId: agent.districtId, townshipId: agent.townshipId, villageId: agent.villageId, stationId: agent.stationId },
      subjectKind: "agent" as const,
      subjectId: agent.userId,
      subjectName: agent.name,
      computed,
    }));
    return writeDrafts(tx, ctx, period, rubricRow, latest, subjects);
  });
}

/** Fresh metrics of one agent for a period (a correction or a single recomputation), the team score kept. */
async function metricsOfOne(db: Tx, calendar: Calendar, townshipId: string, row: AssessmentRow, teamScore: number | null) {
  const period = orDomainError(() => parsePeriodKey(row.periodKey));
  const [one] = await metricsOfAgents(db, calendar, townshipId, period, new Map([[row.subjectId, teamScore]]), row.subjectId);
  if (one) return one.computed;
  // the agent has left (account deactivated): the records can no longer be gathered for them; keep the figures
  const lines = storedResult(row).metricLines.map((l) => (l.key === "teamScore" ? teamScoreLine(teamScore) : l));
  return { metrics: { ...row.metrics, teamScore: teamScore ?? 0 }, lines };
}

const noteForDecision = z
  .object({ id, version, decision: z.enum(DECISIONS, { error: "请选择奖惩决定（奖励、无奖惩或通报批评）" }), note: optionalText("奖惩说明", 500) })
  .superRefine((v, c) => {
    if (v.decision !== "none" && !v.note) c.addIssue({ code: "custom", path: ["note"], message: "奖惩说明：决定奖励或通报批评时须写明理由" });
  });

export const assessmentRouter = router({
  ...halfYearProcedures,

  /** The periods to choose from: the previous bimonthly period by default (每个双月初考核上一双月), and earlier ones, with counts. */
  periods: townshipProcedure.query(async ({ ctx }) => {
    const def = periodToAssess("bimonthly", today(ctx.now));
    const shown: Period[] = [def];
    while (shown.length < PERIODS_SHOWN) shown.push(previousPeriod(shown[shown.length - 1]!));
    const counts = await assessmentQueries.periodCounts(ctx.db, { townshipId: ctx.unit.townshipId, subjectKind: "agent" }, shown.map((p) => p.key));
    return {
      defaultKey: def.key,
      periods: shown.map((p) => ({ ...periodView(p), assessed: counts.get(p.key)?.assessed ?? 0, confirmed: counts.get(p.key)?.confirmed ?? 0 })),
    };
  }),

  /** Compute (or recompute) the drafts of a closed period for every agent of the township's stations. */
  compute: townshipProcedure.input(z.object({ periodKey })).mutation(({ ctx, input }) => computePeriod(ctx, closedPeriod(input.periodKey, ctx.now))),

  /** One draft recomputed from the records now (a confirmed one is refused: ASSESSMENT_CONFIRMED). */
  recompute: townshipProcedure.input(z.object({ id, version })).mutation(async ({ ctx, input }) => {
    const calendar = await loadCalendar(ctx.db);
    return ctx.db.transaction(async (tx) => {
      const { a } = await ownAssessment(tx, ctx.unit.townshipId, input.id);
      const rubricRow = await agentRubric(tx, ctx.unit.districtId);
      const m = await metricsOfOne(tx, calendar, ctx.unit.townshipId, a, a.teamScore);
      const v = orDomainError(() => recomputeAssessment(versionOf(a), rubricRow.definition, m.metrics));
      const after = await updateVersion(tx, a, input.version, computedColumns(stored(v.result, m.lines), v.metrics, rubricRow.id, ctx.user.id, ctx.now));
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "assessment.recompute", entity: "assessment", entityId: a.id, before: audited(a), after: audited(after), at: ctx.now });
      return { id: after.id, version: after.rowVersion, total: storedResult(after).total };
    });
  }),

  /** The township's results of a period (newest version per agent), with totals, rank within the township and status. */
  list: townshipProcedure
    .input(z.object({ periodKey, stationId: z.uuid({ error: "代办站编号格式不正确" }).optional() }))
    .query(async ({ ctx, input }) => {
      const period = orDomainError(() => parsePeriodKey(input.periodKey));
      if (input.stationId && !(await supervisionQueries.stationInTownship(ctx.db, ctx.unit.townshipId, input.stationId))) throw notFound("代办站");
      const rows = ranked(await assessmentQueries.periodTable(ctx.db, ctx.unit.townshipId, period.key));
      const shown = input.stationId ? rows.filter((r) => r.stationId === input.stationId) : rows;
      const totals = rows.map((r) => r.total);
      return {
        period: periodView(period),
        closed: period.end < today(ctx.now),
        rows: shown,
        summary: {
          agents: rows.length,
          confirmed: rows.filter((r) => r.status === "confirmed").length,
          drafts: rows.filter((r) => r.status === "draft").length,
          average: totals.length ? Math.round((totals.reduce((s, t) => s + t, 0) / totals.length) * 100) / 100 : null,
          poor: rows.filter((r) => r.poor).length,
        },
      };
    }),

  /** One version line by line (an agent's bimonthly or a station's half-year): points with explanations, the metrics they came from, the self-review, the versions. */
  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const { a, villageName, townshipName, confirmedByName, rubric } = await visibleAssessment(ctx.db, ctx.user, input.id);
    const period = orDomainError(() => parsePeriodKey(a.periodKey));
    const [versions, selfReview] = await Promise.all([
      assessmentQueries.versionsOf(ctx.db, a.subjectId, a.periodKey),
      a.subjectKind === "agent" ? assessmentQueries.selfReviewOf(ctx.db, a.subjectId, a.periodKey) : null,
    ]);
    const result = storedResult(a);
    const labels = rubric.definition.metricLabels ?? {};
    const latest = versions[versions.length - 1]!;
    return {
      id: a.id,
      kind: a.subjectKind,
      name: a.subjectName,
      villageName,
      townshipName,
      stationId: a.stationId,
      period: periodView(period),
      version: a.version,
      rowVersion: a.rowVersion,
      status: a.status,
      statusLabel: STATUS_LABELS[a.status],
      rubric: { code: rubric.code, version: rubric.version, name: rubric.definition.name },
      total: result.total,
      max: result.max,
      poor: result.poor,
      passMark: rubric.definition.passMark ?? null,
      lines: result.lines,
      metrics: result.metricLines.map((l) => ({ ...l, label: labels[l.key] ?? l.key })),
      teamScore: a.teamScore,
      teamNote: a.teamNote,
      decision: a.decision,
      decisionLabel: a.decision ? DECISION_LABELS[a.decision] : null,
      decisionNote: a.decisionNote,
      computedAt: a.computedAt,
      confirmedAt: a.confirmedAt,
      confirmedByName,
      supersedesId: a.supersedesId,
      correctionReason: a.correctionReason,
      supersededById: versions.find((v) => v.supersedesId === a.id)?.id ?? null,
      mayAct: canActOnAssessment(ctx.user, a),
      mayCorrect: a.status === "confirmed" && latest.id === a.id,
      selfReview,
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        statusLabel: STATUS_LABELS[v.status],
        supersedesId: v.supersedesId,
        correctionReason: v.correctionReason,
        total: storedResult(v).total,
        decisionLabel: v.decision ? DECISION_LABELS[v.decision] : null,
        computedAt: v.computedAt,
        confirmedAt: v.confirmedAt,
      })),
    };
  }),

  /** The assessment team's score (0–100) on a draft; the result is recomputed with it. */
  setTeamScore: townshipProcedure
    .input(
      z.object({
        id,
        version,
        score: z.number({ error: "考核小组评分必须是数字" }).int({ error: "考核小组评分须为整数" }).min(0, { error: "考核小组评分不能小于0" }).max(100, { error: "考核小组评分不能大于100" }),
        note: optionalText("评分说明", 500),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { a, rubric } = await ownAssessment(tx, ctx.unit.townshipId, input.id);
        const metrics = { ...a.metrics, teamScore: input.score };
        const v = orDomainError(() => recomputeAssessment(versionOf(a), rubric.definition, metrics));
        const lines = storedResult(a).metricLines.map((l) => (l.key === "teamScore" ? teamScoreLine(input.score) : l));
        const after = await updateVersion(tx, a, input.version, {
          metrics: v.metrics,
          result: stored(v.result, lines),
          total: Math.round(v.result.total),
          teamScore: input.score,
          teamNote: input.note ?? null,
          updatedAt: ctx.now,
        });
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "assessment.setTeamScore", entity: "assessment", entityId: a.id, before: audited(a), after: { ...audited(after), teamNote: after.teamNote }, at: ctx.now });
        return { id: after.id, version: after.rowVersion, total: v.result.total };
      }),
    ),

  /** Confirm a draft with the reward / criticism decision: it is read-only from then on. */
  confirm: townshipProcedure.input(noteForDecision).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { a } = await ownAssessment(tx, ctx.unit.townshipId, input.id);
      const v = orDomainError(() => confirmAssessment(versionOf(a), { id: ctx.user.id, name: ctx.user.name }, ctx.now.toISOString()));
      if (a.teamScore === null) throw new TRPCError({ code: "BAD_REQUEST", message: "考核小组评分：确认前须录入考核小组评分" });
      const after = await updateVersion(tx, a, input.version, {
        status: v.status,
        confirmedAt: ctx.now,
        confirmedBy: ctx.user.id,
        decision: input.decision,
        decisionNote: input.note ?? null,
        updatedAt: ctx.now,
      });
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "assessment.confirm", entity: "assessment", entityId: a.id, before: audited(a), after: { ...audited(after), decisionNote: after.decisionNote }, at: ctx.now });
      return { id: after.id, status: after.status };
    }),
  ),

  /** A correction of a confirmed result: a new draft version linked to it, from the records as they are now. */
  correct: townshipProcedure.input(z.object({ id, reason: requiredText("更正理由", 500) })).mutation(async ({ ctx, input }) => {
    const calendar = await loadCalendar(ctx.db);
    return ctx.db.transaction(async (tx) => {
      const { a } = await ownAssessment(tx, ctx.unit.townshipId, input.id);
      return writeCorrection(tx, a, {
        reason: input.reason,
        rubric: () => agentRubric(tx, ctx.unit.districtId),
        compute: () => metricsOfOne(tx, calendar, ctx.unit.townshipId, a, a.teamScore),
        carry: { teamScore: a.teamScore, teamNote: a.teamNote },
        actor: ctx.user,
        now: ctx.now,
      });
    });
  }),

  /** The township's results of a period as an XLSX file (the download route serves the bytes). */
  exportXlsx: townshipProcedure.input(z.object({ periodKey })).query(async ({ ctx, input }) => {
    const period = orDomainError(() => parsePeriodKey(input.periodKey));
    const [rows, center] = await Promise.all([
      assessmentQueries.periodTable(ctx.db, ctx.unit.townshipId, period.key),
      orgQueries.townshipCenterOf(ctx.db, ctx.unit.townshipId),
    ]);
    if (!center) throw notFound("乡镇（街道）");
    const bytes = await tableXlsx(resultsTable(center.townshipName, period, rows, ctx.now.toISOString()));
    return { bytes, filename: `代办员双月考核-${center.townshipName}-${period.key}.xlsx`, rows: rows.length };
  }),

  /** A station staff member's own confirmed results, newest period first (drafts are not shown). */
  mine: villageProcedure.query(async ({ ctx }) => {
    const rows = await assessmentQueries.confirmedOfAgent(ctx.db, ctx.user.id);
    return rows.map((a) => {
      const r = storedResult(a);
      return {
        id: a.id,
        period: periodView(parsePeriodKey(a.periodKey)),
        version: a.version,
        correctionReason: a.correctionReason,
        superseded: rows.some((b) => b.periodKey === a.periodKey && b.version > a.version),
        total: r.total,
        max: r.max,
        poor: r.poor,
        lines: r.lines,
        decisionLabel: a.decision ? DECISION_LABELS[a.decision] : null,
        decisionNote: a.decisionNote,
        confirmedAt: a.confirmedAt,
      };
    });
  }),
});
