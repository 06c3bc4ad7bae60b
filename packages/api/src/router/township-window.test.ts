import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, matterEvents, matters, townships, users, windows } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
  await addWindowClerk("mazhai", 2, "mazhai-window2");
});

const MON = "2026-03-02T10:00:00+08:00";
const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

/** The seed gives each centre one window clerk (window 1); a clerk of another window of the same centre for the scope tests. */
async function addWindowClerk(townshipSlug: string, windowNumber: number, username: string) {
  const template = await sessionUser(db, `${townshipSlug}-window1`);
  const [w] = await db
    .select({ id: windows.id })
    .from(windows)
    .where(and(eq(windows.townshipId, template.townshipId!), eq(windows.number, windowNumber)));
  await db.insert(users).values({ username, passwordHash: "x", name: "民政窗口 周敏", phone: "13800000002", role: "townshipStaff", districtId: template.districtId, townshipId: template.townshipId, windowId: w!.id });
}

async function agentFor(village: string, item: string) {
  return (await staffFor(db, village, item)).covering[0]!.username;
}

/** A ZZ-001 matter accepted at a station and transferred to the 计生窗口 of its township. */
async function transferred(village: string, now = MON) {
  const agent = await agentFor(village, "ZZ-001");
  const { api, matterId, version } = await accepted(db, agent, "ZZ-001", now);
  const r = await api.matter.act({ matterId, expectedVersion: version, command: { type: "transferToWindow" } });
  return { agent, api, matterId, version: r.version };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("the township centre's window inbox", () => {
  it("R-FLW-1 R-FLW-2 a transferred township item: the window sees it, receives it (custody: the window), pauses and resumes with a lawful reason, handles it and returns the result (custody: the agent), who delivers it", async () => {
    const { agent, api, matterId } = await transferred("wangzhuang");
    const agentUser = await sessionUser(db, agent);
    const clerk = await sessionUser(db, "mazhai-window1");

    // 待接收 in the 计生窗口's inbox, with its light
    const win = await callerAs(db, "mazhai-window1", at("2026-03-02", "15:00"));
    let inbox = await win.matter.windowInbox();
    expect(inbox.ownWindow).toBe(true);
    expect(inbox.windows.map((w) => w.name)).toEqual(["计生窗口"]);
    expect(inbox.window).toMatchObject({ name: "计生窗口", number: 1 });
    const row = inbox.rows.find((r) => r.id === matterId);
    expect(row).toMatchObject({ status: "transferred", villageName: "王庄村", windowName: "计生窗口", itemCode: "ZZ-001", light: "green", custodyLabel: `代办员${agentUser.name}` });
    expect(row!.transferredAt).toEqual(new Date(MON));
    expect(ids((await win.matter.windowInbox({ group: "pending" })).rows)).toContain(matterId);
    expect(ids((await win.matter.windowInbox({ group: "handling" })).rows)).not.toContain(matterId);
    expect(inbox.counts.pending).toBe(1);

    // 窗口接收: the materials pass from the agent to the window, both sides named and timed
    let m = await win.matter.get({ matterId });
    expect(m.available).toEqual(["receiveAtWindow"]);
    await win.matter.act({ matterId, expectedVersion: m.version, command: { type: "receiveAtWindow" } });
    m = await win.matter.get({ matterId });
    expect(m.status).toBe("atWindow");
    expect(m.custodyLabel).toBe(`计生窗口（${clerk.name}）`);
    expect(m.custody.at(-1)).toMatchObject({ label: "窗口接收", from: `代办员${agentUser.name}`, to: `计生窗口（${clerk.name}）`, by: clerk.name, at: new Date(at("2026-03-02", "15:00")).toISOString() });
    expect(m.available).toEqual(expect.arrayContaining(["complete", "pauseClock"]));
    expect(m.available).not.toContain("returnFromWindow");
    inbox = await win.matter.windowInbox({ group: "handling" });
    expect(ids(inbox.rows)).toEqual([matterId]);
    expect(inbox.counts).toMatchObject({ pending: 0, handling: 1 });
    // the agent no longer holds the materials: they cannot deliver, pause or complete
    expect((await api.matter.get({ matterId })).available).toEqual([]);

    // a lawful pause at the window moves the promised date; the inbox shows it under 暂停计时
    const promised = m.state.promisedDate!;
    const tue = await callerAs(db, "mazhai-window1", at("2026-03-03"));
    await expect(tue.matter.act({ matterId, expectedVersion: m.version, command: { type: "pauseClock", reason: "holiday" as never } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await tue.matter.act({ matterId, expectedVersion: m.version, command: { type: "pauseClock", reason: "applicantSupplement", note: "结婚证复印件不清晰，请申请人补正" } });
    expect(ids((await tue.matter.windowInbox({ group: "paused" })).rows)).toEqual([matterId]);
    const thu = await callerAs(db, "mazhai-window1", at("2026-03-05"));
    m = await thu.matter.get({ matterId });
    expect(m.available).toContain("resumeClock");
    await thu.matter.act({ matterId, expectedVersion: m.version, command: { type: "resumeClock", note: "已补正" } });
    m = await thu.matter.get({ matterId });
    expect(m.state.promisedDate! > promised).toBe(true);

    // 办结 at the window, then 待返还
    await thu.matter.act({ matterId, expectedVersion: m.version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "生育服务证", number: "MZ2026-031" }] } });
    m = await thu.matter.get({ matterId });
    expect(m.available).toEqual(["returnFromWindow"]);
    expect(m.custodyLabel).toBe(`计生窗口（${clerk.name}）`);
    expect(ids((await thu.matter.windowInbox({ group: "toReturn" })).rows)).toEqual([matterId]);

    // 返还: custody back with the responsible agent
    await thu.matter.act({ matterId, expectedVersion: m.version, command: { type: "returnFromWindow", note: "证件及原件一并返还" } });
    m = await thu.matter.get({ matterId });
    expect(m.custodyLabel).toBe(`代办员${agentUser.name}`);
    expect(m.custody.map((c) => c.label)).toEqual(["受理", "窗口接收", "窗口返还结果"]);
    expect(m.custody.at(-1)).toMatchObject({ from: `计生窗口（${clerk.name}）`, to: `代办员${agentUser.name}`, by: clerk.name });
    expect(m.available).toEqual([]);
    inbox = await thu.matter.windowInbox({ group: "returned" });
    expect(inbox.rows.find((r) => r.id === matterId)).toMatchObject({ status: "completed", light: "onTime", returnedAt: new Date(at("2026-03-05")) });
    expect(inbox.counts).toMatchObject({ pending: 0, handling: 0, paused: 0, toReturn: 0, returned: 1 });

    // the agent sees it back and delivers it
    const back = await callerAs(db, agent, at("2026-03-05", "16:00"));
    m = await back.matter.get({ matterId });
    expect(m.status).toBe("completed");
    expect(m.available).toContain("deliver");
    await back.matter.act({ matterId, expectedVersion: m.version, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
    m = await back.matter.get({ matterId });
    expect(m.status).toBe("delivered");
    expect(m.timeline.map((t) => t.type)).toEqual(["registered", "accepted", "transferredToWindow", "receivedAtWindow", "clockPaused", "clockResumed", "completed", "resultReturned", "delivered"]);

    // every window act is an event by the clerk and an audit entry
    const events = await db.select().from(matterEvents).where(eq(matterEvents.matterId, matterId)).orderBy(asc(matterEvents.seq));
    expect(events.filter((e) => e.actorId === clerk.id).map((e) => e.type)).toEqual(["receivedAtWindow", "clockPaused", "clockResumed", "completed", "resultReturned"]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, matterId)).orderBy(asc(auditLog.id));
    expect(audits.filter((a) => a.actorId === clerk.id).map((a) => a.action)).toEqual(["matter.receiveAtWindow", "matter.pauseClock", "matter.resumeClock", "matter.complete", "matter.returnFromWindow"]);
  });

  it("R-SEC-1 R-FLW-1 another window of the same centre and another township's staff neither see the matter in their inbox nor open or act on it", async () => {
    const { matterId, version } = await transferred("zhangli");
    const otherWindow = await callerAs(db, "mazhai-window2", MON);
    const otherTownshipWindow = await callerAs(db, "houzhai-window1", MON);
    const otherTownshipStaff = await callerAs(db, "houzhai-staff", MON);
    const otherSupervisor = await callerAs(db, "huaihelu-supervisor", MON);

    const mine = await otherWindow.matter.windowInbox();
    expect(mine.window?.name).toBe("民政窗口");
    expect(ids(mine.rows)).not.toContain(matterId);
    for (const api of [otherTownshipWindow, otherTownshipStaff, otherSupervisor]) {
      expect(ids((await api.matter.windowInbox()).rows)).not.toContain(matterId);
    }
    for (const api of [otherWindow, otherTownshipWindow, otherTownshipStaff, otherSupervisor]) {
      const e = await api.matter.get({ matterId }).catch((x: Error) => x);
      expect(e).toMatchObject({ code: "NOT_FOUND" });
      expect(JSON.stringify(e)).not.toContain("生育服务");
      expect(await codeOf(api.matter.act({ matterId, expectedVersion: version, command: { type: "receiveAtWindow" } }))).toBe("NOT_FOUND");
    }
    // nothing changed
    expect((await db.select({ status: matters.status, version: matters.version }).from(matters).where(eq(matters.id, matterId)))[0]).toEqual({ status: "transferred", version });

    // a clerk cannot widen their inbox to another window, nor anyone to another township's window
    const clerk = await callerAs(db, "mazhai-window1", MON);
    const [houzhai] = await db.select({ id: townships.id }).from(townships).where(eq(townships.name, "侯寨乡"));
    const [foreignWindow] = await db.select({ id: windows.id }).from(windows).where(eq(windows.townshipId, houzhai!.id));
    expect(await codeOf(otherWindow.matter.windowInbox({ windowId: (await clerk.matter.windowInbox()).window!.id }))).toBe("NOT_FOUND");
    expect(await codeOf((await callerAs(db, "mazhai-staff", MON)).matter.windowInbox({ windowId: foreignWindow!.id }))).toBe("NOT_FOUND");
    // station staff have no window inbox
    expect(await codeOf((await callerAs(db, "zhangli-1", MON)).matter.windowInbox())).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, null, MON)).matter.windowInbox())).toBe("UNAUTHORIZED");
  });

  it("R-FLW-1 R-SEC-1 centre staff without a window see every window of their centre and may pick one; the township supervisor opens any matter of the township (drill-down) but not another township's", async () => {
    const { matterId } = await transferred("mazhaicun");
    const staff = await callerAs(db, "mazhai-staff", MON);
    const all = await staff.matter.windowInbox();
    expect(all.ownWindow).toBe(false);
    expect(all.window).toBeNull();
    expect(all.windows.map((w) => w.name)).toEqual(["计生窗口", "民政窗口", "社保窗口", "综合窗口"]);
    expect(all.rows.find((r) => r.id === matterId)).toMatchObject({ windowName: "计生窗口", villageName: "马寨村" });
    const jisheng = all.windows[0]!;
    const minzheng = all.windows[1]!;
    expect(ids((await staff.matter.windowInbox({ windowId: jisheng.id })).rows)).toContain(matterId);
    expect(ids((await staff.matter.windowInbox({ windowId: minzheng.id })).rows)).not.toContain(matterId);

    // a village-level matter never goes to a window, but the centre may open it
    const village = await accepted(db, await agentFor("mazhaicun", "ZZ-012"), "ZZ-012", MON);
    expect(ids(all.rows)).not.toContain(village.matterId);
    const supervisor = await callerAs(db, "mazhai-supervisor", MON);
    for (const id of [matterId, village.matterId]) {
      const m = await supervisor.matter.get({ matterId: id });
      expect(m.timeline.length).toBeGreaterThan(1);
      expect(m.available).toEqual([]);
    }
    expect(await codeOf((await callerAs(db, "houzhai-supervisor", MON)).matter.get({ matterId: village.matterId }))).toBe("NOT_FOUND");
    // a supervisor is not a window clerk: the window's acts are not theirs
    await expect(supervisor.matter.act({ matterId, expectedVersion: (await supervisor.matter.get({ matterId })).version, command: { type: "receiveAtWindow" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("不能接收传递的事项") });
  });

  it("R-FLW-1 bad input to the inbox is refused with a Chinese message naming the field", async () => {
    const clerk = await callerAs(db, "mazhai-window1", MON);
    await expect(clerk.matter.windowInbox({ group: "everything" as never })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("窗口收件分类不正确") });
    await expect(clerk.matter.windowInbox({ windowId: "1号窗口" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("窗口格式不正确") });
  });
});
