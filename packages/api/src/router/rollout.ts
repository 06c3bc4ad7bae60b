import { z } from "zod";
import { appendAudit, rolloutQueries } from "@bianmin/db";
import { assertTargetFits, isoDateSchema, requiredText, shanghaiDate } from "@bianmin/domain";
import { notFound } from "../errors";
import { orDomainError } from "../matters/errors";
import { districtRollout, districtRolloutSeriesOf, townshipRollout } from "../rollout/report";
import { districtProcedure, router, townshipProcedure, districtAdminProcedure } from "../trpc";

/** 建设进度 (R-ORG-6): the share of villages with an operating station against the district's dated targets. */

const onInput = z.object({ on: isoDateSchema("查询日期").optional() }).optional();
const campaign = requiredText("建设活动名称", 60);

/** Only the district's system administrator maintains the targets. */
const adminProcedure = districtAdminProcedure("只有系统管理员可以维护建设目标");

export const rolloutRouter = router({
  /** Township: my township's progress on a date (default today), my villages and the share over time. */
  township: townshipProcedure.input(onInput).query(({ ctx, input }) => {
    const today = shanghaiDate(ctx.now.toISOString());
    return townshipRollout(ctx.db, ctx.unit, today, input?.on ?? today);
  }),

  /** District: progress of the district and of every township on a date, the targets in force and next, who is behind. */
  report: districtProcedure.input(onInput).query(async ({ ctx, input }) => {
    const today = shanghaiDate(ctx.now.toISOString());
    const report = await districtRollout(ctx.db, ctx.unit.districtId, today, input?.on ?? today);
    return { ...report, mayManage: ctx.user.role === "districtAdmin" };
  }),

  /**
   * District: progress over time, per township and district-wide, within one campaign's span, over the whole
   * history (campaign null), or by default within the campaign around `on` (default today).
   */
  series: districtProcedure
    .input(z.object({ campaign: campaign.nullable().optional(), on: isoDateSchema("查询日期").optional() }).optional())
    .query(({ ctx, input }) => districtRolloutSeriesOf(ctx.db, ctx.unit.districtId, shanghaiDate(ctx.now.toISOString()), input ?? {})),

  /** District: the dated targets, earliest first. */
  targets: districtProcedure.query(({ ctx }) => rolloutQueries.targetsOfDistrict(ctx.db, ctx.unit.districtId)),

  /** Admin: add a dated target to a campaign (a later target of the campaign may not ask for less). */
  addTarget: adminProcedure
    .input(
      z.object({
        campaign,
        date: isoDateSchema("目标日期"),
        percent: z.number({ error: "目标比例必须是数字" }).int({ error: "目标比例须为整数" }).min(1, { error: "目标比例不能小于1%" }).max(100, { error: "目标比例不能大于100%" }),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const existing = await rolloutQueries.targetsOfDistrict(tx, ctx.unit.districtId);
        orDomainError(() => assertTargetFits(existing, input));
        const row = await rolloutQueries.insertTarget(tx, ctx.unit.districtId, input, ctx.now);
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "rollout.addTarget", entity: "rolloutTarget", entityId: row.id, after: row, at: ctx.now });
        return row;
      }),
    ),

  /** Admin: remove one of the district's targets. */
  removeTarget: adminProcedure.input(z.object({ id: z.uuid({ error: "建设目标编号格式不正确" }) })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await rolloutQueries.deleteTarget(tx, ctx.unit.districtId, input.id);
      if (!row) throw notFound("建设目标");
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "rollout.removeTarget", entity: "rolloutTarget", entityId: row.id, before: row, at: ctx.now });
      return row;
    }),
  ),
});
