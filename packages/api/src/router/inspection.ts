import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { appendAudit, inspectionQueries, orgQueries, photoQueries } from "@bianmin/db";
import type { Db, Tx } from "@bianmin/db";
import {
  INSPECTION_CENTER_LABELS,
  RECTIFICATION_STATUSES,
  RECTIFICATION_TEXT_MAX,
  assertInspectedOn,
  confirmRectification,
  inspectionRecordSchema,
  isoDateSchema,
  orderFindings,
  problemCount,
  rectificationDueDate,
  reportRectification,
  requiredText,
  shanghaiDate,
} from "@bianmin/domain";
import { fieldRefusal, notFound } from "../errors";
import { findingsView, inspectionSummary, rectificationView } from "../inspection/views";
import { photoProcedures } from "../inspection/photos";
import { RECORDER_CENTER, mayRecordInspections, recorderProcedure } from "../inspection/recorders";
import { loadCalendar } from "../matters/calendar";
import { orDomainError } from "../matters/errors";
import { districtProcedure, router, townshipProcedure, villageProcedure , stationHeadProcedure } from "../trpc";

type RectRow = inspectionQueries.RectificationRow;

export const RECTIFICATION_CONFLICT = "该整改事项刚刚已被他人处理，请刷新页面查看最新情况后再操作";

const id = z.uuid({ error: "编号格式不正确" });
const expectedVersion = z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000);
const statusFilter = z.enum(RECTIFICATION_STATUSES, { error: "整改状态不正确" }).optional();
const today = (now: Date) => shanghaiDate(now.toISOString());

/** Rectifications matching a filter, each with its light on today. */
async function rectifications(db: Db, now: Date, f: inspectionQueries.RectificationFilter) {
  const [calendar, rows] = await Promise.all([loadCalendar(db), inspectionQueries.rectificationsWhere(db, f)]);
  return rows.map((r) => rectificationView(calendar, r, today(now)));
}

/** Open rectifications first (overdue first), then reported ones waiting, then confirmed; each in due-date order. */
function byUrgency<T extends { status: string; overdue: boolean }>(rows: T[]): T[] {
  const rank = (r: T) => (r.status === "open" ? (r.overdue ? 0 : 1) : r.status === "reported" ? 2 : 3);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** Write a change against the version the caller saw; a stale version is a conflict and nothing changes. */
async function updateAt(tx: Tx, row: RectRow, version: number, set: inspectionQueries.RectificationChange): Promise<RectRow> {
  if (row.version !== version) throw new TRPCError({ code: "CONFLICT", message: RECTIFICATION_CONFLICT });
  const after = await inspectionQueries.updateRectificationAt(tx, row.id, version, set);
  if (!after) throw new TRPCError({ code: "CONFLICT", message: RECTIFICATION_CONFLICT });
  return after;
}

const changed = (r: RectRow) => ({ status: r.status, report: r.report, confirmNote: r.confirmNote, version: r.version });

export const inspectionRouter = router({
  ...photoProcedures,

  /** District: the stations to inspect, grouped by township, each with its staff (a failed check may name one); and the caller's centre. */
  stationChoices: districtProcedure.query(async ({ ctx }) => {
    const rows = await inspectionQueries.stationsWithStaff(ctx.db, ctx.unit.districtId);
    const townships = new Map<string, { townshipId: string; townshipName: string; stations: { stationId: string; villageName: string; staff: { userId: string; name: string; isHead: boolean }[] }[] }>();
    for (const r of rows) {
      const t = townships.get(r.townshipId) ?? { townshipId: r.townshipId, townshipName: r.townshipName, stations: [] };
      t.stations.push({ stationId: r.stationId, villageName: r.villageName, staff: r.staff });
      townships.set(r.townshipId, t);
    }
    const center = RECORDER_CENTER[ctx.user.role];
    return { townships: [...townships.values()], today: today(ctx.now), centerLabel: center ? INSPECTION_CENTER_LABELS[center] : null };
  }),

  /**
   * 明察暗访 recorded by an efficiency-centre inspector or an approval-centre assessor (the centre follows from the
   * role): every check answered, failed ones with a note and optionally the agent concerned, and the rectifications
   * required, each due N working days after the visit.
   */
  record: recorderProcedure("只有区行政效能中心督查人员或区行政审批中心考核人员可以录入明察暗访").input(inspectionRecordSchema).mutation(async ({ ctx, input }) => {
    const centerKind = RECORDER_CENTER[ctx.user.role]!;
    orDomainError(() => assertInspectedOn(input.inspectedOn, today(ctx.now)));
    const calendar = await loadCalendar(ctx.db);
    const dueDates = orDomainError(() => input.rectifications.map((r) => rectificationDueDate(calendar, input.inspectedOn, r.days)));
    return ctx.db.transaction(async (tx) => {
      const station = (await orgQueries.stationWithUnits(tx, input.stationId))?.station;
      if (!station || station.districtId !== ctx.unit.districtId) throw notFound("代办站");
      const staff = new Set((await orgQueries.stationStaff(tx, station.id)).map((s) => s.userId));
      input.findings.forEach((f, i) => {
        if (!f.passed && f.agentId && !staff.has(f.agentId)) {
          throw fieldRefusal(`findings.${i}.agentId`, "涉及代办员须为该代办站的工作人员");
        }
      });
      const findings = orderFindings(input.findings);
      const unit = { districtId: station.districtId, townshipId: station.townshipId, villageId: station.villageId, stationId: station.id };
      const inspection = await inspectionQueries.insertInspection(tx, {
        ...unit,
        inspectedOn: input.inspectedOn,
        centerKind,
        inspectorId: ctx.user.id,
        findings,
        problemCount: problemCount(findings),
        note: input.note ?? null,
        createdAt: ctx.now,
      });
      const rects = await inspectionQueries.insertRectifications(
        tx,
        input.rectifications.map((r, i) => ({ ...unit, inspectionId: inspection.id, requirement: r.requirement, days: r.days, dueDate: dueDates[i]! })),
      );
      await appendAudit(tx, {
        districtId: station.districtId,
        actorId: ctx.user.id,
        actorName: ctx.user.name,
        action: "inspection.record",
        entity: "inspection",
        entityId: inspection.id,
        after: {
          stationId: station.id,
          inspectedOn: inspection.inspectedOn,
          centerKind,
          problemCount: inspection.problemCount,
          findings,
          note: inspection.note,
          rectifications: rects.map((r) => ({ id: r.id, requirement: r.requirement, days: r.days, dueDate: r.dueDate })),
        },
        at: ctx.now,
      });
      return { id: inspection.id, problemCount: inspection.problemCount, rectifications: rects.map((r) => ({ id: r.id, dueDate: r.dueDate })) };
    });
  }),

  /** District: inspections newest first, filtered by township, station and dates; and the stations with overdue rectifications. */
  list: districtProcedure
    .input(
      z
        .object({
          townshipId: z.uuid({ error: "乡镇（街道）编号格式不正确" }).optional(),
          stationId: z.uuid({ error: "代办站编号格式不正确" }).optional(),
          from: isoDateSchema("开始日期").optional(),
          to: isoDateSchema("结束日期").optional(),
        })
        .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], error: "结束日期不能早于开始日期" })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      const f = input ?? {};
      const [found, townships, open] = await Promise.all([
        inspectionQueries.inspectionsOfDistrict(ctx.db, ctx.unit.districtId, f),
        orgQueries.townshipsOfDistrict(ctx.db, ctx.unit.districtId),
        rectifications(ctx.db, ctx.now, { districtId: ctx.unit.districtId, status: "open" }),
      ]);
      const rects = await rectifications(ctx.db, ctx.now, { districtId: ctx.unit.districtId, inspectionIds: found.map((r) => r.inspection.id) });
      const overdue = open.filter((r) => r.overdue && (!f.townshipId || r.townshipId === f.townshipId));
      const overdueStations = [...new Set(overdue.map((r) => r.stationId))].map((stationId) => {
        const mine = overdue.filter((r) => r.stationId === stationId);
        return { stationId, villageName: mine[0]!.villageName, townshipName: townships.find((t) => t.id === mine[0]!.townshipId)?.name ?? "", overdue: mine.length };
      });
      return {
        rows: found.map((r) => ({
          ...inspectionSummary(r, rects.filter((x) => x.inspectionId === r.inspection.id)),
          stationOverdue: overdueStations.some((s) => s.stationId === r.inspection.stationId),
        })),
        townships: townships.map((t) => ({ id: t.id, name: t.name })),
        overdueStations,
        mayRecord: mayRecordInspections(ctx.user.role),
      };
    }),

  /** District: one inspection with its findings and its rectifications (status and light). */
  get: districtProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const found = await inspectionQueries.inspectionById(ctx.db, input.id);
    if (!found || found.inspection.districtId !== ctx.unit.districtId) throw notFound("明察暗访记录");
    const agentIds = found.inspection.findings.flatMap((f) => (f.agentId ? [f.agentId] : []));
    const [names, rects, photos] = await Promise.all([
      inspectionQueries.userNames(ctx.db, agentIds),
      rectifications(ctx.db, ctx.now, { inspectionIds: [found.inspection.id] }),
      photoQueries.photosOf(ctx.db, found.inspection.id),
    ]);
    return {
      ...inspectionSummary(found, rects),
      findings: findingsView(found, names),
      rectificationRows: rects,
      photos: photos.map((p) => ({ ...p, mayRemove: p.createdBy === ctx.user.id })),
      mayAddPhotos: mayRecordInspections(ctx.user.role),
    };
  }),

  /** Township centre: the rectifications of its stations, open and overdue first, optionally of one status. */
  townshipRectifications: townshipProcedure.input(z.object({ status: statusFilter }).optional()).query(async ({ ctx, input }) =>
    byUrgency(await rectifications(ctx.db, ctx.now, { townshipId: ctx.unit.townshipId, status: input?.status })),
  ),

  /** Township centre: confirm a rectification of its station, reported or verified on site, with a note. */
  confirmRectification: townshipProcedure
    .input(z.object({ id, expectedVersion, note: requiredText("确认意见", RECTIFICATION_TEXT_MAX) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await inspectionQueries.rectificationById(tx, input.id);
        if (!row || row.townshipId !== ctx.unit.townshipId) throw notFound("整改事项");
        const c = orDomainError(() => confirmRectification(row.status, input.note));
        const after = await updateAt(tx, row, input.expectedVersion, { status: c.status, confirmNote: c.note, confirmedAt: ctx.now, confirmedBy: ctx.user.id });
        await appendAudit(tx, { districtId: row.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "rectification.confirm", entity: "rectification", entityId: row.id, before: changed(row), after: { ...changed(after), onSite: c.onSite }, at: ctx.now });
        return { id: after.id, status: after.status, version: after.version };
      }),
    ),

  /** Station: its rectifications (any staff member reads them; the head reports them). */
  stationRectifications: villageProcedure.query(async ({ ctx }) => ({
    rows: byUrgency(await rectifications(ctx.db, ctx.now, { stationId: ctx.unit.stationId })),
    mayReport: ctx.user.role === "stationHead",
  })),

  /** Station head: report an open rectification of the station as done, saying what was done. */
  reportRectification: stationHeadProcedure("只有站长可以报告整改情况")
    .input(z.object({ id, expectedVersion, report: requiredText("整改情况", RECTIFICATION_TEXT_MAX) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await inspectionQueries.rectificationById(tx, input.id);
        if (!row || row.stationId !== ctx.unit.stationId) throw notFound("整改事项");
        const r = orDomainError(() => reportRectification(row.status, input.report));
        const after = await updateAt(tx, row, input.expectedVersion, { status: r.status, report: r.report, reportedAt: ctx.now, reportedBy: ctx.user.id });
        await appendAudit(tx, { districtId: row.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "rectification.report", entity: "rectification", entityId: row.id, before: changed(row), after: changed(after), at: ctx.now });
        return { id: after.id, status: after.status, version: after.version };
      }),
    ),
});
