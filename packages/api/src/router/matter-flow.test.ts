import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { matterEvents, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

async function agentFor(village: string, item: string) {
  return (await staffFor(db, village, item)).covering[0]!.username;
}

describe("handling, transfer and reply through the API", () => {
  it("R-FLW-1 R-FLW-2 a township item goes to the window that handles it and comes back; custody follows each hand-over", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-001");
    const { api, matterId } = await accepted(db, agent, "ZZ-001", MON);
    let m = await api.matter.get({ matterId });
    expect(m.available).toContain("transferToWindow");
    await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "transferToWindow", window: { id: "forged", name: "伪造窗口" } } });
    m = await api.matter.get({ matterId });
    expect(m.state.window?.name).toBe("计生窗口");
    expect(m.custodyLabel).toContain("代办员");

    // another window of the same centre does not see it; the right window receives, handles and returns
    const win = await callerAs(db, "mazhai-window1", at("2026-03-02", "15:00"));
    const other = await callerAs(db, "houzhai-window1", at("2026-03-02", "15:00"));
    expect(await codeOf(other.matter.get({ matterId }))).toBe("NOT_FOUND");
    await win.matter.act({ matterId, expectedVersion: m.version, command: { type: "receiveAtWindow" } });
    m = await win.matter.get({ matterId });
    expect(m.status).toBe("atWindow");
    expect(m.custodyLabel).toContain("计生窗口");
    const win2 = await callerAs(db, "mazhai-window1", at("2026-03-04"));
    await win2.matter.act({ matterId, expectedVersion: m.version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "生育服务证", number: "MZ2026-018" }] } });
    m = await win2.matter.get({ matterId });
    expect(m.available).toEqual(["returnFromWindow"]);
    await win2.matter.act({ matterId, expectedVersion: m.version, command: { type: "returnFromWindow" } });
    m = await api.matter.get({ matterId });
    expect(m.custodyLabel).toContain("代办员");
    expect(m.custody.map((c) => c.label)).toEqual(["受理", "窗口接收", "窗口返还结果"]);
  });

  it("R-FLW-1 a district item is taken to the approval centre with the agent's help, visit and result recorded", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-007");
    const { api, matterId, version } = await accepted(db, agent, "ZZ-007", MON);
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "submitToApprovalCenter", officerName: "区房管局窗口 王敏", note: "陪同申请人递交" } });
    let m = await api.matter.get({ matterId });
    expect(m.custodyLabel).toContain("区行政审批中心");
    const later = await callerAs(db, agent, at("2026-03-20"));
    await later.matter.act({ matterId, expectedVersion: m.version, command: { type: "complete", outcome: "approved", documents: [{ name: "廉租住房保障资格确认通知书" }] } });
    m = await later.matter.get({ matterId });
    await later.matter.act({ matterId, expectedVersion: m.version, command: { type: "collectFromApprovalCenter", officerName: "区房管局窗口 王敏" } });
    m = await later.matter.get({ matterId });
    expect(m.custodyLabel).toContain("代办员");
    expect(m.timeline.map((t) => t.type)).toEqual(["registered", "accepted", "submittedToApprovalCenter", "completed", "resultCollected"]);
  });

  it("R-FLW-3 R-FLW-4 completion, delivery and a good rating close the matter; custody ends with the applicant", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-012");
    const { api, matterId, version } = await accepted(db, agent, "ZZ-012", MON);
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
    await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
    let m = await api.matter.get({ matterId });
    expect(m.custodyLabel).toContain("申请人");
    await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "rate", level: "verySatisfied", comment: "办得快" } });
    m = await api.matter.get({ matterId });
    expect(m.state.rating?.level).toBe("verySatisfied");
    expect(m.deadline).toMatchObject({ kind: "closed", result: "onTime" });
  });

  it("R-FLW-4 a bad rating opens a follow-up due in 5 working days", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-012");
    const { api, matterId, version } = await accepted(db, agent, "ZZ-012", MON);
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
    await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
    await api.matter.act({ matterId, expectedVersion: version + 2, command: { type: "rate", level: "dissatisfied", comment: "等待时间长" } });
    const m = await api.matter.get({ matterId });
    expect(m.status).toBe("followUp");
    expect(m.state.followUp?.dueDate).toBe("2026-03-09");
  });

  it("R-FLW-5 an illegal transition is refused with a clear error and changes nothing", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-012");
    const { api, matterId, version } = await accepted(db, agent, "ZZ-012", MON);
    const [{ n: before }] = (await db.select({ n: count() }).from(matterEvents).where(eq(matterEvents.matterId, matterId))) as [{ n: number }];
    const err = await api.matter.act({ matterId, expectedVersion: version, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("尚未办结") });
    expect(await codeOf(api.matter.act({ matterId, expectedVersion: version, command: { type: "rate", level: "satisfied" } }))).toBe("BAD_REQUEST");
    const [{ n: after }] = (await db.select({ n: count() }).from(matterEvents).where(eq(matterEvents.matterId, matterId))) as [{ n: number }];
    expect(after).toBe(before);
    expect((await api.matter.get({ matterId })).version).toBe(version);
  });

  it("R-DL-3 a lawful pause moves the promised date by the paused working days and is shown on the matter", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-004");
    const { matterId, version } = await accepted(db, agent, "ZZ-004", MON);
    const d1 = await callerAs(db, agent, at("2026-03-03"));
    const before = (await d1.matter.get({ matterId })).state.promisedDate!;
    await expect(d1.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "holiday" as never } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await d1.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "siteSurvey", note: "入户调查家庭收入" } });
    const d2 = await callerAs(db, agent, at("2026-03-05"));
    const paused = await d2.matter.get({ matterId });
    expect(paused.state.pause?.reason).toBe("siteSurvey");
    expect(paused.available).toContain("resumeClock");
    await d2.matter.act({ matterId, expectedVersion: paused.version, command: { type: "resumeClock" } });
    const m = await d2.matter.get({ matterId });
    expect(m.state.pauses).toHaveLength(1);
    expect(m.state.promisedDate! > before).toBe(true);
    expect(m.timeline.at(-1)?.text).toContain("顺延");
  });

  it("R-DL-4 the queue lights matters green, yellow and red by working days left, and filters by light", async () => {
    const agent = await agentFor("xinghua", "ZZ-012");
    await accepted(db, agent, "ZZ-012", MON);
    const soon = await callerAs(db, agent, at("2026-03-03"));
    expect((await soon.matter.list()).every((r) => r.light === "yellow")).toBe(true);
    const late = await callerAs(db, agent, at("2026-03-10"));
    const red = await late.matter.list({ light: "red" });
    expect(red).toHaveLength(1);
    expect(red[0]?.remainingWorkdays).toBeLessThan(0);
    expect(await late.matter.list({ light: "green" })).toEqual([]);
    const fresh = await accepted(db, (await staffFor(db, "xinghua", "ZZ-004")).covering[0]!.username, "ZZ-004", at("2026-03-10"));
    const green = await fresh.api.matter.list({ light: "green" });
    expect(green.map((g) => g.id)).toEqual([fresh.matterId]);
  });

  it("R-SEC-1 a village agent sees neither another village's matters nor their queue", async () => {
    const agent = await agentFor("wangzhuang", "ZZ-012");
    const { matterId } = await accepted(db, agent, "ZZ-012", MON);
    const foreign = await callerAs(db, "liucun-1", MON);
    expect(await codeOf(foreign.matter.get({ matterId }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.matter.receipt({ matterId }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.matter.act({ matterId, expectedVersion: 2, command: { type: "complete", outcome: "approved" } }))).toBe("NOT_FOUND");
    expect((await foreign.matter.list()).map((r) => r.id)).not.toContain(matterId);
    expect(await codeOf((await callerAs(db, "houzhai-supervisor")).matter.get({ matterId }))).toBe("NOT_FOUND");
    expect(await codeOf((await callerAs(db, "mazhai-supervisor")).matter.get({ matterId }))).toBe("OK");
  });

  it("R-DL-2 a deadline that would fall in a year without calendar data is refused, naming the year; the queue still opens", async () => {
    const agent = await agentFor("gongrenlu", "ZZ-004");
    const { api, matterId } = await registered(db, agent, "ZZ-004", at("2026-12-21"));
    await expect(api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2027") });
    const ok = await accepted(db, agent, "ZZ-012", at("2026-12-21"));
    await db.update(matters).set({ promisedDate: "2027-01-08" }).where(eq(matters.id, ok.matterId));
    const rows = await ok.api.matter.list();
    expect(rows.find((r) => r.id === ok.matterId)).toMatchObject({ light: null });
    expect((await ok.api.matter.get({ matterId: ok.matterId })).id).toBe(ok.matterId);
  });
});
