import { z } from "zod";
import { appendAudit, notificationQueries } from "@bianmin/db";
import { notFound } from "../errors";
import { authedProcedure, router } from "../trpc";

/** In-app notifications (R-DL-5): every signed-in user reads and marks only their own. */

const listInput = z
  .object({
    page: z.number({ error: "页码必须是数字" }).int({ error: "页码必须是整数" }).min(1, { error: "页码至少为1" }).max(10_000, { error: "页码过大" }).default(1),
    pageSize: z.number({ error: "每页条数必须是数字" }).int({ error: "每页条数必须是整数" }).min(1, { error: "每页至少1条" }).max(100, { error: "每页最多100条" }).default(20),
    unreadFirst: z.boolean({ error: "未读优先必须是是或否" }).default(false),
  })
  .default({ page: 1, pageSize: 20, unreadFirst: false });

const ids = z
  .array(z.uuid({ error: "通知编号格式不正确" }), { error: "通知编号必须是列表" })
  .min(1, { error: "请选择要标记为已读的通知" })
  .max(200, { error: "一次最多标记200条通知" });

export const notificationRouter = router({
  /** My notifications, newest first (unread first when asked), one page at a time. */
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const { rows, total } = await notificationQueries.notificationsOf(ctx.db, ctx.user.id, {
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
      unreadFirst: input.unreadFirst,
    });
    return { rows, total, page: input.page, pageSize: input.pageSize, pages: Math.max(1, Math.ceil(total / input.pageSize)) };
  }),

  /** How many of my notifications are unread (the bell in the header). */
  unreadCount: authedProcedure.query(({ ctx }) => notificationQueries.unreadCount(ctx.db, ctx.user.id)),

  /** Mark some of my notifications read; an id that is not mine is refused and nothing changes. */
  markRead: authedProcedure.input(z.object({ ids })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const wanted = [...new Set(input.ids)];
      const mine = await notificationQueries.ownNotificationIds(tx, ctx.user.id, wanted);
      if (mine.length !== wanted.length) throw notFound("通知");
      const marked = await notificationQueries.markRead(tx, ctx.user.id, wanted, ctx.now);
      if (marked.length > 0) {
        await appendAudit(tx, { districtId: ctx.user.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "notification.read", entity: "user", entityId: ctx.user.id, after: { ids: marked.map((m) => m.id) }, at: ctx.now });
      }
      return { marked: marked.length };
    }),
  ),

  /** Mark all my notifications read. */
  markAllRead: authedProcedure.mutation(({ ctx }) =>
    ctx.db.transaction(async (tx) => {
      const marked = await notificationQueries.markAllRead(tx, ctx.user.id, ctx.now);
      if (marked.length > 0) {
        await appendAudit(tx, { districtId: ctx.user.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "notification.readAll", entity: "user", entityId: ctx.user.id, after: { count: marked.length }, at: ctx.now });
      }
      return { marked: marked.length };
    }),
  ),
});
