import { z } from "zod";
import { daysBetween, isoDateSchema } from "@bianmin/domain";
import { orgQueries } from "@bianmin/db";
import { notFound } from "../errors";
import { assertCanSeeUnit } from "../scope";
import { districtProcedure, router, townshipProcedure } from "../trpc";
import { districtOverview, districtRange } from "../supervision/district-overview";
import { stationOpenMatters, supervisionRange, townshipOverview } from "../supervision/overview";

const rangeShape = { from: isoDateSchema("开始日期").optional(), to: isoDateSchema("结束日期").optional() };

/** A statistics range: from not after to, at most a year. */
function checkedRange<S extends z.ZodType<{ from?: string; to?: string }>>(schema: S): S {
  return schema
    .refine((r) => !r.from || !r.to || r.from <= r.to, { path: ["from"], error: "开始日期不能晚于结束日期" })
    .refine((r) => !r.from || !r.to || daysBetween(r.from, r.to) <= 366, { path: ["to"], error: "统计区间不能超过一年" });
}

const rangeInput = checkedRange(z.object(rangeShape)).optional();

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

  /** District: across townships — open matters by light, items and levels, handling time, ratings, complaints (default: this half-year). */
  districtOverview: districtProcedure
    .input(rangeInput)
    .query(({ ctx, input }) => districtOverview(ctx.db, ctx.unit.districtId, ctx.now, districtRange(ctx.now, input))),

  /** District: one township's supervision overview, as its centre sees it (a township of another district is refused). */
  township: districtProcedure
    .input(checkedRange(z.object({ townshipId: z.uuid({ error: "乡镇（街道）编号格式不正确" }), ...rangeShape })))
    .query(async ({ ctx, input }) => {
      const center = await orgQueries.townshipCenterOf(ctx.db, input.townshipId);
      if (!center) throw notFound("乡镇（街道）");
      assertCanSeeUnit(ctx.user, { districtId: center.center.districtId, townshipId: input.townshipId });
      const { townshipId, ...range } = input;
      return { townshipName: center.townshipName, ...(await townshipOverview(ctx.db, townshipId, ctx.now, supervisionRange(ctx.now, range))) };
    }),
});
