import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
const ids: Record<string, string> = {};
const MON = "2026-03-02T10:00:00+08:00";
const WED = "2026-03-04T10:00:00+08:00";
const FRI = "2026-03-06T10:00:00+08:00";
const NEXT_MON = "2026-03-09T10:00:00+08:00";

async function agentFor(village: string, item: string) {
  return (await staffFor(db, village, item)).covering[0]!.username;
}

/** Accept a 居住证明 (ZZ-012) on MON, complete and deliver it at `doneAt`, rate it. */
async function completedAndRated(village: string, doneAt: string, level: "verySatisfied" | "satisfied" | "dissatisfied") {
  const agent = await agentFor(village, "ZZ-012");
  const { matterId, version } = await accepted(db, agent, "ZZ-012", MON);
  const api = await callerAs(db, agent, doneAt);
  await api.attendance.clockOn().catch(() => undefined);
  await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
  await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
  await api.matter.act({ matterId, expectedVersion: version + 2, command: { type: "rate", level, comment: "" } });
  return matterId;
}

beforeAll(async () => {
  ({ db } = await freshDb());
  // 马寨镇 王庄村: on NEXT_MON one matter overdue (due Wed 4 March), one near its deadline (due Tue 10 March), one with time to spare
  const w = await agentFor("wangzhuang", "ZZ-012");
  ids.overdue = (await accepted(db, w, "ZZ-012", MON)).matterId;
  ids.yellow = (await accepted(db, w, "ZZ-012", FRI)).matterId;
  ids.green = (await accepted(db, await agentFor("wangzhuang", "ZZ-004"), "ZZ-004", FRI)).matterId;
  // 马寨镇: accepted Mon 2 March, completed Wed 4 March (2 working days) rated 不满意, and Mon 9 March (5) rated 非常满意
  ids.zhangli = await completedAndRated("zhangli", WED, "dissatisfied");
  ids.mazhaicun = await completedAndRated("mazhaicun", NEXT_MON, "verySatisfied");
  // a major complaint at 张李垌村, escalated to the centre
  const head = await callerAs(db, "zhangli-head", MON);
  const c = await head.complaint.record({ channel: "hotline", content: "代办员索要好处费。", about: "station", major: true });
  await head.complaint.escalate({ complaintId: c.id, expectedVersion: c.version, note: "性质严重，请中心处理。" });
  // 侯寨乡 侯寨村: one overdue matter, one completed Fri 6 March (4 working days) rated 满意
  ids.houzhaiOverdue = (await accepted(db, await agentFor("houzhaicun", "ZZ-012"), "ZZ-012", MON)).matterId;
  ids.houzhaiDone = await completedAndRated("houzhaicun", FRI, "satisfied");
});

describe("district overview (全区概况)", () => {
  it("R-SUP-1 per township: open matters by light, average handling working days, ratings and complaints match a hand count", async () => {
    const api = await callerAs(db, "erqi-assessor", NEXT_MON);
    const o = await api.supervision.districtOverview();
    expect(o.range).toEqual({ from: "2026-01-01", to: "2026-03-09" }); // the current half-year
    const by = Object.fromEntries(o.townships.map((t) => [t.name, t]));
    expect(Object.keys(by)).toEqual(["淮河路街道办事处", "嵩山路街道办事处", "马寨镇", "侯寨乡"]);

    const mazhai = by["马寨镇"]!;
    expect(mazhai).toMatchObject({ villageCount: 5, stationCount: 4, operatingCount: 3 });
    expect(mazhai.lights).toEqual({ green: 1, yellow: 1, red: 1 });
    expect(mazhai.handling).toEqual({ count: 2, averageWorkdays: 3.5, uncounted: 0 }); // (2 + 5) / 2
    expect(mazhai.ratings).toMatchObject({ total: 2, bad: 1, satisfactionPercent: 50, counts: { verySatisfied: 1, dissatisfied: 1, satisfied: 0 } });
    expect(mazhai.complaints).toEqual({ received: 1, open: 1, escalated: 1 });

    const houzhai = by["侯寨乡"]!;
    expect(houzhai.lights).toEqual({ green: 0, yellow: 0, red: 1 });
    expect(houzhai.handling).toEqual({ count: 1, averageWorkdays: 4, uncounted: 0 });
    expect(houzhai.ratings).toMatchObject({ total: 1, bad: 0, satisfactionPercent: 100 });
    expect(houzhai.complaints).toEqual({ received: 0, open: 0, escalated: 0 });

    expect(by["淮河路街道办事处"]!).toMatchObject({ lights: { green: 0, yellow: 0, red: 0 }, handling: { count: 0, averageWorkdays: null }, ratings: { total: 0, satisfactionPercent: null } });

    expect(o.totals).toMatchObject({
      lights: { green: 1, yellow: 1, red: 2 },
      handling: { count: 3, averageWorkdays: 3.7 }, // (2 + 5 + 4) / 3
      ratings: { total: 3, bad: 1, satisfactionPercent: 66.7 },
      complaints: { received: 1, open: 1, escalated: 1 },
      registered: 7,
    });
    expect(o.items.map((i) => [i.itemCode, i.level, i.registered, i.completed])).toEqual([
      ["ZZ-012", "village", 6, 3],
      ["ZZ-004", "township", 1, 0],
    ]);
    expect(o.levels).toEqual([
      { level: "village", items: 1, registered: 6, completed: 3 },
      { level: "township", items: 1, registered: 1, completed: 0 },
      { level: "district", items: 0, registered: 0, completed: 0 },
    ]);
  });

  it("R-SUP-1 a chosen range counts only the completions, ratings and complaints inside it; lights stay today's", async () => {
    const api = await callerAs(db, "erqi-inspector", NEXT_MON);
    const o = await api.supervision.districtOverview({ from: "2026-03-07", to: "2026-03-09" });
    expect(o.totals.handling).toEqual({ count: 1, averageWorkdays: 5, uncounted: 0 }); // only 马寨村's, completed 9 March
    expect(o.totals.ratings.total).toBe(1);
    expect(o.totals.complaints).toEqual({ received: 0, open: 1, escalated: 1 });
    expect(o.totals.registered).toBe(0);
    expect(o.totals.lights).toEqual({ green: 1, yellow: 1, red: 2 });
    const bad = await api.supervision.districtOverview({ from: "2026-03-09", to: "2026-03-01" }).catch((e: Error) => e);
    expect((bad as Error).message).toContain("开始日期不能晚于结束日期");
  });

  it("R-SUP-1 the district opens one township's supervision overview, the same as its centre sees", async () => {
    const district = await callerAs(db, "erqi-admin", NEXT_MON);
    const mazhaiId = (await district.supervision.districtOverview()).townships.find((t) => t.name === "马寨镇")!.id;
    const seen = await district.supervision.township({ townshipId: mazhaiId });
    const own = await (await callerAs(db, "mazhai-supervisor", NEXT_MON)).supervision.overview();
    expect(seen.townshipName).toBe("马寨镇");
    expect(seen.villages.map((v) => [v.village.name, v.lights, v.health.light])).toEqual(own.villages.map((v) => [v.village.name, v.lights, v.health.light]));
    expect(seen.overdue.map((m) => m.id)).toEqual([ids.overdue]);
    expect(JSON.stringify(seen)).not.toContain(ids.houzhaiOverdue);
    expect(await codeOf(district.supervision.township({ townshipId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
  });

  it("R-SEC-1 township and village users cannot open the district overview nor a township's overview through it", async () => {
    const mazhaiId = (await (await callerAs(db, "erqi-assessor", NEXT_MON)).supervision.districtOverview()).townships.find((t) => t.name === "马寨镇")!.id;
    for (const u of ["mazhai-staff", "mazhai-supervisor", "houzhai-supervisor", "wangzhuang-1", "wangzhuang-head"]) {
      const api = await callerAs(db, u, NEXT_MON);
      expect(await codeOf(api.supervision.districtOverview()), u).toBe("FORBIDDEN");
      expect(await codeOf(api.supervision.township({ townshipId: mazhaiId })), u).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerAs(db, null, NEXT_MON)).supervision.districtOverview())).toBe("UNAUTHORIZED");
  });
});
