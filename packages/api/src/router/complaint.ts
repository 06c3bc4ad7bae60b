import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, complaintQueries, complaints, orgQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import {
  COMPLAINT_ABOUT_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_STATUS_LABELS,
  complaintActProblem,
  complaintNeedsEscalation,
  complaintStatusAfter,
  optionalText,
  phoneSchema,
  requiredText,
} from "@bianmin/domain";
import type { ComplaintStationAct } from "@bianmin/domain";
import type { SessionUser } from "@bianmin/auth";
import { notFound } from "../errors";
import { publicProcedure, router, townshipProcedure, villageProcedure , stationHeadProcedure } from "../trpc";
import { publicPageUrl } from "./publicStation";

type Row = complaintQueries.ComplaintRow;

export const ONLINE_LIMIT = { count: 5, windowMs: 10 * 60_000 };
export const COMPLAINT_CONFLICT = "该投诉刚刚已被他人处理或更新，请刷新页面查看最新情况后再操作";
const NOT_HANDLER = "只有站长或本站指定的投诉处理人可以处理投诉";

const complaintId = z.uuid({ error: "投诉编号格式不正确" });
const expectedVersion = z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000);
const content = z
  .string({ error: "投诉内容不能为空" })
  .trim()
  .min(5, { error: "投诉内容至少5个字" })
  .max(1000, { error: "投诉内容不能超过1000个字" });
const complainant = {
  complainantName: optionalText("投诉人姓名", 50),
  complainantPhone: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), phoneSchema.optional()),
};
const villageCode = z.string({ error: "村（社区）区划代码不能为空" }).regex(/^\d{12}$/, { error: "村（社区）区划代码应为12位数字" });

/** What staff see of a complaint, with labels and the acts the station may still take. */
function view(row: Row) {
  const acts: ComplaintStationAct[] = ["handling", "replied", "closed", "escalate"];
  return {
    ...row,
    channelLabel: COMPLAINT_CHANNEL_LABELS[row.channel],
    statusLabel: COMPLAINT_STATUS_LABELS[row.status],
    aboutLabel: COMPLAINT_ABOUT_LABELS[row.about],
    needsEscalation: complaintNeedsEscalation(row),
    available: acts.filter((a) => complaintActProblem(row, a) === null),
  };
}

/** A complaint of the caller's station, or NOT_FOUND (another station's complaint does not exist for them). */
async function ownComplaint(db: Tx, stationId: string, id: string): Promise<Row> {
  const row = await complaintQueries.complaintById(db, id);
  if (!row || row.stationId !== stationId) throw notFound("投诉");
  return row;
}

/** A complaint escalated by a station of the caller's township, or NOT_FOUND (another township's does not exist for them). */
async function escalatedOfTownship(db: Tx, townshipId: string, id: string): Promise<Row> {
  const row = await complaintQueries.complaintById(db, id);
  if (!row || row.townshipId !== townshipId || !row.escalatedAt) throw notFound("投诉");
  return row;
}

/** The head, or the station's designated handler. */
async function assertMayHandle(db: Tx, user: SessionUser, stationId: string) {
  if (user.role === "stationHead") return;
  const handler = await complaintQueries.stationHandler(db, stationId);
  if (handler?.userId !== user.id) throw new TRPCError({ code: "FORBIDDEN", message: NOT_HANDLER });
}

/** Write a change against the version the caller saw; a stale version is a conflict and nothing changes. */
async function updateAt(tx: Tx, row: Row, version: number, set: Partial<typeof complaints.$inferInsert>, now: Date): Promise<Row> {
  if (row.version !== version) throw new TRPCError({ code: "CONFLICT", message: COMPLAINT_CONFLICT });
  const [after] = await tx
    .update(complaints)
    .set({ ...set, updatedAt: now, version: row.version + 1 })
    .where(and(eq(complaints.id, row.id), eq(complaints.version, version)))
    .returning();
  if (!after) throw new TRPCError({ code: "CONFLICT", message: COMPLAINT_CONFLICT });
  return after;
}

function refuseIf(problem: string | null) {
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
}

const changed = (r: Row) => ({ status: r.status, reply: r.reply, result: r.result, escalationNote: r.escalationNote, townshipReply: r.townshipReply, version: r.version });

export const complaintRouter = router({
  /** 网上投诉 from the station's public page (no sign-in); at most 5 per 10 minutes from one address. */
  submitOnline: publicProcedure.input(z.object({ villageCode, content, ...complainant })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const station = await complaintQueries.stationByVillageCode(tx, input.villageCode);
      if (!station) throw notFound("代办站");
      const { count, windowEnds } = await complaintQueries.countInWindow(tx, `complaint:${ctx.clientKey}`, ctx.now, ONLINE_LIMIT.windowMs);
      if (count > ONLINE_LIMIT.count) {
        const minutes = Math.max(1, Math.ceil((windowEnds.getTime() - ctx.now.getTime()) / 60_000));
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `提交过于频繁，请 ${minutes} 分钟后再试，或拨打投诉热线` });
      }
      const [row] = await tx
        .insert(complaints)
        .values({
          ...station,
          channel: "online",
          complainantName: input.complainantName ?? null,
          complainantPhone: input.complainantPhone ?? null,
          content: input.content,
          about: "station",
          receivedAt: ctx.now,
          updatedAt: ctx.now,
          createdBy: null,
        })
        .returning();
      await appendAudit(tx, { districtId: station.districtId, actorId: null, actorName: "网上投诉", action: "complaint.submitOnline", entity: "complaint", entityId: row!.id, after: { channel: "online", content: row!.content }, at: ctx.now });
      return { receivedAt: row!.receivedAt };
    }),
  ),

  /** My station's complaints, newest first, optionally of one status. */
  list: villageProcedure
    .input(z.object({ status: z.enum(["open", "handling", "replied", "escalated", "closed"], { error: "投诉状态不正确" }).optional() }).optional())
    .query(async ({ ctx, input }) => (await complaintQueries.stationComplaints(ctx.db, ctx.unit.stationId, input?.status)).map(view)),

  get: villageProcedure.input(z.object({ complaintId })).query(async ({ ctx, input }) => {
    const row = await ownComplaint(ctx.db, ctx.unit.stationId, input.complaintId);
    const handler = await complaintQueries.stationHandler(ctx.db, ctx.unit.stationId);
    const mayHandle = ctx.user.role === "stationHead" || handler?.userId === ctx.user.id;
    return { ...view(row), mayHandle };
  }),

  /** The station's complaint desk: designated handler, staff to choose from, and the public page's address. */
  desk: villageProcedure.query(async ({ ctx }) => {
    const [handler, staff, station] = await Promise.all([
      complaintQueries.stationHandler(ctx.db, ctx.unit.stationId),
      orgQueries.stationStaff(ctx.db, ctx.unit.stationId),
      orgQueries.stationWithUnits(ctx.db, ctx.unit.stationId),
    ]);
    return {
      handler,
      isHead: ctx.user.role === "stationHead",
      mayHandle: ctx.user.role === "stationHead" || handler?.userId === ctx.user.id,
      staff: staff.map((s) => ({ userId: s.userId, name: s.name, isHead: s.isHead })),
      publicPageUrl: publicPageUrl(ctx.publicUrl, station!.villageCode),
    };
  }),

  /** A complaint received by box, hotline or in person, recorded by any station staff member. */
  record: villageProcedure
    .input(
      z
        .object({
          channel: z.enum(["box", "hotline", "inPerson"], { error: "请选择投诉渠道（投诉意见箱、投诉热线或当面投诉）" }),
          ...complainant,
          content,
          about: z.enum(["station", "otherUnit"], { error: "请选择投诉对象" }),
          otherUnit: optionalText("被投诉单位", 100),
          major: z.boolean({ error: "是否重大投诉须为是或否" }).default(false),
        })
        .superRefine((v, c) => {
          if (v.about === "otherUnit" && !v.otherUnit) c.addIssue({ code: "custom", path: ["otherUnit"], message: "投诉涉及其他单位时，请填写被投诉单位" });
        }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(complaints)
          .values({
            ...ctx.unit,
            channel: input.channel,
            complainantName: input.complainantName ?? null,
            complainantPhone: input.complainantPhone ?? null,
            content: input.content,
            about: input.about,
            otherUnit: input.about === "otherUnit" ? input.otherUnit! : null,
            major: input.major,
            receivedAt: ctx.now,
            updatedAt: ctx.now,
            createdBy: ctx.user.id,
          })
          .returning();
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "complaint.record", entity: "complaint", entityId: row!.id, after: row, at: ctx.now });
        return view(row!);
      }),
    ),

  /** The station head designates the station's complaint handler among its staff. */
  setHandler: stationHeadProcedure("只有站长可以指定投诉处理人").input(z.object({ userId: z.uuid({ error: "投诉处理人格式不正确" }) })).mutation(({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const staff = await orgQueries.stationStaff(tx, ctx.unit.stationId);
      const chosen = staff.find((s) => s.userId === input.userId);
      if (!chosen) throw new TRPCError({ code: "BAD_REQUEST", message: "投诉处理人须为本站工作人员" });
      const before = await complaintQueries.stationHandler(tx, ctx.unit.stationId);
      await complaintQueries.setStationHandler(tx, ctx.unit.stationId, chosen.userId, ctx.now);
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "complaint.setHandler", entity: "station", entityId: ctx.unit.stationId, before: before ? { userId: before.userId, name: before.name } : null, after: { userId: chosen.userId, name: chosen.name }, at: ctx.now });
      return { userId: chosen.userId, name: chosen.name };
    });
  }),

  /** The handler or head takes it up (handling), replies (replied) or closes it with a result (closed). */
  handle: villageProcedure
    .input(
      z
        .object({
          complaintId,
          expectedVersion,
          status: z.enum(["handling", "replied", "closed"], { error: "处理状态不正确" }),
          reply: optionalText("答复内容", 1000),
          result: optionalText("处理结果", 1000),
        })
        .superRefine((v, c) => {
          if (v.status === "replied" && !v.reply) c.addIssue({ code: "custom", path: ["reply"], message: "答复内容不能为空" });
          if (v.status === "closed" && !v.result) c.addIssue({ code: "custom", path: ["result"], message: "处理结果不能为空" });
        }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await ownComplaint(tx, ctx.unit.stationId, input.complaintId);
        await assertMayHandle(tx, ctx.user, ctx.unit.stationId);
        refuseIf(complaintActProblem(row, input.status));
        const after = await updateAt(
          tx,
          row,
          input.expectedVersion,
          {
            status: complaintStatusAfter(input.status),
            handlerId: ctx.user.id,
            ...(input.reply ? { reply: input.reply } : {}),
            ...(input.status === "closed" ? { result: input.result!, closedAt: ctx.now } : {}),
          },
          ctx.now,
        );
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: `complaint.${input.status}`, entity: "complaint", entityId: row.id, before: changed(row), after: changed(after), at: ctx.now });
        return view(after);
      }),
    ),

  /** 上报: pass the complaint to the township centre (required for major ones and those about other units). */
  escalate: villageProcedure.input(z.object({ complaintId, expectedVersion, note: requiredText("上报说明", 500) })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await ownComplaint(tx, ctx.unit.stationId, input.complaintId);
      await assertMayHandle(tx, ctx.user, ctx.unit.stationId);
      refuseIf(complaintActProblem(row, "escalate"));
      const after = await updateAt(tx, row, input.expectedVersion, { status: "escalated", escalatedAt: ctx.now, escalationNote: input.note, handlerId: ctx.user.id }, ctx.now);
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "complaint.escalate", entity: "complaint", entityId: row.id, before: changed(row), after: changed(after), at: ctx.now });
      return view(after);
    }),
  ),

  /** Township centre: complaints its stations escalated, those still waiting first; optionally only waiting or only closed. */
  escalated: townshipProcedure
    .input(z.object({ status: z.enum(["escalated", "closed"], { error: "投诉状态不正确" }).optional() }).optional())
    .query(async ({ ctx, input }) =>
      (await complaintQueries.escalatedOfTownship(ctx.db, ctx.unit.townshipId))
        .filter((r) => !input?.status || r.complaint.status === input.status)
        .map((r) => ({ ...view(r.complaint), villageName: r.villageName })),
    ),

  /** Township centre: one escalated complaint of its stations; `mayHandle` while it waits for the centre. */
  escalatedGet: townshipProcedure.input(z.object({ complaintId })).query(async ({ ctx, input }) => {
    const row = await escalatedOfTownship(ctx.db, ctx.unit.townshipId, input.complaintId);
    const station = await orgQueries.stationWithUnits(ctx.db, row.stationId);
    return { ...view(row), villageName: station?.villageName ?? "", mayHandle: row.status === "escalated" };
  }),

  /** Township centre: answer an escalated complaint (the complainant is told) before its result is known; it stays open. */
  replyEscalated: townshipProcedure
    .input(z.object({ complaintId, expectedVersion, townshipReply: requiredText("中心答复", 1000) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await escalatedOfTownship(tx, ctx.unit.townshipId, input.complaintId);
        refuseIf(row.status === "escalated" ? null : "该投诉已办结，不能再处理");
        const after = await updateAt(tx, row, input.expectedVersion, { townshipReply: input.townshipReply, townshipHandlerId: ctx.user.id }, ctx.now);
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "complaint.replyEscalated", entity: "complaint", entityId: row.id, before: changed(row), after: changed(after), at: ctx.now });
        return view(after);
      }),
    ),

  /** Township centre: reply to an escalated complaint and close it with its result. */
  closeEscalated: townshipProcedure
    .input(z.object({ complaintId, expectedVersion, townshipReply: requiredText("中心答复", 1000), result: requiredText("处理结果", 1000) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await escalatedOfTownship(tx, ctx.unit.townshipId, input.complaintId);
        refuseIf(row.status === "escalated" ? null : "该投诉已办结，不能再处理");
        const after = await updateAt(tx, row, input.expectedVersion, { status: "closed", townshipReply: input.townshipReply, result: input.result, townshipHandlerId: ctx.user.id, closedAt: ctx.now }, ctx.now);
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "complaint.closeEscalated", entity: "complaint", entityId: row.id, before: changed(row), after: changed(after), at: ctx.now });
        return view(after);
      }),
    ),
});
