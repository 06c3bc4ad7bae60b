import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, rolloutTargets, stationChecklists, stations } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const C2009 = "2009年村（社区）便民服务代办站建设";
const C2026 = "2026年代办站建设提升";

/** The code and message of a refused call. */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { code: string; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error("the call was not refused");
}

/** [township, operating, total, behind] of a district report. */
const rows = (r: { townships: { name: string; operating: number; total: number; behind: boolean }[] }) => r.townships.map((t) => [t.name, t.operating, t.total, t.behind]);

describe("rollout progress of the township (建设进度)", () => {
  it("R-ORG-6 马寨镇's progress on given dates matches a hand count from the confirmation dates", async () => {
    // 马寨村 2009-05-28, 王庄村 2009-06-12, 张李垌村 2009-06-25 operating; 杨庄村 being built; 新庄村 no station: 5 villages
    const api = await callerAs(db, "mazhai-staff", MON);
    const may = await api.rollout.township({ on: "2009-05-31" });
    expect(may.townshipName).toBe("马寨镇");
    expect(may.progress).toMatchObject({ total: 5, operating: 1, percent: 20, behind: false });
    expect(may.targetInForce).toBeNull();
    expect(may.nextTarget).toMatchObject({ date: "2009-06-30", percent: 60, short: 2 });

    const june = await api.rollout.township({ on: "2009-06-20" });
    expect(june.progress).toMatchObject({ operating: 2, percent: 40 });
    expect(june.villages.map((v) => [v.name, v.operatingOn])).toEqual([
      ["马寨村", true],
      ["王庄村", true],
      ["张李垌村", false],
      ["杨庄村", false],
      ["新庄村", false],
    ]);

    const deadline = await api.rollout.township({ on: "2009-06-30" });
    expect(deadline.progress).toMatchObject({ operating: 3, percent: 60, behind: false });
    expect(deadline.targetInForce).toMatchObject({ date: "2009-06-30", percent: 60, short: 0, campaign: C2009 });

    const late = await api.rollout.township({ on: "2009-12-01" });
    expect(late.progress).toMatchObject({ operating: 3, percent: 60, behind: true });
    expect(late.targetInForce).toMatchObject({ date: "2009-11-30", percent: 100, short: 2 });

    const today = await api.rollout.township();
    expect(today.on).toBe("2026-03-02");
    expect(today.progress).toMatchObject({ operating: 3, percent: 60, behind: true });
    expect(today.nextTarget).toMatchObject({ date: "2026-06-30", percent: 80, short: 1, campaign: C2026 });
    expect(today.targets.map((t) => [t.date, t.percentThen, t.reached])).toEqual([
      ["2009-06-30", 60, true],
      ["2009-11-30", 60, false],
      ["2026-06-30", null, null],
      ["2026-12-31", null, null],
    ]);
    // month ends May 2009 … Feb 2026 (8 + 16 × 12 + 2 = 202), then today
    expect(today.series).toHaveLength(203);
    expect(today.series[0]).toEqual({ date: "2009-05-31", total: 5, operating: 1, percent: 20 });
    expect(today.series[1]).toMatchObject({ date: "2009-06-30", operating: 3 });
    expect(today.series.at(-1)).toEqual({ date: "2026-03-02", total: 5, operating: 3, percent: 60 });
  });

  it("R-ORG-6 R-SEC-1 each township sees only its own villages, and a bad date is refused naming the field", async () => {
    const houzhai = await callerAs(db, "houzhai-staff", MON);
    const r = await houzhai.rollout.township({ on: "2009-11-30" });
    expect(r.townshipName).toBe("侯寨乡");
    expect(r.villages.map((v) => v.name)).not.toContain("马寨村");
    expect(r.progress).toMatchObject({ total: 5, operating: 4, percent: 80, behind: true });
    const bad = await refusal(houzhai.rollout.township({ on: "2009-13-01" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("查询日期");
    expect(await codeOf((await callerAs(db, "wangzhuang-head", MON)).rollout.township())).toBe("FORBIDDEN");
  });
});

describe("rollout campaign of the district (建设进度)", () => {
  it("R-ORG-6 the district's and each township's progress on given dates match a hand count of the seeded operating dates", async () => {
    // by township code — 淮河路 4: 05-26, 06-08, 07-15; 嵩山路 2: 06-05, 06-29; 马寨镇 5 villages: 05-28, 06-12, 06-25; 侯寨乡 5: 05-30, 06-18, 09-10, 10-20
    const api = await callerAs(db, "erqi-assessor", MON);
    const may = await api.rollout.report({ on: "2009-05-31" });
    expect(may.district).toMatchObject({ total: 16, operating: 3, percent: 18.8, behind: false });
    expect(rows(may)).toEqual([
      ["淮河路街道办事处", 1, 4, false],
      ["嵩山路街道办事处", 0, 2, false],
      ["马寨镇", 1, 5, false],
      ["侯寨乡", 1, 5, false],
    ]);
    expect(may.targetInForce).toBeNull();
    expect(may.nextTarget).toMatchObject({ date: "2009-06-30", percent: 60, campaign: C2009, short: 7 });

    const june = await api.rollout.report({ on: "2009-06-30" });
    expect(june.district).toMatchObject({ operating: 9, percent: 56.3, behind: true, short: 1 });
    expect(rows(june)).toEqual([
      ["淮河路街道办事处", 2, 4, true],
      ["嵩山路街道办事处", 2, 2, false],
      ["马寨镇", 3, 5, false],
      ["侯寨乡", 2, 5, true],
    ]);
    expect(june.townships.map((t) => t.short)).toEqual([1, 0, 0, 1]);

    const nov = await api.rollout.report({ on: "2009-11-30" });
    expect(nov.district).toMatchObject({ operating: 12, percent: 75, behind: true, short: 4 });
    expect(rows(nov).map((r) => r[3])).toEqual([true, false, true, true]);

    const today = await api.rollout.report();
    expect(today).toMatchObject({ on: "2026-03-02", mayManage: false, district: { operating: 12, total: 16 } });
    expect(today.nextTarget).toMatchObject({ date: "2026-06-30", percent: 80, campaign: C2026, short: 1 });
    expect(today.targets.map((t) => [t.date, t.percentThen, t.reached])).toEqual([
      ["2009-06-30", 56.3, false],
      ["2009-11-30", 75, false],
      ["2026-06-30", null, null],
      ["2026-12-31", null, null],
    ]);
    expect((await (await callerAs(db, "erqi-admin", MON)).rollout.report()).mayManage).toBe(true);
  });

  it("R-ORG-6 the series follows the district and every township month by month, within a campaign's span", async () => {
    const api = await callerAs(db, "erqi-inspector", MON);
    const s2009 = await api.rollout.series({ campaign: C2009 });
    expect(s2009.campaigns).toEqual([C2009, C2026]);
    expect(s2009.span).toEqual({ from: "2009-01-01", to: "2009-11-30" });
    expect(s2009.points.map((p) => p.date)).toEqual(["2009-01-31", "2009-02-28", "2009-03-31", "2009-04-30", "2009-05-31", "2009-06-30", "2009-07-31", "2009-08-31", "2009-09-30", "2009-10-31", "2009-11-30"]);
    expect(s2009.points.map((p) => p.district.operating)).toEqual([0, 0, 0, 0, 3, 9, 10, 10, 11, 12, 12]);
    expect(s2009.townships.map((t) => t.name)).toEqual(["淮河路街道办事处", "嵩山路街道办事处", "马寨镇", "侯寨乡"]);
    expect(s2009.points[6]!.townships.map((t) => t.operating)).toEqual([3, 2, 3, 2]); // 淮河东路 07-15 in, 侯寨 still 2
    expect(s2009.targets.map((t) => t.percent)).toEqual([60, 100]);
    // the current campaign runs to today
    const s2026 = await api.rollout.series({ campaign: C2026 });
    expect(s2026.points.map((p) => p.date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-02"]);
    expect((await api.rollout.series()).campaign).toBe(C2026);
    expect((await api.rollout.series({ on: "2009-07-01" })).campaign).toBe(C2009);
    expect((await api.rollout.series({ on: "2015-07-01" })).campaign).toBeNull();
    const all = await api.rollout.series({ campaign: null });
    expect(all.campaign).toBeNull();
    expect(all.targets).toHaveLength(4);
    expect(all.points[0]!.date).toBe("2009-05-31");
    expect(all.points.at(-1)).toMatchObject({ date: "2026-03-02", district: { operating: 12, total: 16, percent: 75 } });
    expect(await codeOf(api.rollout.series({ campaign: "没有的活动" }))).toBe("NOT_FOUND");
  });

  it("R-ORG-6 after the centre confirms 齐礼阎社区's checklist, the district's progress moves on that day and not before", async () => {
    const staff = await callerAs(db, "huaihelu-staff", "2026-03-03T09:00:00+08:00");
    const station = (await db.select().from(stations).where(eq(stations.id, (await sessionUser(db, "qiliyan-head")).stationId!)))[0]!;
    const [checklist] = await db.select().from(stationChecklists).where(eq(stationChecklists.stationId, station.id));
    await staff.standardization.confirm({ stationId: station.id, expectedVersion: checklist!.version });
    const api = await callerAs(db, "erqi-assessor", "2026-03-03T09:00:00+08:00");
    const after = await api.rollout.report();
    expect(after.district).toMatchObject({ operating: 13, percent: 81.3 });
    expect(after.townships.find((t) => t.name === "淮河路街道办事处")).toMatchObject({ operating: 4, total: 4, percent: 100 });
    expect((await api.rollout.report({ on: "2026-03-02" })).district.operating).toBe(12);
  });

  it("R-ORG-6 R-SEC-1 only the administrator adds and removes targets, each write audited; bad targets are refused and nothing changes", async () => {
    const before = await db.select().from(rolloutTargets).orderBy(asc(rolloutTargets.targetDate));
    const target = { campaign: C2026, date: "2026-09-30", percent: 90 };
    for (const username of ["erqi-assessor", "erqi-inspector", "mazhai-staff", "mazhai-supervisor", "wangzhuang-1", "wangzhuang-head"]) {
      const api = await callerAs(db, username, MON);
      expect(await codeOf(api.rollout.addTarget(target)), username).toBe("FORBIDDEN");
      expect(await codeOf(api.rollout.removeTarget({ id: before[0]!.id })), username).toBe("FORBIDDEN");
    }
    for (const username of ["mazhai-staff", "wangzhuang-1"]) {
      const api = await callerAs(db, username, MON);
      expect(await codeOf(api.rollout.report()), username).toBe("FORBIDDEN");
      expect(await codeOf(api.rollout.series()), username).toBe("FORBIDDEN");
    }

    const admin = await callerAs(db, "erqi-admin", MON);
    const bads = [
      [{ ...target, percent: 0 }, "目标比例"],
      [{ ...target, percent: 101 }, "目标比例"],
      [{ ...target, percent: 70 }, "不能低于"],
      [{ ...target, date: "2026-03-31", percent: 85 }, "不能高于"],
      [{ ...target, date: "2026-06-30" }, "已有建设目标"],
      [{ ...target, date: "2026-02-30" }, "目标日期"],
      [{ ...target, campaign: "  " }, "建设活动名称"],
    ] as const;
    for (const [input, message] of bads) {
      const r = await refusal(admin.rollout.addTarget(input));
      expect(r.code, JSON.stringify(input)).toBe("BAD_REQUEST");
      expect(r.message).toContain(message);
    }
    expect(await db.select().from(rolloutTargets).orderBy(asc(rolloutTargets.targetDate))).toEqual(before);

    const added = await admin.rollout.addTarget(target);
    expect(added).toMatchObject(target);
    expect((await admin.rollout.targets()).map((t) => [t.date, t.percent])).toEqual([
      ["2009-06-30", 60],
      ["2009-11-30", 100],
      ["2026-06-30", 80],
      ["2026-09-30", 90],
      ["2026-12-31", 100],
    ]);
    const removed = await admin.rollout.removeTarget({ id: added.id });
    expect(removed).toMatchObject(target);
    expect(await codeOf(admin.rollout.removeTarget({ id: added.id }))).toBe("NOT_FOUND");
    expect(await db.select().from(rolloutTargets).orderBy(asc(rolloutTargets.targetDate))).toEqual(before);

    const trail = await db.select().from(auditLog).where(and(eq(auditLog.entity, "rolloutTarget"), eq(auditLog.entityId, added.id))).orderBy(asc(auditLog.id));
    const adminUser = await sessionUser(db, "erqi-admin");
    expect(trail.map((a) => [a.action, a.actorId])).toEqual([
      ["rollout.addTarget", adminUser.id],
      ["rollout.removeTarget", adminUser.id],
    ]);
    expect(trail[0]!.after).toMatchObject(target);
    expect(trail[1]!.before).toMatchObject(target);
  });
});
