import { z } from "zod";
import { MATTER_STATUSES, itemCodeSchema, matterCommandSchema, registerCommandSchema } from "@bianmin/domain";
import { matterQueries, townshipMatterQueries } from "@bianmin/db";
import { actOnMatter, registerMatter, visibleMatter } from "../matters/service";
import { followUpList, windowInbox } from "../matters/township";
import { decisionNoticeData, matterDetail, receiptData, supplementNoticeData, withLights } from "../matters/views";
import { authedProcedure, router, townshipProcedure, villageProcedure } from "../trpc";

const matterId = z.uuid({ error: "事项编号格式不正确" });
const userId = (label: string) => z.uuid({ error: `${label}格式不正确` });

export const matterRouter = router({
  /** 登记 at the counter; the idempotency key is made once per wizard, so a retry returns the same matter. */
  register: villageProcedure
    .input(z.object({ idempotencyKey: z.uuid({ error: "提交编号格式不正确，请刷新页面重试" }), command: registerCommandSchema }))
    .mutation(({ ctx, input }) => registerMatter(ctx, ctx.unit, input.idempotencyKey, input.command)),

  /** Every later act on a matter, against the version the caller saw (a stale version is a conflict). */
  act: authedProcedure
    .input(
      z.object({
        matterId,
        expectedVersion: z.number({ error: "版本号必须是数字" }).int().min(1).max(1_000_000),
        command: matterCommandSchema,
        responsibleAgentId: userId("归口代办员").optional(),
        toAgentId: userId("接收代办员").optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      actOnMatter(ctx, input.matterId, input.expectedVersion, input.command, { responsibleAgentId: input.responsibleAgentId, toAgentId: input.toAgentId }),
    ),

  /** The matter page. */
  get: authedProcedure.input(z.object({ matterId })).query(async ({ ctx, input }) => matterDetail(ctx, await visibleMatter(ctx, input.matterId))),

  /** My station's queue with lights, filtered by status, item, light and agent. */
  list: villageProcedure
    .input(
      z
        .object({
          statuses: z.array(z.enum(MATTER_STATUSES, { error: "办理状态不正确" })).max(20).optional(),
          itemCode: itemCodeSchema.optional(),
          light: z.enum(["green", "yellow", "red", "onTime", "late"], { error: "红黄绿灯筛选不正确" }).optional(),
          agentId: userId("代办员").optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      const rows = await matterQueries.stationMatters(ctx.db, ctx.unit.stationId, {
        statuses: input?.statuses,
        itemCode: input?.itemCode,
        responsibleAgentId: input?.agentId,
      });
      const lit = await withLights(ctx.db, rows, ctx.now);
      return input?.light ? lit.filter((r) => r.light === input.light) : lit;
    }),

  /** Matters accepted by a colleague for which I am the responsible agent and have not taken the materials yet. */
  handoverInbox: villageProcedure.query(async ({ ctx }) => {
    const rows = await matterQueries.stationMatters(ctx.db, ctx.unit.stationId, { handoverPendingFor: ctx.user.id });
    return withLights(ctx.db, rows, ctx.now);
  }),

  /** Township centre: the matters transferred to its windows (a window clerk: their window only), by tab, with lights (R-FLW-1). */
  windowInbox: townshipProcedure
    .input(
      z
        .object({
          group: z.enum(townshipMatterQueries.WINDOW_INBOX_GROUPS, { error: "窗口收件分类不正确" }).optional(),
          windowId: z.uuid({ error: "窗口格式不正确" }).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => windowInbox(ctx, ctx.unit.townshipId, input ?? {})),

  /** Township centre: open and recently closed follow-ups of bad ratings, overdue ones red (R-FLW-4). */
  followUps: townshipProcedure
    .input(z.object({ filter: z.enum(["open", "overdue", "closed"], { error: "整改回访筛选不正确" }).optional() }).optional())
    .query(({ ctx, input }) => followUpList(ctx, ctx.unit.townshipId, input?.filter)),

  receipt: authedProcedure.input(z.object({ matterId })).query(async ({ ctx, input }) => receiptData(ctx, await visibleMatter(ctx, input.matterId), ctx.publicUrl)),
  supplementNotice: authedProcedure.input(z.object({ matterId })).query(async ({ ctx, input }) => supplementNoticeData(ctx, await visibleMatter(ctx, input.matterId))),
  decisionNotice: authedProcedure.input(z.object({ matterId })).query(async ({ ctx, input }) => decisionNoticeData(ctx, await visibleMatter(ctx, input.matterId))),
});
