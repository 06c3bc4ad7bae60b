import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

/** A village-level matter completed, delivered and rated at `ratedAt` with the given level. */
async function rated(village: string, level: "dissatisfied" | "veryDissatisfied" | "satisfied", ratedAt = MON) {
  const agent = (await staffFor(db, village, "ZZ-012")).covering[0]!.username;
  const { api, matterId, version } = await accepted(db, agent, "ZZ-012", ratedAt);
  await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
  await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
  const r = await api.matter.act({ matterId, expectedVersion: version + 2, command: { type: "rate", level, comment: "来回跑了三趟" } });
  return { agent, api, matterId, version: r.version };
}

const STEPS = [
  { step: "callBack", text: "电话回访申请人，了解到代办员未一次性告知所需材料。" },
  { step: "rectification", text: "约谈代办员，站内张贴一次性告知清单。" },
  { step: "result", text: "代办员已整改，清单已张贴。" },
  { step: "applicantView", text: "申请人对整改表示满意。" },
] as const;

describe("follow-ups of bad ratings (整改回访)", () => {
  it("R-FLW-4 a 不满意 rating opens a follow-up the township centre sees; its staff record the call-back, rectification, result and the applicant's view in order, then close it", async () => {
    const { matterId } = await rated("wangzhuang", "dissatisfied");
    const staff = await callerAs(db, "mazhai-staff", at("2026-03-03"));
    let list = await staff.matter.followUps();
    const row = list.rows.find((r) => r.matterId === matterId);
    expect(row).toMatchObject({
      open: true,
      dueDate: "2026-03-09",
      days: 5,
      villageName: "王庄村",
      rating: { level: "dissatisfied", label: "不满意", comment: "来回跑了三趟" },
      steps: [],
      stepsTotal: 4,
      nextStepLabel: "回访",
      light: "green",
      remainingWorkdays: 4,
    });
    expect(list.counts).toMatchObject({ open: 1, overdue: 0, closed: 0 });

    // the matter page offers the follow-up acts to the centre, with the follow-up's own light
    let m = await staff.matter.get({ matterId });
    expect(m.status).toBe("followUp");
    expect(m.available).toEqual(["recordFollowUp"]);
    expect(m.followUpDeadline).toMatchObject({ kind: "open", light: "green", promisedDate: "2026-03-09" });

    // closing early or recording out of order is refused and changes nothing
    await expect(staff.matter.act({ matterId, expectedVersion: m.version, command: { type: "closeFollowUp" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("整改回访尚未完成") });
    await expect(staff.matter.act({ matterId, expectedVersion: m.version, command: { type: "recordFollowUp", step: "result", text: "已整改" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "应先记录「回访」，再记录「整改结果」" });
    expect((await staff.matter.get({ matterId })).version).toBe(m.version);

    // the staff and the supervisor record the steps
    const supervisor = await callerAs(db, "mazhai-supervisor", at("2026-03-04"));
    const staffLater = await callerAs(db, "mazhai-staff", at("2026-03-04"));
    let version = m.version;
    for (const [i, s] of STEPS.entries()) {
      const api = i % 2 === 0 ? staffLater : supervisor;
      version = (await api.matter.act({ matterId, expectedVersion: version, command: { type: "recordFollowUp", ...s } })).version;
    }
    list = await supervisor.matter.followUps({ filter: "open" });
    const recorded = list.rows.find((r) => r.matterId === matterId)!;
    expect(recorded.steps.map((s) => [s.label, s.text, s.byName])).toEqual([
      ["回访", STEPS[0].text, (await sessionUser(db, "mazhai-staff")).name],
      ["整改措施", STEPS[1].text, (await sessionUser(db, "mazhai-supervisor")).name],
      ["整改结果", STEPS[2].text, (await sessionUser(db, "mazhai-staff")).name],
      ["申请人对整改的意见", STEPS[3].text, (await sessionUser(db, "mazhai-supervisor")).name],
    ]);
    expect(recorded.nextStepLabel).toBeNull();
    expect((await supervisor.matter.get({ matterId })).available).toEqual(["closeFollowUp"]);

    // closed: the matter is archived, the follow-up leaves the open list and shows as closed on time
    await supervisor.matter.act({ matterId, expectedVersion: version, command: { type: "closeFollowUp", note: "整改到位" } });
    m = await supervisor.matter.get({ matterId });
    expect(m.status).toBe("closed");
    expect(m.available).toEqual([]);
    expect(m.followUpDeadline).toMatchObject({ kind: "closed", result: "onTime" });
    expect((await db.select({ due: matters.followUpDue }).from(matters).where(eq(matters.id, matterId)))[0]!.due).toBeNull();
    list = await supervisor.matter.followUps();
    expect(list.rows.find((r) => r.matterId === matterId)).toMatchObject({ open: false, closedOn: "2026-03-04", light: "onTime" });
    expect((await supervisor.matter.followUps({ filter: "open" })).rows.map((r) => r.matterId)).not.toContain(matterId);
    expect((await supervisor.matter.followUps({ filter: "closed" })).rows.map((r) => r.matterId)).toContain(matterId);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, matterId)).orderBy(asc(auditLog.id));
    expect(audits.slice(-5).map((a) => a.action)).toEqual([...STEPS.map(() => "matter.recordFollowUp"), "matter.closeFollowUp"]);

    // a closed follow-up drops off the list after 30 days; a good rating never opens one
    expect((await (await callerAs(db, "mazhai-staff", at("2026-04-20"))).matter.followUps()).rows.map((r) => r.matterId)).not.toContain(matterId);
    const good = await rated("wangzhuang", "satisfied");
    expect((await staff.matter.followUps()).rows.map((r) => r.matterId)).not.toContain(good.matterId);
  });

  it("R-FLW-4 a follow-up past its due date (working days) is red in the list and on the matter page, and listed as overdue", async () => {
    const { matterId } = await rated("zhangli", "veryDissatisfied", at("2026-03-06"));
    // opened Friday 3-6: five working days → due Friday 3-13
    const due = await callerAs(db, "mazhai-supervisor", at("2026-03-13"));
    expect((await due.matter.followUps()).rows.find((r) => r.matterId === matterId)).toMatchObject({ dueDate: "2026-03-13", light: "yellow", remainingWorkdays: 0 });
    expect((await due.matter.followUps({ filter: "overdue" })).rows.map((r) => r.matterId)).not.toContain(matterId);
    // past the due date it is red, a weekend included…
    const sat = await callerAs(db, "mazhai-supervisor", at("2026-03-14"));
    expect((await sat.matter.followUps()).rows.find((r) => r.matterId === matterId)).toMatchObject({ light: "red" });
    // …and the lateness counts working days: Monday 3-16 is one working day late
    const late = await callerAs(db, "mazhai-supervisor", at("2026-03-16"));
    const list = await late.matter.followUps({ filter: "overdue" });
    expect(list.rows.find((r) => r.matterId === matterId)).toMatchObject({ open: true, light: "red", remainingWorkdays: -1 });
    expect(list.counts.overdue).toBeGreaterThanOrEqual(1);
    expect((await late.matter.get({ matterId })).followUpDeadline).toMatchObject({ kind: "open", light: "red" });
  });

  it("R-FLW-4 R-SEC-1 an agent cannot record follow-up steps or read the township's list; another township neither sees nor acts on the follow-up", async () => {
    const { agent, api, matterId, version } = await rated("mazhaicun", "dissatisfied");
    await expect(api.matter.act({ matterId, expectedVersion: version, command: { type: "recordFollowUp", step: "callBack", text: "代办员自己回访" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "代办员不能记录整改回访",
    });
    expect((await api.matter.get({ matterId })).available).toEqual([]);
    expect(await codeOf(api.matter.followUps())).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, agent.replace(/-\d+$/, "-head"), MON)).matter.followUps())).toBe("FORBIDDEN");

    const foreign = await callerAs(db, "houzhai-staff", MON);
    expect((await foreign.matter.followUps()).rows.map((r) => r.matterId)).not.toContain(matterId);
    expect(await codeOf(foreign.matter.get({ matterId }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.matter.act({ matterId, expectedVersion: version, command: { type: "recordFollowUp", step: "callBack", text: "越权回访" } }))).toBe("NOT_FOUND");
    expect((await db.select({ version: matters.version }).from(matters).where(eq(matters.id, matterId)))[0]!.version).toBe(version);
    expect((await (await callerAs(db, "mazhai-staff", MON)).matter.followUps()).rows.map((r) => r.matterId)).toContain(matterId);
  });

  it("R-FLW-4 bad input: an unknown filter, an empty step record", async () => {
    const { matterId, version } = await rated("wangzhuang", "dissatisfied");
    const staff = await callerAs(db, "mazhai-staff", MON);
    await expect(staff.matter.followUps({ filter: "late" as never })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("整改回访筛选不正确") });
    await expect(staff.matter.act({ matterId, expectedVersion: version, command: { type: "recordFollowUp", step: "callBack", text: "  " } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("整改回访记录") });
    expect((await staff.matter.get({ matterId })).version).toBe(version);
  });
});
