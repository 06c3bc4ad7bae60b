import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, assessmentQueries, orgQueries } from "@bianmin/db";
import type { Db, Tx } from "@bianmin/db";
import { tablePdf, tableXlsx } from "@bianmin/documents";
import {
  confirmAssessment,
  parsePeriodKey,
  periodToAssess,
  previousPeriod,
  requiredText,
  shanghaiDate,
} from "@bianmin/domain";
import type { Calendar, Period } from "@bianmin/domain";
import { notFound } from "../errors";
import { loadCalendar } from "../matters/calendar";
import { orDomainError } from "../matters/errors";
import { districtProcedure, districtRoleProcedure } from "../trpc";
import { districtStationAssessment } from "./access";
import type { AssessmentRecord } from "./access";
import { halfYearRows, halfYearTable, stationLabel, townshipSummaries } from "./half-year-views";
import { metricsOfStations } from "./station-facts";
import { DECISION_LABELS, periodView, storedResult, versionOf } from "./views";
import type { AssessmentRow } from "./views";
import { audited, closedPeriod, publishedRubric, updateVersion, writeCorrection, writeDrafts } from "./writes";

/**
 * 半年考核 (R-ASM-2, R-ASM-3) and 双月考核档案: after each half-year the district approval centre's assessor computes
 * every station's result from the records; results are ranked district-wide and within each township and compared
 * with the previous half-year; a station below the rubric's pass mark is flagged and what was done about it is
 * recorded. The district's roles read every township's confirmed bimonthly agent results in the archive.
 */

const STATION_RUBRIC = "STATION";
const PERIODS_SHOWN = 4;
const ARCHIVE_LIMIT = 300;

const halfYearKey = z.string({ error: "考核期不能为空" }).regex(/^\d{4}-H[12]$/, { error: "考核期编号格式不正确（应如 2026-H1）" });
const bimonthlyKey = z.string({ error: "考核期不能为空" }).regex(/^\d{4}-B[1-6]$/, { error: "考核期编号格式不正确（应如 2026-B5）" });
const id = z.uuid({ error: "考核记录编号格式不正确" });
const version = z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000);
const townshipId = z.uuid({ error: "乡镇（街道）编号格式不正确" });

const today = (now: Date) => shanghaiDate(now.toISOString());

const stationRubric = (db: Tx, districtId: string) => publishedRubric(db, districtId, STATION_RUBRIC, "尚未发布代办站半年考核细则，请先发布考核细则");

interface Actor {
  db: Db;
  now: Date;
  user: { id: string; name: string };
  unit: { districtId: string };
}

const audit = (ctx: Actor, action: string, entityId: string, before: unknown, after: unknown) =>
  ({ districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action, entity: "assessment", entityId, before, after, at: ctx.now }) as const;

/** Drafts for every station of the district: recomputed in place, new where none; confirmed results are kept. */
async function computeHalfYear(ctx: Actor, period: Period) {
  const rubricRow = await stationRubric(ctx.db, ctx.unit.districtId);
  const calendar = await loadCalendar(ctx.db);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assessment:station:${ctx.unit.districtId}:${period.key}`}))`);
    const latest = new Map(
      (await assessmentQueries.latestOfPeriod(tx, { districtId: ctx.unit.districtId, subjectKind: "station", periodKey: period.key })).map((r) => [r.a.subjectId, r.a]),
    );
    const subjects = (await metricsOfStations(tx, calendar, ctx.unit.districtId, period)).map(({ station, computed }) => ({
      unit: { districtId: station.districtId, townshipId: station.townshipId, villageId: station.villageId, stationId: station.stationId },
      subjectKind: "station" as const,
      subjectId: station.stationId,
      subjectName: stationLabel(station.villageName),
      computed,
    }));
    return writeDrafts(tx, ctx, period, rubricRow, latest, subjects);
  });
}

/** The ranked results of a half-year with the previous half-year's totals. */
async function rankedHalfYear(db: Tx, districtId: string, period: Period) {
  const [rows, previous] = await Promise.all([
    assessmentQueries.latestOfPeriod(db, { districtId, subjectKind: "station", periodKey: period.key }),
    assessmentQueries.latestOfPeriod(db, { districtId, subjectKind: "station", periodKey: previousPeriod(period).key }),
  ]);
  const previousTotals = new Map(previous.map((r) => [r.a.subjectId, storedResult(r.a).total]));
  return { source: rows, rows: halfYearRows(rows, previousTotals) };
}

/** Fresh metrics of one station (a correction). */
async function metricsOfOne(db: Tx, calendar: Calendar, a: AssessmentRow) {
  const period = orDomainError(() => parsePeriodKey(a.periodKey));
  const [one] = await metricsOfStations(db, calendar, a.districtId, period, a.stationId);
  if (!one) throw notFound("代办站");
  return one.computed;
}

async function exportTable(ctx: Actor, periodKey: string) {
  const period = orDomainError(() => parsePeriodKey(periodKey));
  const [{ source, rows }, district] = await Promise.all([rankedHalfYear(ctx.db, ctx.unit.districtId, period), orgQueries.districtOf(ctx.db, ctx.unit.districtId)]);
  if (!district) throw notFound("区");
  if (rows.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: `考核期：${period.label}尚未计算考核结果` });
  return { table: halfYearTable(district.name, period, source, rows, ctx.now.toISOString()), name: `代办站半年考核-${district.name}-${period.key}`, rows: rows.length };
}

/** Half-year station assessments are computed, confirmed and corrected by the district approval centre's assessor. */
const assessorProcedure = districtRoleProcedure(["approvalAssessor"], "只有区行政审批中心考核人员可以计算、确认或更正代办站半年考核");

async function assessorAction<T>(ctx: Actor, assessmentId: string, f: (tx: Tx, row: AssessmentRecord) => Promise<T>) {
  return ctx.db.transaction(async (tx) => f(tx, await districtStationAssessment(tx, ctx.unit.districtId, assessmentId)));
}

export const halfYearProcedures = {
  /** The half-years to choose from: the last closed one by default, and earlier ones, with counts. */
  halfYearPeriods: districtProcedure.query(async ({ ctx }) => {
    const def = periodToAssess("halfYear", today(ctx.now));
    const shown: Period[] = [def];
    while (shown.length < PERIODS_SHOWN) shown.push(previousPeriod(shown[shown.length - 1]!));
    const counts = await assessmentQueries.periodCounts(ctx.db, { districtId: ctx.unit.districtId, subjectKind: "station" }, shown.map((p) => p.key));
    return {
      defaultKey: def.key,
      periods: shown.map((p) => ({ ...periodView(p), assessed: counts.get(p.key)?.assessed ?? 0, confirmed: counts.get(p.key)?.confirmed ?? 0 })),
    };
  }),

  /** Compute (or recompute) the drafts of a closed half-year for every station of the district (考核人员 only). */
  computeHalfYear: assessorProcedure.input(z.object({ periodKey: halfYearKey })).mutation(({ ctx, input }) => {
    return computeHalfYear(ctx, closedPeriod(input.periodKey, ctx.now));
  }),

  /** The district's station results of a half-year, ranked district-wide and within each township, with the change on the previous half-year and a summary per township. */
  halfYearList: districtProcedure.input(z.object({ periodKey: halfYearKey, townshipId: townshipId.optional() })).query(async ({ ctx, input }) => {
    const period = orDomainError(() => parsePeriodKey(input.periodKey));
    const [{ rows }, townships, rubric] = await Promise.all([
      rankedHalfYear(ctx.db, ctx.unit.districtId, period),
      orgQueries.townshipsOfDistrict(ctx.db, ctx.unit.districtId),
      assessmentQueries.latestRubric(ctx.db, ctx.unit.districtId, STATION_RUBRIC),
    ]);
    if (input.townshipId && !townships.some((t) => t.id === input.townshipId)) throw notFound("乡镇（街道）");
    const totals = rows.map((r) => r.total);
    return {
      period: periodView(period),
      previous: periodView(previousPeriod(period)),
      closed: period.end < today(ctx.now),
      mayCompute: ctx.user.role === "approvalAssessor",
      passMark: rubric?.definition.passMark ?? null,
      townships: townships.map((t) => ({ id: t.id, name: t.name })),
      rows: (input.townshipId ? rows.filter((r) => r.townshipId === input.townshipId) : rows).sort((a, b) => a.rank - b.rank),
      byTownship: townshipSummaries(rows),
      summary: {
        stations: rows.length,
        confirmed: rows.filter((r) => r.status === "confirmed").length,
        average: totals.length ? Math.round((totals.reduce((s, t) => s + t, 0) / totals.length) * 100) / 100 : null,
        poor: rows.filter((r) => r.poor).length,
        handled: rows.filter((r) => r.poor && r.handlingNote).length,
      },
    };
  }),

  /** Record what was done about a station below the pass mark (处理情况), kept in `decisionNote`; audited. */
  recordHandling: assessorProcedure.input(z.object({ id, version, note: requiredText("处理情况", 1000) })).mutation(({ ctx, input }) =>
    assessorAction(ctx, input.id, async (tx, { a }) => {
      if (!storedResult(a).poor) throw new TRPCError({ code: "BAD_REQUEST", message: "处理情况：只有低于合格线的代办站需要记录处理情况" });
      const after = await updateVersion(tx, a, input.version, { decisionNote: input.note, updatedAt: ctx.now });
      await appendAudit(tx, audit(ctx, "assessment.recordHandling", a.id, { handling: a.decisionNote }, { handling: after.decisionNote }));
      return { id: after.id, version: after.rowVersion };
    }),
  ),

  /** Confirm a station's draft: read-only from then on. */
  halfYearConfirm: assessorProcedure.input(z.object({ id, version })).mutation(({ ctx, input }) =>
    assessorAction(ctx, input.id, async (tx, { a }) => {
      const v = orDomainError(() => confirmAssessment(versionOf(a), { id: ctx.user.id, name: ctx.user.name }, ctx.now.toISOString()));
      const after = await updateVersion(tx, a, input.version, { status: v.status, confirmedAt: ctx.now, confirmedBy: ctx.user.id, updatedAt: ctx.now });
      await appendAudit(tx, audit(ctx, "assessment.confirm", a.id, audited(a), audited(after)));
      return { id: after.id, status: after.status };
    }),
  ),

  /** A correction of a confirmed station result: a new draft version linked to it, from the records as they are now. */
  halfYearCorrect: assessorProcedure.input(z.object({ id, reason: requiredText("更正理由", 500) })).mutation(async ({ ctx, input }) => {
    const calendar = await loadCalendar(ctx.db);
    return assessorAction(ctx, input.id, (tx, { a }) =>
      writeCorrection(tx, a, {
        reason: input.reason,
        rubric: () => stationRubric(tx, ctx.unit.districtId),
        compute: () => metricsOfOne(tx, calendar, a),
        carry: { decisionNote: a.decisionNote },
        actor: ctx.user,
        now: ctx.now,
      }),
    );
  }),

  /** The half-year's results as XLSX (the download route serves the bytes). */
  exportHalfYearXlsx: districtProcedure.input(z.object({ periodKey: halfYearKey })).query(async ({ ctx, input }) => {
    const t = await exportTable(ctx, input.periodKey);
    return { bytes: await tableXlsx(t.table), filename: `${t.name}.xlsx`, rows: t.rows };
  }),

  /** The half-year's results as PDF. */
  exportHalfYearPdf: districtProcedure.input(z.object({ periodKey: halfYearKey })).query(async ({ ctx, input }) => {
    const t = await exportTable(ctx, input.periodKey);
    return { bytes: await tablePdf(t.table), filename: `${t.name}.pdf`, rows: t.rows };
  }),

  /** 双月考核档案: confirmed bimonthly agent results of the whole district, searchable; read-only. */
  archive: districtProcedure
    .input(
      z.object({
        townshipId: townshipId.optional(),
        stationId: z.uuid({ error: "代办站编号格式不正确" }).optional(),
        agentName: z.string({ error: "代办员姓名必须是文字" }).trim().max(20, { error: "代办员姓名不能超过20个字" }).optional(),
        periodKey: bimonthlyKey.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [rows, townships] = await Promise.all([
        assessmentQueries.confirmedAgentArchive(ctx.db, { districtId: ctx.unit.districtId, ...input, agentName: input.agentName || undefined, limit: ARCHIVE_LIMIT + 1 }),
        orgQueries.townshipsOfDistrict(ctx.db, ctx.unit.districtId),
      ]);
      return {
        townships: townships.map((t) => ({ id: t.id, name: t.name })),
        truncated: rows.length > ARCHIVE_LIMIT,
        rows: rows.slice(0, ARCHIVE_LIMIT).map(({ a, villageName, townshipName }) => {
          const r = storedResult(a);
          return {
            id: a.id,
            period: periodView(parsePeriodKey(a.periodKey)),
            townshipName,
            villageName,
            name: a.subjectName,
            version: a.version,
            correctionReason: a.correctionReason,
            total: r.total,
            max: r.max,
            poor: r.poor,
            decisionLabel: a.decision ? DECISION_LABELS[a.decision] : null,
            confirmedAt: a.confirmedAt,
          };
        }),
      };
    }),
};
