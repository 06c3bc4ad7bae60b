import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { appendAudit, orgQueries, standardizationQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import {
  CHECKLIST_ITEMS,
  CHECKLIST_REVIEW_NOTE_MAX,
  CHECKLIST_STATUS_LABELS,
  areaM2Schema,
  assertEditable,
  assertSubmittable,
  checklistEntriesSchema,
  confirmChecklist,
  normalizeChecklist,
  requiredText,
  returnChecklist,
  shanghaiDate,
  stationName,
  summarizeChecklist,
} from "@bianmin/domain";
import { notFound } from "../errors";
import { orDomainError } from "../matters/errors";
import { router, townshipProcedure, villageProcedure , stationHeadProcedure } from "../trpc";

type Found = NonNullable<Awaited<ReturnType<typeof standardizationQueries.checklistOfStation>>>;
type Row = standardizationQueries.ChecklistRow;
type Unit = { districtId: string; townshipId: string; villageId: string; stationId: string };

export const CHECKLIST_CONFLICT = "规范化建设检查表刚刚已被他人修改或处理，请刷新页面查看最新情况后再操作";

const stationId = z.uuid({ error: "代办站编号格式不正确" });
/** The version the caller saw; 0 when no checklist had been saved yet. */
const expectedVersion = z.number({ error: "版本号必须是数字" }).int().min(0).max(1_000_000);
const form = z.object({ expectedVersion, entries: checklistEntriesSchema, areaM2: areaM2Schema });

/** The checklist as both sides read it: every item with its label and basis, the summary and the review. */
function checklistView(found: Found | null) {
  const row = found?.checklist ?? null;
  const status = row?.status ?? "draft";
  const areaM2 = row?.areaM2 ?? null;
  const entries = normalizeChecklist(row?.entries ?? []);
  return {
    version: row?.version ?? 0,
    status,
    statusLabel: CHECKLIST_STATUS_LABELS[status],
    areaM2,
    items: CHECKLIST_ITEMS.map((item, i) => ({ ...item, passed: entries[i]!.passed, note: entries[i]!.note })),
    summary: summarizeChecklist(entries, areaM2),
    updatedAt: row?.updatedAt ?? null,
    submittedAt: row?.submittedAt ?? null,
    submittedByName: found?.submittedByName ?? null,
    reviewedAt: row?.reviewedAt ?? null,
    reviewedByName: found?.reviewedByName ?? null,
    reviewNote: row?.reviewNote ?? null,
    confirmedOn: row?.confirmedOn ?? null,
  };
}

/** A station with its derived name; for a township user, only a station of their own township (else NOT_FOUND). */
async function stationOf(db: Tx, id: string, townshipId?: string) {
  const row = await orgQueries.stationWithUnits(db, id);
  if (!row || (townshipId !== undefined && row.station.townshipId !== townshipId)) throw notFound("代办站");
  const { station } = row;
  return {
    id: station.id,
    districtId: station.districtId,
    townshipId: station.townshipId,
    villageId: station.villageId,
    name: stationName({ districtName: row.districtName, townshipName: row.townshipName, villageName: row.villageName }),
    villageName: row.villageName,
    status: station.status,
    operatingSince: station.operatingSince,
  };
}

const unitOf = (s: { id: string; districtId: string; townshipId: string; villageId: string }): Unit => ({ districtId: s.districtId, townshipId: s.townshipId, villageId: s.villageId, stationId: s.id });

const headProcedure = stationHeadProcedure("只有站长可以填写和提交规范化建设检查表");

/** Write against the version the caller saw: the first save creates the checklist; a stale version is a conflict. */
async function writeAt(tx: Tx, current: Row | null, version: number, unit: Unit, set: standardizationQueries.ChecklistChange & { updatedAt: Date }): Promise<Row> {
  if ((current?.version ?? 0) !== version) throw new TRPCError({ code: "CONFLICT", message: CHECKLIST_CONFLICT });
  const after = current
    ? await standardizationQueries.updateChecklistAt(tx, current.id, version, set)
    : await standardizationQueries.insertChecklist(tx, { ...unit, entries: [], ...set, version: 1 });
  if (!after) throw new TRPCError({ code: "CONFLICT", message: CHECKLIST_CONFLICT });
  return after;
}

const changed = (r: Row | null) => (r ? { status: r.status, entries: r.entries, areaM2: r.areaM2, reviewNote: r.reviewNote, confirmedOn: r.confirmedOn, version: r.version } : null);

export const standardizationRouter = router({
  /** Station: my station's checklist (an empty draft until the head first saves it); agents read it too. */
  mine: villageProcedure.query(async ({ ctx }) => {
    const [station, found] = await Promise.all([stationOf(ctx.db, ctx.unit.stationId), standardizationQueries.checklistOfStation(ctx.db, ctx.unit.stationId)]);
    const checklist = checklistView(found);
    return { station, checklist, mayEdit: ctx.user.role === "stationHead" && (checklist.status === "draft" || checklist.status === "returned") };
  }),

  /** Station head: save the items and the office area while the checklist is a draft or was sent back. */
  save: headProcedure.input(form).mutation(({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const current = (await standardizationQueries.checklistOfStation(tx, ctx.unit.stationId))?.checklist ?? null;
      orDomainError(() => assertEditable(current?.status ?? "draft"));
      const after = await writeAt(tx, current, input.expectedVersion, ctx.unit, { entries: normalizeChecklist(input.entries), areaM2: input.areaM2, updatedAt: ctx.now });
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "standardization.save", entity: "stationChecklist", entityId: after.id, before: changed(current), after: changed(after), at: ctx.now });
      return checklistView({ checklist: after, submittedByName: null, reviewedByName: null });
    });
  }),

  /** Station head: submit the checklist, as filled in, to the township centre; only a complete one is accepted. */
  submit: headProcedure.input(form).mutation(({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const current = (await standardizationQueries.checklistOfStation(tx, ctx.unit.stationId))?.checklist ?? null;
      orDomainError(() => assertSubmittable(current?.status ?? "draft", input.entries, input.areaM2));
      const after = await writeAt(tx, current, input.expectedVersion, ctx.unit, {
        entries: normalizeChecklist(input.entries),
        areaM2: input.areaM2,
        status: "submitted",
        submittedAt: ctx.now,
        submittedBy: ctx.user.id,
        updatedAt: ctx.now,
      });
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "standardization.submit", entity: "stationChecklist", entityId: after.id, before: changed(current), after: changed(after), at: ctx.now });
      return checklistView({ checklist: after, submittedByName: ctx.user.name, reviewedByName: null });
    });
  }),

  /** Township: every station of my township with its checklist's status and progress. */
  list: townshipProcedure.query(async ({ ctx }) => {
    const rows = await standardizationQueries.checklistsOfTownship(ctx.db, ctx.unit.townshipId);
    return rows.map((r) => {
      const status = r.checklist?.status ?? "draft";
      const { passed, total } = summarizeChecklist(r.checklist?.entries ?? [], r.checklist?.areaM2 ?? null);
      return {
        stationId: r.stationId,
        villageCode: r.villageCode,
        villageName: r.villageName,
        stationStatus: r.stationStatus,
        operatingSince: r.operatingSince,
        started: r.checklist !== null,
        status,
        statusLabel: CHECKLIST_STATUS_LABELS[status],
        passed,
        total,
        submittedAt: r.checklist?.submittedAt ?? null,
        confirmedOn: r.checklist?.confirmedOn ?? null,
      };
    });
  }),

  /** Township: one station's checklist, with whether it waits for the centre's decision. */
  get: townshipProcedure.input(z.object({ stationId })).query(async ({ ctx, input }) => {
    const station = await stationOf(ctx.db, input.stationId, ctx.unit.townshipId);
    const checklist = checklistView(await standardizationQueries.checklistOfStation(ctx.db, station.id));
    return { station, checklist, mayReview: checklist.status === "submitted" };
  }),

  /** Township: confirm a submitted checklist; in the same transaction the station operates from today (Asia/Shanghai). */
  confirm: townshipProcedure.input(z.object({ stationId, expectedVersion })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const station = await stationOf(tx, input.stationId, ctx.unit.townshipId);
      const current = (await standardizationQueries.checklistOfStation(tx, station.id))?.checklist ?? null;
      const { operatingSince } = orDomainError(() => confirmChecklist(current?.status ?? "draft", shanghaiDate(ctx.now.toISOString())));
      const after = await writeAt(tx, current, input.expectedVersion, unitOf(station), {
        status: "confirmed",
        reviewedAt: ctx.now,
        reviewedBy: ctx.user.id,
        reviewNote: null,
        confirmedOn: operatingSince,
        updatedAt: ctx.now,
      });
      const operating = await standardizationQueries.setStationOperating(tx, station.id, operatingSince, after.areaM2);
      const audit = { districtId: station.districtId, actorId: ctx.user.id, actorName: ctx.user.name, at: ctx.now };
      await appendAudit(tx, { ...audit, action: "standardization.confirm", entity: "stationChecklist", entityId: after.id, before: changed(current), after: changed(after) });
      await appendAudit(tx, { ...audit, action: "station.operating", entity: "station", entityId: station.id, before: { status: station.status, operatingSince: station.operatingSince }, after: operating });
      return { station: { ...station, status: "operating" as const, operatingSince }, checklist: checklistView({ checklist: after, submittedByName: null, reviewedByName: ctx.user.name }) };
    }),
  ),

  /** Township: send a submitted checklist back to the station with what must be put right. */
  sendBack: townshipProcedure
    .input(z.object({ stationId, expectedVersion, note: requiredText("退回意见", CHECKLIST_REVIEW_NOTE_MAX) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const station = await stationOf(tx, input.stationId, ctx.unit.townshipId);
        const current = (await standardizationQueries.checklistOfStation(tx, station.id))?.checklist ?? null;
        const { status, note } = orDomainError(() => returnChecklist(current?.status ?? "draft", input.note));
        const after = await writeAt(tx, current, input.expectedVersion, unitOf(station), { status, reviewNote: note, reviewedAt: ctx.now, reviewedBy: ctx.user.id, updatedAt: ctx.now });
        await appendAudit(tx, { districtId: station.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "standardization.sendBack", entity: "stationChecklist", entityId: after.id, before: changed(current), after: changed(after), at: ctx.now });
        return checklistView({ checklist: after, submittedByName: null, reviewedByName: ctx.user.name });
      }),
    ),
});
