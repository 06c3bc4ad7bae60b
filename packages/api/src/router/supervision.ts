import { z } from "zod";
import { daysBetween, isoDateSchema } from "@bianmin/domain";
import { router, townshipProcedure } from "../trpc";
import { stationOpenMatters, supervisionRange, townshipOverview } from "../supervision/overview";

const rangeInput = z
  .object({ from: isoDateSchema("开始日期").optional(), to: isoDateSchema("结束日期").optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { path: ["from"], error: "开始日期不能晚于结束日期" })
  .refine((r) => !r.from || !r.to || daysBetween(r.from, r.to) <= 366, { path: ["to"], error: "统计区间不能超过一年" })
  .optional();

/** The township centre's daily supervision of its villages (R-SUP-1). */
export const supervisionRouter = router({
  /** Per village: open matters by light, overdue list, ratings, complaints, follow-ups, attendance, standardisation. */
  overview: townshipProcedure
    .input(rangeInput)
    .query(({ ctx, input }) => townshipOverview(ctx.db, ctx.unit.townshipId, ctx.now, supervisionRange(ctx.now, input))),

  /** Drill-down: one station's open matters with today's lights (another township's station is not found). */
  stationMatters: townshipProcedure
    .input(z.object({ stationId: z.uuid({ error: "代办站编号格式不正确" }) }))
    .query(({ ctx, input }) => stationOpenMatters(ctx.db, ctx.unit.townshipId, input.stationId, ctx.now)),
});
