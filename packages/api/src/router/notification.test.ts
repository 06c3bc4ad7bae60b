import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, notificationQueries, notifications } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const NOW = "2026-03-06T10:00:00+08:00";

/** Notifications for a user, created a minute apart in the order given (the last is the newest). */
async function notify(username: string, ...levels: ("yellow" | "red")[]) {
  const u = await sessionUser(db, username);
  const rows = await notificationQueries.insertNotifications(
    db,
    levels.map((level, i) => ({
      districtId: u.districtId,
      userId: u.id,
      level,
      title: level === "red" ? "事项已超过办结期限" : "事项临近办结期限",
      body: `第${i + 1}条`,
      createdAt: new Date(Date.parse("2026-03-05T08:00:00+08:00") + i * 60_000),
    })),
  );
  return rows.map((r) => r.id);
}

describe("notifications (R-DL-5)", () => {
  let staffIds: string[] = [];
  let otherIds: string[] = [];

  beforeAll(async () => {
    staffIds = await notify("mazhai-staff", "yellow", "yellow", "red");
    otherIds = await notify("houzhai-staff", "red");
  });

  it("R-DL-5 a user lists only their own notifications, newest first, by page, and sees the unread count", async () => {
    const staff = await callerAs(db, "mazhai-staff", NOW);
    const list = await staff.notification.list();
    expect(list.rows.map((r) => r.body)).toEqual(["第3条", "第2条", "第1条"]);
    expect(list.rows[0]).toMatchObject({ level: "red", title: "事项已超过办结期限", readAt: null });
    expect(list).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(await staff.notification.unreadCount()).toBe(3);

    const page2 = await staff.notification.list({ page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 3, pages: 2 });
    expect(page2.rows.map((r) => r.body)).toEqual(["第1条"]);

    // another township's user sees only theirs
    const other = await callerAs(db, "houzhai-staff", NOW);
    expect((await other.notification.list()).rows.map((r) => r.id)).toEqual(otherIds);
    expect(await other.notification.unreadCount()).toBe(1);
    // a user without any
    expect(await (await callerAs(db, "erqi-admin", NOW)).notification.unreadCount()).toBe(0);
  });

  it("R-DL-5 marking read changes only the caller's own notifications; another user's id is refused and nothing changes", async () => {
    const staff = await callerAs(db, "mazhai-staff", NOW);
    expect(await codeOf(staff.notification.markRead({ ids: [staffIds[0]!, otherIds[0]!] }))).toBe("NOT_FOUND");
    expect(await staff.notification.unreadCount()).toBe(3);
    expect(await (await callerAs(db, "houzhai-staff", NOW)).notification.unreadCount()).toBe(1);

    expect(await staff.notification.markRead({ ids: [staffIds[0]!, staffIds[0]!] })).toEqual({ marked: 1 });
    expect(await staff.notification.unreadCount()).toBe(2);
    const [row] = await db.select().from(notifications).where(eq(notifications.id, staffIds[0]!));
    expect(row!.readAt).toEqual(new Date(NOW));
    const me = await sessionUser(db, "mazhai-staff");
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, "notification.read"), eq(auditLog.entityId, me.id)));
    expect(audits.map((a) => a.after)).toEqual([{ ids: [staffIds[0]] }]);

    // marking it again is harmless
    expect(await staff.notification.markRead({ ids: [staffIds[0]!] })).toEqual({ marked: 0 });

    // unread first puts the two unread ones before the read one
    const list = await staff.notification.list({ unreadFirst: true });
    expect(list.rows.map((r) => r.body)).toEqual(["第3条", "第2条", "第1条"]);
    expect(list.rows.map((r) => r.readAt === null)).toEqual([true, true, false]);
  });

  it("R-DL-5 mark all read touches only the caller's notifications", async () => {
    const staff = await callerAs(db, "mazhai-staff", NOW);
    expect(await staff.notification.markAllRead()).toEqual({ marked: 2 });
    expect(await staff.notification.unreadCount()).toBe(0);
    expect(await staff.notification.markAllRead()).toEqual({ marked: 0 });
    expect(await (await callerAs(db, "houzhai-staff", NOW)).notification.unreadCount()).toBe(1);
  });

  it("R-DL-5 bad input is refused in Chinese naming the field, and signing in is required", async () => {
    const staff = await callerAs(db, "mazhai-staff", NOW);
    await expect(staff.notification.markRead({ ids: ["x"] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("通知编号格式不正确") });
    await expect(staff.notification.markRead({ ids: [] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("请选择要标记为已读的通知") });
    await expect(staff.notification.list({ pageSize: 1000 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("每页最多100条") });
    const anon = await callerAs(db, null, NOW);
    expect(await codeOf(anon.notification.unreadCount())).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.notification.markAllRead())).toBe("UNAUTHORIZED");
  });
});
