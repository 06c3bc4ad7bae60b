import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { appendAudit, matterQueries, receptionQueries, shanghaiDayStart as startOfDay } from "@bianmin/db";
import { addDays, instantMs, instantSchema, isoDateSchema, optionalText, requiredText, shanghaiDate } from "@bianmin/domain";
import { notFound } from "../errors";
import { router, villageProcedure , stationHeadProcedure } from "../trpc";
import { dayRange as range } from "./appointment";

/** 干部接待制 (R-RUL-2): the cadres' duty schedule at the station, their receptions, and requests become matters. */

const receptionId = z.uuid({ error: "接待记录编号格式不正确" });

/** The duty schedule is the station head's to keep. */
const headProcedure = stationHeadProcedure("只有站长可以安排干部接待值班");

async function ownReception(db: Parameters<typeof receptionQueries.receptionById>[0], stationId: string, id: string, lock = false) {
  const row = await receptionQueries.receptionById(db, id, lock);
  if (!row || row.stationId !== stationId) throw notFound("接待记录");
  return row;
}

export const receptionRouter = router({
  /** The duty schedule of my station for a date range (at most 62 days). */
  duties: villageProcedure.input(range).query(({ ctx, input }) => receptionQueries.stationDuties(ctx.db, ctx.unit.stationId, input.from, input.to)),

  /** 安排值班 (station head): a cadre, their position, a date and a period of the day. */
  setDuty: headProcedure
    .input(
      z.object({
        cadreName: requiredText("干部姓名", 50),
        cadrePosition: requiredText("职务", 50),
        dutyDate: isoDateSchema("值班日期"),
        period: z.enum(["morning", "afternoon", "evening"], { error: "值班时段不正确" }),
        note: optionalText("备注", 200),
      }),
    )
    .mutation(({ ctx, input }) => {
      if (input.dutyDate < shanghaiDate(ctx.now.toISOString())) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "值班日期不能早于今天" });
      }
      return ctx.db.transaction(async (tx) => {
        const row = await receptionQueries.insertDuty(tx, { ...ctx.unit, ...input, note: input.note ?? null, createdBy: ctx.user.id });
        if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: `${input.cadreName}在该时段已有值班安排` });
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "reception.setDuty", entity: "receptionDuty", entityId: row.id, after: input, at: ctx.now });
        return row;
      });
    }),

  /** 取消值班 (station head); a duty with a recorded reception stays. */
  removeDuty: headProcedure.input(z.object({ dutyId: z.uuid({ error: "值班编号格式不正确" }) })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await receptionQueries.dutyById(tx, input.dutyId);
      if (!row || row.stationId !== ctx.unit.stationId) throw notFound("值班安排");
      if (await receptionQueries.dutyHasReceptions(tx, row.id)) throw new TRPCError({ code: "BAD_REQUEST", message: "该值班已有接待记录，不能删除" });
      await receptionQueries.deleteDuty(tx, row.id);
      const { cadreName, cadrePosition, dutyDate, period } = row;
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "reception.removeDuty", entity: "receptionDuty", entityId: row.id, before: { cadreName, cadrePosition, dutyDate, period }, at: ctx.now });
      return { id: row.id };
    }),
  ),

  /** 接待记录: who received whom, when, and their requests (1–10). */
  record: villageProcedure
    .input(
      z.object({
        dutyId: z.uuid({ error: "值班编号格式不正确" }).optional(),
        cadreName: requiredText("接待干部", 50),
        at: instantSchema("接待时间"),
        visitors: requiredText("来访群众", 200),
        requests: z
          .array(requiredText("诉求内容", 500), { error: "诉求不能为空" })
          .min(1, { error: "诉求：至少填写1条" })
          .max(10, { error: "诉求：一次接待最多记录10条" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (instantMs(input.at) > ctx.now.getTime()) throw new TRPCError({ code: "BAD_REQUEST", message: "接待时间不能晚于现在" });
      if (input.dutyId) {
        const duty = await receptionQueries.dutyById(ctx.db, input.dutyId);
        if (!duty || duty.stationId !== ctx.unit.stationId) throw notFound("值班安排");
      }
      return ctx.db.transaction(async (tx) => {
        const row = await receptionQueries.insertReception(tx, {
          ...ctx.unit,
          dutyId: input.dutyId ?? null,
          cadreName: input.cadreName,
          at: new Date(input.at),
          visitors: input.visitors,
          requests: input.requests.map((text) => ({ text, matterId: null })),
          createdBy: ctx.user.id,
          createdAt: ctx.now,
        });
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "reception.record", entity: "reception", entityId: row.id, after: { cadreName: row.cadreName, at: row.at, visitors: row.visitors, requests: row.requests.length }, at: ctx.now });
        return { id: row.id };
      });
    }),

  /** My station's receptions in a date range (default: the last 31 days), newest first. */
  list: villageProcedure.input(range.optional()).query(({ ctx, input }) => {
    const today = shanghaiDate(ctx.now.toISOString());
    const { from, to } = input ?? { from: addDays(today, -30), to: today };
    return receptionQueries.stationReceptions(ctx.db, ctx.unit.stationId, startOfDay(from), startOfDay(addDays(to, 1)));
  }),

  /** One reception of my station (the wizard prefills a request from it). */
  get: villageProcedure.input(z.object({ receptionId })).query(({ ctx, input }) => ownReception(ctx.db, ctx.unit.stationId, input.receptionId)),

  /** 转为事项登记: request `requestIndex` was registered as a matter of my station. Repeating it is harmless. */
  linkMatter: villageProcedure
    .input(
      z.object({
        receptionId,
        requestIndex: z.number({ error: "诉求序号必须是数字" }).int({ error: "诉求序号必须是整数" }).min(0, { error: "诉求序号不正确" }).max(9, { error: "诉求序号不正确" }),
        matterId: z.uuid({ error: "事项编号格式不正确" }),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await ownReception(tx, ctx.unit.stationId, input.receptionId, true);
        const request = row.requests[input.requestIndex];
        if (!request) throw new TRPCError({ code: "BAD_REQUEST", message: "诉求序号不正确：该接待记录没有这条诉求" });
        const matter = await matterQueries.matterById(tx, input.matterId);
        if (!matter || matter.stationId !== ctx.unit.stationId) throw new TRPCError({ code: "BAD_REQUEST", message: "事项编号：该事项不属于本代办站" });
        if (request.matterId === input.matterId) return { id: row.id, requests: row.requests };
        if (request.matterId) throw new TRPCError({ code: "BAD_REQUEST", message: "该诉求已登记为事项，不能重复登记" });
        const requests = row.requests.map((r, i) => (i === input.requestIndex ? { ...r, matterId: input.matterId } : r));
        await receptionQueries.setRequests(tx, row.id, requests);
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "reception.linkMatter", entity: "reception", entityId: row.id, before: { requestIndex: input.requestIndex, matterId: null }, after: { requestIndex: input.requestIndex, matterId: input.matterId }, at: ctx.now });
        return { id: row.id, requests };
      }),
    ),
});
