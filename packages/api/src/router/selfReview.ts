import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, orgQueries, selfReviews } from "@bianmin/db";
import { daysInMonth, parsePeriodKey, periodContaining, previousPeriod, shanghaiDate } from "@bianmin/domain";
import type { Period } from "@bianmin/domain";
import { orDomainError } from "../matters/errors";
import { router, villageProcedure , stationHeadProcedure } from "../trpc";

/**
 * 自我评议 (R-ASM-1, R-ASM-3): each staff member reviews their own work of the previous bimonthly period, at the
 * start of the next one. Until assessments are confirmed in the system, the window is: the previous period only,
 * editable until the end of the current period's first month.
 */

function windowAt(now: Date) {
  const today = shanghaiDate(now.toISOString());
  const current = periodContaining("bimonthly", today);
  const firstMonth = current.start.slice(0, 7);
  const deadline = `${firstMonth}-${String(daysInMonth(current.year, Number(firstMonth.slice(5, 7)))).padStart(2, "0")}`;
  return { period: previousPeriod(current), deadline, open: today <= deadline };
}

const periodOf = (p: Period) => ({ key: p.key, label: p.label, start: p.start, end: p.end });
const periodKey = z.string({ error: "考核期不能为空" }).regex(/^\d{4}-B[1-6]$/, { error: "考核期编号格式不正确（应如 2026-B5）" });

export const selfReviewRouter = router({
  /** My self-review of the previous period (or null), with the period and until when it can be written. */
  mine: villageProcedure.query(async ({ ctx }) => {
    const w = windowAt(ctx.now);
    const [review] = await ctx.db
      .select({ text: selfReviews.text, submittedAt: selfReviews.submittedAt, updatedAt: selfReviews.updatedAt })
      .from(selfReviews)
      .where(and(eq(selfReviews.userId, ctx.user.id), eq(selfReviews.periodKey, w.period.key)));
    return { period: periodOf(w.period), deadline: w.deadline, open: w.open, review: review ?? null };
  }),

  /** Write or rewrite my self-review (20–2000 characters) while the window is open. */
  submit: villageProcedure
    .input(
      z.object({
        periodKey,
        text: z.string({ error: "评议内容不能为空" }).trim().min(20, { error: "评议内容至少20个字" }).max(2000, { error: "评议内容不能超过2000个字" }),
      }),
    )
    .mutation(({ ctx, input }) => {
      const w = windowAt(ctx.now);
      if (input.periodKey !== w.period.key) throw new TRPCError({ code: "BAD_REQUEST", message: `考核期：现在只能提交${w.period.label}的自我评议` });
      if (!w.open) throw new TRPCError({ code: "BAD_REQUEST", message: `${w.period.label}的自我评议已于${w.deadline}截止` });
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(selfReviews).where(and(eq(selfReviews.userId, ctx.user.id), eq(selfReviews.periodKey, input.periodKey))).for("update");
        const [row] = await tx
          .insert(selfReviews)
          .values({ ...ctx.unit, userId: ctx.user.id, periodKey: input.periodKey, text: input.text, submittedAt: ctx.now, updatedAt: ctx.now })
          .onConflictDoUpdate({ target: [selfReviews.userId, selfReviews.periodKey], set: { text: input.text, updatedAt: ctx.now } })
          .returning();
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "selfReview.submit", entity: "selfReview", entityId: row!.id, before: before ? { periodKey: before.periodKey, text: before.text } : null, after: { periodKey: row!.periodKey, text: row!.text }, at: ctx.now });
        return { periodKey: row!.periodKey, submittedAt: row!.submittedAt, updatedAt: row!.updatedAt };
      });
    }),

  /** The station head: every staff member's self-review of a period (default: the previous one). */
  station: stationHeadProcedure("只有站长可以查看本站的自我评议").input(z.object({ periodKey: periodKey.optional() }).optional()).query(async ({ ctx, input }) => {
    const period = input?.periodKey ? orDomainError(() => parsePeriodKey(input.periodKey!)) : windowAt(ctx.now).period;
    const staff = await orgQueries.stationStaff(ctx.db, ctx.unit.stationId);
    const reviews = staff.length
      ? await ctx.db.select().from(selfReviews).where(and(eq(selfReviews.periodKey, period.key), inArray(selfReviews.userId, staff.map((s) => s.userId))))
      : [];
    return {
      period: periodOf(period),
      staff: staff.map((s) => {
        const r = reviews.find((x) => x.userId === s.userId);
        return { userId: s.userId, name: s.name, isHead: s.isHead, review: r ? { text: r.text, submittedAt: r.submittedAt, updatedAt: r.updatedAt } : null };
      }),
    };
  }),
});
