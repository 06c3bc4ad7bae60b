import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { appendAudit, calendarQueries, calendarRowsForYear, chineseDaysHasYear } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import {
  CALENDAR_YEAR_RANGE,
  DAY_KINDS,
  calendarDayFromEdit,
  calendarExceptions,
  calendarYearCounts,
  calendarYearFromNotice,
  createCalendar,
  missingYearWarning,
  optionalText,
  shanghaiDate,
} from "@bianmin/domain";
import type { CalendarDay } from "@bianmin/domain";
import { orDomainError } from "../matters/errors";
import { invalidateCalendar } from "../matters/calendar";
import { authedProcedure, router, districtAdminProcedure } from "../trpc";

/** 工作日历 (R-DL-1): everyone reads it; only the district's 系统管理员 maintains it, every write audited. */

const year = z
  .number({ error: "年份必须是数字" })
  .int({ error: "年份必须是整数" })
  .min(CALENDAR_YEAR_RANGE.min, { error: `年份超出范围：只能维护${CALENDAR_YEAR_RANGE.min}年至${CALENDAR_YEAR_RANGE.max}年的日历` })
  .max(CALENDAR_YEAR_RANGE.max, { error: `年份超出范围：只能维护${CALENDAR_YEAR_RANGE.min}年至${CALENDAR_YEAR_RANGE.max}年的日历` });
/** The shape only; the domain checks the date itself and names the field in its message. */
const dateText = (label: string) => z.string({ error: `${label}不能为空` }).trim().min(1, { error: `${label}不能为空` }).max(10, { error: `${label}格式不正确（应为 YYYY-MM-DD）` });
const nameText = (label: string) => z.string({ error: `${label}必须是文字` }).max(20, { error: `${label}不能超过20个字` });

/** Only the 系统管理员 of the district writes the calendar (R-SEC-1). */
const adminProcedure = districtAdminProcedure("只有系统管理员可以维护工作日历");

/** Replace a year's rows and audit the change as the notice's exceptions, in one transaction. */
async function replaceYearAudited(
  tx: Tx,
  ctx: { unit: { districtId: string }; user: { id: string; name: string }; now: Date },
  y: number,
  rows: CalendarDay[],
  action: string,
  source: string,
) {
  const before = await calendarQueries.replaceYear(tx, y, rows);
  const after = { source, counts: calendarYearCounts(y, rows), exceptions: calendarExceptions(rows) };
  await appendAudit(tx, {
    districtId: ctx.unit.districtId,
    actorId: ctx.user.id,
    actorName: ctx.user.name,
    action,
    entity: "calendar",
    entityId: String(y),
    before: before.length ? { counts: calendarYearCounts(y, before), exceptions: calendarExceptions(before) } : null,
    after,
    at: ctx.now,
  });
  return after.counts;
}

export const calendarRouter = router({
  /** The covered years with how many working days, holidays and 调休上班 days each has. */
  years: authedProcedure.query(async ({ ctx }) => {
    const years = await calendarQueries.coveredYears(ctx.db);
    return Promise.all(years.map(async (y) => calendarYearCounts(y.year, await calendarQueries.daysOfYear(ctx.db, y.year))));
  }),

  /** One year's days with their kind and weekday (empty when not covered), and whether chinese-days can fill it. */
  year: authedProcedure.input(z.object({ year })).query(async ({ ctx, input }) => {
    const rows = await calendarQueries.daysOfYear(ctx.db, input.year);
    const calendar = orDomainError(() => createCalendar(rows));
    return {
      year: input.year,
      covered: rows.length > 0,
      counts: calendarYearCounts(input.year, rows),
      days: rows.map((r) => calendar.day(r.date)),
      importable: chineseDaysHasYear(input.year),
    };
  }),

  /** The covered years and, when one is running short, the warning every console shows (R-DL-1). */
  status: authedProcedure.query(async ({ ctx }) => {
    const coveredYears = (await calendarQueries.coveredYears(ctx.db)).map((y) => y.year);
    const today = shanghaiDate(ctx.now.toISOString());
    return { today, coveredYears, warning: missingYearWarning(coveredYears, today) };
  }),

  /** Set how one day counts: ordinary working day, weekend, statutory holiday (named) or 调休上班. */
  setDay: adminProcedure
    .input(z.object({ date: dateText("日期"), kind: z.enum(DAY_KINDS, { error: "日期类型不正确" }), name: optionalText("名称", 20) }))
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.db.transaction(async (tx) => {
        const covered = (await calendarQueries.coveredYears(tx)).map((y) => y.year);
        const row = orDomainError(() => calendarDayFromEdit(input, covered));
        const before = await calendarQueries.upsertDay(tx, row);
        await appendAudit(tx, {
          districtId: ctx.unit.districtId,
          actorId: ctx.user.id,
          actorName: ctx.user.name,
          action: "calendar.setDay",
          entity: "calendar",
          entityId: row.date,
          before,
          after: row,
          at: ctx.now,
        });
        return row;
      });
      invalidateCalendar(ctx.db);
      return result;
    }),

  /** Fill (or refill) a year from the maintained chinese-days data, where the package has that year. */
  importYear: adminProcedure.input(z.object({ year })).mutation(async ({ ctx, input }) => {
    if (!chineseDaysHasYear(input.year)) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `节假日数据包（chinese-days）中还没有${input.year}年的节假日安排，请按国务院办公厅发布的${input.year}年部分节假日安排通知手工录入`,
      });
    }
    const counts = await ctx.db.transaction((tx) => replaceYearAudited(tx, ctx, input.year, calendarRowsForYear(input.year), "calendar.importYear", "chinese-days"));
    invalidateCalendar(ctx.db);
    return counts;
  }),

  /** Enter (or re-enter) a year by hand from the State Council's notice: holiday ranges and 调休上班 days. */
  addYear: adminProcedure
    .input(
      z.object({
        year,
        holidays: z
          .array(z.object({ from: dateText("假期开始日期"), to: dateText("假期结束日期"), name: nameText("假期名称") }), { error: "假期安排格式不正确" })
          .min(1, { error: "请至少填写一个法定节假日" })
          .max(20, { error: "假期不能超过20段" }),
        makeupDays: z.array(z.object({ date: dateText("调休上班日期"), name: nameText("调休上班说明").optional() }), { error: "调休上班日格式不正确" }).max(20, { error: "调休上班日不能超过20天" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const rows = orDomainError(() => calendarYearFromNotice(input.year, input));
      const counts = await ctx.db.transaction((tx) => replaceYearAudited(tx, ctx, input.year, rows, "calendar.addYear", "国务院办公厅节假日安排通知（手工录入）"));
      invalidateCalendar(ctx.db);
      return counts;
    }),
});
