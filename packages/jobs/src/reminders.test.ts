import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, matters, notifications, reminders, smsOutbox, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { APPLICANT, accepted, staffFor } from "@bianmin/api/fixtures";
import { sessionUser } from "@bianmin/api/testing";
import { scanReminders } from "./reminders";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+08:00`);

/** The active staff and supervisors of a township centre, as the users table has them. */
async function centreOf(townshipId: string) {
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(and(eq(users.townshipId, townshipId), inArray(users.role, ["townshipStaff", "townshipSupervisor"]), eq(users.active, true)));
  return rows;
}

async function remindersOf(matterId: string) {
  return db.select().from(reminders).where(eq(reminders.matterId, matterId)).orderBy(asc(reminders.firedAt));
}
async function notificationsOf(reminderId: string) {
  return db.select().from(notifications).where(eq(notifications.reminderId, reminderId));
}
async function smsOf(notificationIds: string[]) {
  return notificationIds.length ? db.select().from(smsOutbox).where(inArray(smsOutbox.notificationId, notificationIds)) : [];
}
async function totals() {
  const [r, n, s] = await Promise.all([db.$count(reminders), db.$count(notifications), db.$count(smsOutbox)]);
  return { reminders: r, notifications: n, sms: s };
}

describe("reminder scans (R-DL-5)", () => {
  let matterId = "";
  let agentId = "";
  let townshipId = "";

  it("R-DL-5 a matter that turns yellow is reminded once: its responsible agent and every township centre user get a notification and an SMS", async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-001")).covering[0]!.username;
    ({ matterId } = await accepted(db, agent, "ZZ-001", "2026-03-02T10:00:00+08:00"));
    const [row] = await db.select().from(matters).where(eq(matters.id, matterId));
    expect(row!.promisedDate).toBe("2026-03-09");
    agentId = (await sessionUser(db, agent)).id;
    expect(row!.responsibleAgentId).toBe(agentId);
    townshipId = row!.townshipId;

    // green on Wednesday (3 working days left): nothing
    const green = await scanReminders(db, at("2026-03-04"));
    expect(green.fired.filter((f) => f.matterId === matterId)).toEqual([]);
    expect(await remindersOf(matterId)).toEqual([]);

    // yellow on Thursday (2 working days left)
    const scan = await scanReminders(db, at("2026-03-05", "08:00"));
    expect(scan.fired).toEqual([{ matterId, subject: "deadline", level: "yellow" }]);
    const [reminder, ...more] = await remindersOf(matterId);
    expect(more).toEqual([]);
    expect(reminder).toMatchObject({ subject: "deadline", level: "yellow", townshipId, stationId: row!.stationId, firedAt: at("2026-03-05", "08:00") });

    const centre = await centreOf(townshipId);
    expect(centre.map((u) => u.username)).toEqual(expect.arrayContaining(["mazhai-staff", "mazhai-supervisor", "mazhai-window1"]));
    const notes = await notificationsOf(reminder!.id);
    expect(notes.map((n) => n.userId).sort()).toEqual([agentId, ...centre.map((u) => u.id)].sort());
    for (const n of notes) {
      expect(n).toMatchObject({ matterId, level: "yellow", title: "事项临近办结期限", readAt: null });
      expect(n.body).toBe(`王庄村：${row!.itemName}（${row!.receiptNo}，申请人刘某）承诺3月9日办结，剩2个工作日，请及时办理。`);
    }
    expect(scan.notifications).toBe(notes.length);

    // nobody of another township is told
    const houzhai = await sessionUser(db, "houzhai-staff");
    expect(await db.$count(notifications, eq(notifications.userId, houzhai.id))).toBe(0);

    // one SMS per person told (every seeded user has a phone), short and with the surname only
    const sms = await smsOf(notes.map((n) => n.id));
    expect(sms).toHaveLength(notes.length);
    expect(scan.sms).toBe(sms.length);
    const phones = await db.select({ id: users.id, phone: users.phone }).from(users).where(inArray(users.id, notes.map((n) => n.userId)));
    expect(sms.map((s) => s.phone).sort()).toEqual(phones.map((p) => p.phone).sort());
    for (const s of sms) {
      expect(s).toMatchObject({ status: "pending", attempts: 0, sentAt: null });
      expect(s.text).toBe(`【二七区便民服务】事项${row!.receiptNo}（王庄村，申请人刘某）将于3月9日到期，请及时办理`);
      expect(s.text).not.toContain(APPLICANT.idNumber);
      expect(s.text).not.toContain(APPLICANT.name);
      expect(s.text).not.toContain(APPLICANT.phone);
    }

    // the firing is audited
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "reminder.fire"), eq(auditLog.entityId, reminder!.id)));
    expect(audit).toMatchObject({ actorId: null, entity: "reminder", after: { matterId, subject: "deadline", level: "yellow", sms: sms.length } });
  });

  it("R-DL-5 scanning again, or twice at the same moment, fires nothing twice", async () => {
    const before = await totals();
    const again = await scanReminders(db, at("2026-03-05", "08:01"));
    expect(again.fired).toEqual([]);
    const both = await Promise.all([scanReminders(db, at("2026-03-06")), scanReminders(db, at("2026-03-06"))]);
    expect(both.flatMap((r) => r.fired)).toEqual([]);
    expect(await totals()).toEqual(before);
  });

  it("R-DL-5 two concurrent scans of a newly yellow matter fire it exactly once", async () => {
    const agent = (await staffFor(db, "zhangli", "ZZ-001")).covering[0]!.username;
    const { matterId: other } = await accepted(db, agent, "ZZ-001", "2026-03-03T10:00:00+08:00"); // promised 03-10, yellow from 03-06
    const before = await totals();
    const [a, b] = await Promise.all([scanReminders(db, at("2026-03-06", "09:00")), scanReminders(db, at("2026-03-06", "09:00"))]);
    expect([...a.fired, ...b.fired]).toEqual([{ matterId: other, subject: "deadline", level: "yellow" }]);
    const [reminder] = await remindersOf(other);
    const notes = await notificationsOf(reminder!.id);
    expect(await totals()).toEqual({ reminders: before.reminders + 1, notifications: before.notifications + notes.length, sms: before.sms + notes.length });
    expect(a.notifications + b.notifications).toBe(notes.length);
  });

  it("R-DL-5 once overdue the matter is reminded again, red", async () => {
    const scan = await scanReminders(db, at("2026-03-10", "00:05"));
    expect(scan.fired).toContainEqual({ matterId, subject: "deadline", level: "red" });
    const rows = await remindersOf(matterId);
    expect(rows.map((r) => r.level)).toEqual(["yellow", "red"]);
    const notes = await notificationsOf(rows[1]!.id);
    expect(notes.map((n) => n.userId)).toContain(agentId);
    expect(notes.every((n) => n.level === "red" && n.title === "事项已超过办结期限")).toBe(true);
    expect((await smsOf(notes.map((n) => n.id)))[0]!.text).toContain("已于3月9日到期，现已超期，请尽快办理");
    // and not a third time
    expect((await scanReminders(db, at("2026-03-11"))).fired.filter((f) => f.matterId === matterId)).toEqual([]);
  });

  it("R-DL-5 a completed matter gets no deadline reminder; its open follow-up past the due date (working days) gets a red one", async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    const { api, matterId: rated, version } = await accepted(db, agent, "ZZ-012", "2026-03-02T10:00:00+08:00");
    await api.matter.act({ matterId: rated, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
    await api.matter.act({ matterId: rated, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
    await api.matter.act({ matterId: rated, expectedVersion: version + 2, command: { type: "rate", level: "dissatisfied", comment: "来回跑了三趟" } });
    const [row] = await db.select().from(matters).where(eq(matters.id, rated));
    expect(row!.followUpDue).toBe("2026-03-09");

    // due Monday 03-09: on Sunday 03-08 it is not overdue yet (a rest day), on Tuesday 03-10 it is
    expect((await scanReminders(db, at("2026-03-08"))).fired.filter((f) => f.matterId === rated)).toEqual([{ matterId: rated, subject: "followUp", level: "yellow" }]);
    const scan = await scanReminders(db, at("2026-03-10"));
    expect(scan.fired.filter((f) => f.matterId === rated)).toEqual([{ matterId: rated, subject: "followUp", level: "red" }]);
    const rows = await remindersOf(rated);
    expect(rows.map((r) => [r.subject, r.level])).toEqual([
      ["followUp", "yellow"],
      ["followUp", "red"],
    ]);
    const notes = await notificationsOf(rows[1]!.id);
    expect(notes.map((n) => n.userId)).toContain((await sessionUser(db, agent)).id);
    expect(notes.map((n) => n.userId)).toContain((await sessionUser(db, "mazhai-supervisor")).id);
    expect(notes[0]!.title).toBe("差评整改回访已超期");
    expect((await smsOf(notes.map((n) => n.id)))[0]!.text).toContain("差评整改回访已于3月9日到期");
  });

  it("R-DL-5 with no responsible agent the first-contact agent is told; an inactive user is not", async () => {
    const agent = (await staffFor(db, "mazhaicun", "ZZ-001")).covering[0]!.username;
    const { matterId: m } = await accepted(db, agent, "ZZ-001", "2026-03-02T10:00:00+08:00");
    const first = (await sessionUser(db, agent)).id;
    await db.update(matters).set({ responsibleAgentId: null, firstContactAgentId: first }).where(eq(matters.id, m));
    const supervisor = await sessionUser(db, "mazhai-supervisor");
    await db.update(users).set({ active: false }).where(eq(users.id, supervisor.id));
    try {
      await scanReminders(db, at("2026-03-05"));
      const [reminder] = await remindersOf(m);
      const told = (await notificationsOf(reminder!.id)).map((n) => n.userId);
      expect(told).toContain(first);
      expect(told).not.toContain(supervisor.id);
      expect(told).toContain((await sessionUser(db, "mazhai-staff")).id);
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, supervisor.id));
    }
  });
});
