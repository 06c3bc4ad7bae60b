import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
const ids: Record<string, string> = {};
const MON = "2026-03-02T10:00:00+08:00";
const FRI = "2026-03-06T10:00:00+08:00";
const NEXT_MON = "2026-03-09T10:00:00+08:00";

async function agentFor(village: string, item: string) {
  return (await staffFor(db, village, item)).covering[0]!.username;
}

beforeAll(async () => {
  ({ db } = await freshDb());
  // 王庄村: one matter overdue, one near its deadline, one with time to spare
  const w = await agentFor("wangzhuang", "ZZ-012");
  ids.overdue = (await accepted(db, w, "ZZ-012", MON)).matterId; // 2 working days: due Wed 4 March
  ids.yellow = (await accepted(db, w, "ZZ-012", FRI)).matterId; // due Tue 10 March
  ids.green = (await accepted(db, await agentFor("wangzhuang", "ZZ-004"), "ZZ-004", FRI)).matterId; // 20 working days
  // 张李垌村: completed on time, delivered, rated 不满意 → a follow-up due in 5 working days
  const z = await accepted(db, await agentFor("zhangli", "ZZ-012"), "ZZ-012", MON);
  await z.api.matter.act({ matterId: z.matterId, expectedVersion: z.version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
  await z.api.matter.act({ matterId: z.matterId, expectedVersion: z.version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
  await z.api.matter.act({ matterId: z.matterId, expectedVersion: z.version + 2, command: { type: "rate", level: "dissatisfied", comment: "等待时间长" } });
  ids.rated = z.matterId;
  // and a major complaint escalated to the centre
  const head = await callerAs(db, "zhangli-head", MON);
  const c = await head.complaint.record({ channel: "hotline", content: "代办员索要好处费。", about: "station", major: true });
  await head.complaint.escalate({ complaintId: c.id, expectedVersion: c.version, note: "性质严重，请中心处理。" });
  // another township's matter, which 马寨镇 must never see
  ids.foreign = (await accepted(db, await agentFor("houzhaicun", "ZZ-012"), "ZZ-012", MON)).matterId;
});

describe("township supervision dashboard (督查总览)", () => {
  it("R-SUP-1 per village: open matters by light, overdue list, ratings, complaints, follow-ups, attendance and station status", async () => {
    const api = await callerAs(db, "mazhai-supervisor", NEXT_MON);
    const o = await api.supervision.overview();
    expect(o.range).toEqual({ from: "2026-03-01", to: "2026-03-09" });
    expect(o.workdays).toBe(6);
    expect(o.villages.map((v) => v.village.name)).toEqual(["马寨村", "王庄村", "张李垌村", "杨庄村", "新庄村"]);
    const by = Object.fromEntries(o.villages.map((v) => [v.village.name, v]));

    const wang = by["王庄村"]!;
    expect(wang.lights).toEqual({ green: 1, yellow: 1, red: 1 });
    expect(wang.health.light).toBe("red");
    expect(wang.health.reasons).toEqual(["1件事项超期", "1件事项临近期限"]);
    expect(wang.attendance).toMatchObject({ onDuty: 1, agents: 3, agentDays: 1 }); // one agent covers both items and clocked on once

    const zhang = by["张李垌村"]!;
    expect(zhang.lights).toEqual({ green: 0, yellow: 0, red: 0 });
    expect(zhang.ratings.counts.dissatisfied).toBe(1);
    expect(zhang.ratings).toMatchObject({ total: 1, bad: 1, satisfactionPercent: 0 });
    expect(zhang.completed).toBe(1);
    expect(zhang.completedOnTime).toBe(1);
    expect(zhang.followUps).toEqual({ open: 1, overdue: 0 });
    expect(zhang.complaints).toEqual({ received: 1, open: 1, escalated: 1 });
    expect(zhang.health.light).toBe("red");
    expect(zhang.health.reasons[0]).toBe("1件上报投诉待中心处理");

    expect(by["杨庄村"]!.station?.status).toBe("building");
    expect(by["杨庄村"]!.health.reasons).toContain("代办站建设中，尚未确认规范运行");
    expect(by["新庄村"]!.station).toBeNull();
    expect(by["新庄村"]!.health.reasons).toEqual(["尚未建站"]);
    expect(by["马寨村"]!.health).toMatchObject({ light: "yellow", reasons: ["当前无代办员签到在岗"] });

    expect(o.totals).toMatchObject({
      lights: { green: 1, yellow: 1, red: 1 },
      villages: 5,
      operatingStations: 3,
      followUps: { open: 1, overdue: 0 },
      complaints: { received: 1, open: 1, escalated: 1 },
    });
    expect(o.overdue.map((m) => [m.id, m.villageName, m.remainingWorkdays])).toEqual([[ids.overdue, "王庄村", -3]]);
    // 马寨镇 sees nothing of 侯寨乡
    expect(JSON.stringify(o)).not.toContain(ids.foreign);
  });

  it("R-SUP-1 R-FLW-4 a follow-up past its due date turns the village red", async () => {
    const api = await callerAs(db, "mazhai-staff", "2026-03-12T10:00:00+08:00");
    const zhang = (await api.supervision.overview()).villages.find((v) => v.village.name === "张李垌村")!;
    expect(zhang.followUps).toEqual({ open: 1, overdue: 1 });
    expect(zhang.health.reasons).toContain("1件差评整改回访超期");
  });

  it("R-SUP-1 a chosen range counts only the ratings and complaints inside it", async () => {
    const api = await callerAs(db, "mazhai-supervisor", NEXT_MON);
    const o = await api.supervision.overview({ from: "2026-03-03", to: "2026-03-09" });
    expect(o.totals.ratings.total).toBe(0);
    expect(o.totals.complaints.received).toBe(0);
    expect(o.totals.complaints.open).toBe(1); // still open, whenever received
    expect(o.totals.lights).toEqual({ green: 1, yellow: 1, red: 1 }); // lights are always of today
  });

  it("R-SUP-1 drill-down: a station's open matters with lights, each openable with its full history", async () => {
    const api = await callerAs(db, "mazhai-supervisor", NEXT_MON);
    const o = await api.supervision.overview();
    const wang = o.villages.find((v) => v.village.name === "王庄村")!;
    const d = await api.supervision.stationMatters({ stationId: wang.station!.id });
    expect(d.station.villageName).toBe("王庄村");
    expect(d.matters.map((m) => [m.id, m.light])).toEqual([
      [ids.overdue, "red"],
      [ids.yellow, "yellow"],
      [ids.green, "green"],
    ]);
    const m = await api.matter.get({ matterId: ids.overdue! });
    expect(m.timeline.map((t) => t.type)).toEqual(["registered", "accepted"]);
  });

  it("R-SUP-1 R-SEC-1 another township's supervisor sees only its own villages and cannot open this township's stations or matters", async () => {
    const houzhai = await callerAs(db, "houzhai-supervisor", NEXT_MON);
    const o = await houzhai.supervision.overview();
    expect(o.villages.map((v) => v.village.name)).not.toContain("王庄村");
    expect(o.overdue.map((m) => m.id)).toEqual([ids.foreign]);
    const mazhai = await callerAs(db, "mazhai-supervisor", NEXT_MON);
    const wangStation = (await mazhai.supervision.overview()).villages.find((v) => v.village.name === "王庄村")!.station!.id;
    expect(await codeOf(houzhai.supervision.stationMatters({ stationId: wangStation }))).toBe("NOT_FOUND");
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(await codeOf(houzhai.matter.get({ matterId: ids.overdue! })));
  });

  it("R-SEC-1 station staff and district users cannot open the township dashboard", async () => {
    for (const u of ["wangzhuang-1", "wangzhuang-head", "erqi-assessor"]) {
      const api = await callerAs(db, u, NEXT_MON);
      expect(await codeOf(api.supervision.overview())).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerAs(db, null, NEXT_MON)).supervision.overview())).toBe("UNAUTHORIZED");
  });

  it("R-SUP-1 a bad range is refused with a message naming the field", async () => {
    const api = await callerAs(db, "mazhai-supervisor", NEXT_MON);
    const err = await api.supervision.overview({ from: "2026-03-09", to: "2026-03-01" }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain("开始日期不能晚于结束日期");
    const bad = await api.supervision.overview({ from: "2026-02-30" }).catch((e: Error) => e);
    expect((bad as Error).message).toContain("开始日期");
  });
});
