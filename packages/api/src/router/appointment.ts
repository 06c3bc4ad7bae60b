import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { appendAudit, appointmentQueries, orgQueries, shanghaiDayStart as startOfDay } from "@bianmin/db";
import type { Db, appointments } from "@bianmin/db";
import { addDays, daysBetween, daysInMonth, instantMs, isoDateSchema, instantSchema, optionalText, phoneSchema, requiredText, shanghaiDate, weekdayName } from "@bianmin/domain";
import type { Calendar } from "@bianmin/domain";
import { notFound } from "../errors";
import { loadCalendar } from "../matters/calendar";
import { router, villageProcedure } from "../trpc";

/** 预约服务制 (R-RUL-1): slots booked for citizens, evenings, weekends and holidays included. */

const MAX_SLOT_MS = 4 * 3_600_000;
const MAX_RANGE_DAYS = 62;
const OPEN = ["booked", "moved"] as const;

type AppointmentRow = typeof appointments.$inferSelect;

/** A refusal that names its field, shaped like an input error so the form shows it at the field. */
function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new z.ZodRealError([{ code: "custom", path: [field], message, input: undefined }]) });
}


const slot = {
  startsAt: instantSchema("开始时间"),
  endsAt: instantSchema("结束时间"),
};
function slotRules(s: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  const ms = instantMs(s.endsAt) - instantMs(s.startsAt);
  if (ms <= 0) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "结束时间必须晚于开始时间" });
  else if (ms > MAX_SLOT_MS) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "结束时间：一次预约最长4小时" });
}
function assertFuture(startsAt: string, now: Date) {
  if (instantMs(startsAt) <= now.getTime()) throw fieldError("startsAt", "开始时间必须晚于现在（不能预约过去的时间）");
}

const appointmentId = z.uuid({ error: "预约编号格式不正确" });
const expectedVersion = z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000);
/** From one day to another (inclusive), at most 62 days: the ranges the station's lists are read in. */
export const dayRange = z
  .object({ from: isoDateSchema("开始日期"), to: isoDateSchema("结束日期") })
  .refine((r) => r.from <= r.to, { error: "结束日期不能早于开始日期", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_RANGE_DAYS, { error: `结束日期：一次最多查询${MAX_RANGE_DAYS}天`, path: ["to"] });

/** How the calendar table counts a day; kind null when the year has no calendar data yet. */
function dayOf(calendar: Calendar, date: string) {
  const covered = calendar.covers(Number(date.slice(0, 4)));
  const info = covered ? calendar.day(date) : null;
  const kind = info?.kind ?? null;
  return { date, weekday: weekdayName(date), kind, name: kind === "holiday" || kind === "makeupWorkday" ? info!.name : null };
}

function view(calendar: Calendar, r: { appointment: AppointmentRow; agentName: string }) {
  const a = r.appointment;
  return {
    id: a.id,
    citizenName: a.citizenName,
    citizenPhone: a.citizenPhone,
    reason: a.reason,
    channel: a.channel,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    agentId: a.agentId,
    agentName: r.agentName,
    status: a.status,
    open: (OPEN as readonly string[]).includes(a.status),
    moves: a.moves,
    outcome: a.outcome,
    version: a.version,
    day: dayOf(calendar, shanghaiDate(a.startsAt.toISOString())),
  };
}

async function between(db: Db, stationId: string, from: string, toInclusive: string) {
  const [rows, calendar] = await Promise.all([appointmentQueries.stationAppointments(db, stationId, startOfDay(from), startOfDay(addDays(toInclusive, 1))), loadCalendar(db)]);
  return rows.map((r) => view(calendar, r));
}

type Caller = { db: Db; now: Date; user: { id: string; name: string }; unit: { districtId: string; stationId: string } };

/**
 * Change an open appointment of my station against the version the caller saw: missing or foreign → NOT_FOUND,
 * closed → BAD_REQUEST, stale → CONFLICT; the change and its audit entry in one transaction.
 */
function changeOpen(c: Caller, id: string, version: number, action: string, change: (row: AppointmentRow) => Partial<AppointmentRow>) {
  return c.db.transaction(async (tx) => {
    const row = await appointmentQueries.appointmentForUpdate(tx, id);
    if (!row || row.stationId !== c.unit.stationId) throw notFound("预约");
    if (row.version !== version) throw new TRPCError({ code: "CONFLICT", message: "该预约刚刚已被他人修改，请刷新页面查看最新情况后再操作" });
    if (!(OPEN as readonly string[]).includes(row.status)) throw new TRPCError({ code: "BAD_REQUEST", message: "该预约已登记结果，不能再改约或登记" });
    const set = change(row);
    const updated = await appointmentQueries.updateAppointmentIfVersion(tx, id, version, { ...set, updatedAt: c.now });
    if (!updated) throw new TRPCError({ code: "CONFLICT", message: "该预约刚刚已被他人修改，请刷新页面查看最新情况后再操作" });
    const pick = (a: AppointmentRow) => ({ status: a.status, startsAt: a.startsAt, endsAt: a.endsAt, outcome: a.outcome, version: a.version });
    await appendAudit(tx, { districtId: c.unit.districtId, actorId: c.user.id, actorName: c.user.name, action: `appointment.${action}`, entity: "appointment", entityId: id, before: pick(row), after: pick(updated), at: c.now });
    return { id, version: updated.version, status: updated.status };
  });
}

export const appointmentRouter = router({
  /** 预约: a slot for a citizen with a reason, assigned to a staff member of my station. */
  book: villageProcedure
    .input(
      z
        .object({
          citizenName: requiredText("群众姓名", 50),
          citizenPhone: phoneSchema,
          reason: requiredText("预约事由", 500),
          channel: z.enum(["hotline", "inPerson", "other"], { error: "预约渠道不正确" }),
          ...slot,
          agentId: z.uuid({ error: "代办员格式不正确" }),
        })
        .superRefine(slotRules),
    )
    .mutation(async ({ ctx, input }) => {
      assertFuture(input.startsAt, ctx.now);
      const staff = await orgQueries.stationStaff(ctx.db, ctx.unit.stationId);
      if (!staff.some((s) => s.userId === input.agentId)) throw fieldError("agentId", "代办员不是本代办站的工作人员");
      const calendar = await loadCalendar(ctx.db);
      return ctx.db.transaction(async (tx) => {
        const row = await appointmentQueries.insertAppointment(tx, {
          ...ctx.unit,
          ...input,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          createdBy: ctx.user.id,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        });
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "appointment.book", entity: "appointment", entityId: row.id, after: { startsAt: row.startsAt, endsAt: row.endsAt, agentId: row.agentId, channel: row.channel }, at: ctx.now });
        return { id: row.id, version: row.version, day: dayOf(calendar, shanghaiDate(input.startsAt)) };
      });
    }),

  /** 改约: a new slot; the old one is kept in the appointment's history. */
  move: villageProcedure
    .input(z.object({ appointmentId, expectedVersion, ...slot, note: optionalText("改约说明", 200) }).superRefine(slotRules))
    .mutation(({ ctx, input }) => {
      assertFuture(input.startsAt, ctx.now);
      return changeOpen(ctx, input.appointmentId, input.expectedVersion, "move", (row) => ({
        status: "moved",
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        moves: [...row.moves, { startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), movedAt: ctx.now.toISOString(), by: ctx.user.name, note: input.note ?? null }],
      }));
    }),

  /** The result: kept (what was done), missed, or cancelled; kept and missed need the outcome written down. */
  record: villageProcedure
    .input(
      z
        .object({ appointmentId, expectedVersion, result: z.enum(["kept", "missed", "cancelled"], { error: "预约结果不正确" }), outcome: optionalText("结果说明", 500) })
        .superRefine((r, c) => {
          if (r.result !== "cancelled" && !r.outcome) c.addIssue({ code: "custom", path: ["outcome"], message: "结果说明不能为空（请写明办理情况或未到情况）" });
        }),
    )
    .mutation(({ ctx, input }) =>
      changeOpen(ctx, input.appointmentId, input.expectedVersion, "record", () => ({ status: input.result, outcome: input.outcome ?? null })),
    ),

  /** My station's appointments from one day to another (at most 62 days). */
  list: villageProcedure.input(dayRange).query(({ ctx, input }) => between(ctx.db, ctx.unit.stationId, input.from, input.to)),

  /** Today's and tomorrow's appointments (Asia/Shanghai), for the 工作台. */
  upcoming: villageProcedure.query(async ({ ctx }) => {
    const today = shanghaiDate(ctx.now.toISOString());
    return { today, tomorrow: addDays(today, 1), appointments: await between(ctx.db, ctx.unit.stationId, today, addDays(today, 1)) };
  }),

  /** The month grid: every day with its calendar kind, holiday name and number of appointments. */
  month: villageProcedure
    .input(z.object({ month: z.string({ error: "月份不能为空" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "月份格式不正确（应为 YYYY-MM）" }) }))
    .query(async ({ ctx, input }) => {
      const first = `${input.month}-01`;
      const count = daysInMonth(Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7)));
      const [calendar, counts] = await Promise.all([
        loadCalendar(ctx.db),
        appointmentQueries.countsPerDay(ctx.db, ctx.unit.stationId, startOfDay(first), startOfDay(addDays(first, count))),
      ]);
      const n = new Map(counts.map((c) => [c.date, c.n]));
      const days = Array.from({ length: count }, (_, i) => addDays(first, i)).map((date) => ({ ...dayOf(calendar, date), count: n.get(date) ?? 0 }));
      const year = Number(input.month.slice(0, 4));
      return { month: input.month, today: shanghaiDate(ctx.now.toISOString()), days, missingYear: calendar.covers(year) ? null : year };
    }),
});
