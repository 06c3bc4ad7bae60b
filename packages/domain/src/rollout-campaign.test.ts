import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { assertTargetFits, campaignSpan, campaignsOf, districtRolloutSeries } from "./rollout-campaign";
import type { CampaignTarget } from "./rollout-campaign";

const C9 = "2009年建设";
const C26 = "2026年提升";
const targets: CampaignTarget[] = [
  { campaign: C9, date: "2009-06-30", percent: 60 },
  { campaign: C9, date: "2009-11-30", percent: 100 },
  { campaign: C26, date: "2026-06-30", percent: 80 },
];

describe("rollout campaigns (R-ORG-6)", () => {
  it("R-ORG-6 a target needs a share of 1..100, a free date, and must keep its campaign's shares non-decreasing", () => {
    expect(() => assertTargetFits(targets, { campaign: C26, date: "2026-12-31", percent: 100 })).not.toThrow();
    expect(() => assertTargetFits(targets, { campaign: C9, date: "2009-09-30", percent: 80 })).not.toThrow();
    expect(() => assertTargetFits(targets, { campaign: C26, date: "2026-12-31", percent: 0 })).toThrow(/1至100/);
    expect(() => assertTargetFits(targets, { campaign: C26, date: "2026-12-31", percent: 101 })).toThrow(/1至100/);
    expect(() => assertTargetFits(targets, { campaign: C26, date: "2026-06-30", percent: 90 })).toThrow(/已有建设目标/);
    expect(() => assertTargetFits(targets, { campaign: C26, date: "2026-12-31", percent: 70 })).toThrow(/不能低于.*2026-06-30/);
    expect(() => assertTargetFits(targets, { campaign: C9, date: "2009-03-31", percent: 70 })).toThrow(/不能高于.*2009-06-30/);
    // another campaign's targets do not constrain it
    expect(() => assertTargetFits(targets, { campaign: "新活动", date: "2026-12-31", percent: 10 })).not.toThrow();
  });

  it("R-ORG-6 whatever targets are accepted one by one, each campaign's shares never fall over time", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ c: fc.constantFrom("甲", "乙"), d: fc.integer({ min: 0, max: 400 }), p: fc.integer({ min: -5, max: 105 }) })), (adds) => {
        const kept: CampaignTarget[] = [];
        for (const a of adds) {
          const t = { campaign: a.c, date: addDays("2020-01-01", a.d), percent: a.p };
          try {
            assertTargetFits(kept, t);
            kept.push(t);
          } catch {
            /* refused */
          }
        }
        for (const c of ["甲", "乙"]) {
          const mine = kept.filter((t) => t.campaign === c).sort((x, y) => x.date.localeCompare(y.date));
          for (let i = 1; i < mine.length; i++) expect(mine[i]!.percent).toBeGreaterThanOrEqual(mine[i - 1]!.percent);
        }
        expect(kept.every((t) => t.percent >= 1 && t.percent <= 100)).toBe(true);
        expect(new Set(kept.map((t) => t.date)).size).toBe(kept.length);
      }),
    );
  });

  it("R-ORG-6 campaigns in order of their first target, each spanning from 1 January of its first year to its last target", () => {
    expect(campaignsOf([...targets].reverse())).toEqual([C9, C26]);
    expect(campaignSpan(targets, C9)).toEqual({ from: "2009-01-01", to: "2009-11-30" });
    expect(campaignSpan(targets, C26)).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(campaignSpan(targets, "无")).toBeNull();
  });

  it("R-ORG-6 the district series counts every township's and the district's operating villages at each month end", () => {
    const townships = [
      { id: "a", name: "甲镇", villages: [{ id: "1", name: "一村", operatingSince: "2009-05-28" }, { id: "2", name: "二村", operatingSince: "2009-07-02" }] },
      { id: "b", name: "乙镇", villages: [{ id: "3", name: "三村", operatingSince: "2009-06-15" }, { id: "4", name: "四村", operatingSince: null }] },
    ];
    const s = districtRolloutSeries(townships, "2009-07-15");
    expect(s.map((p) => [p.date, p.district.operating, p.townships.map((t) => t.operating)])).toEqual([
      ["2009-05-31", 1, [1, 0]],
      ["2009-06-30", 2, [1, 1]],
      ["2009-07-15", 3, [2, 1]],
    ]);
    expect(s[2]!.district).toEqual({ total: 4, operating: 3, percent: 75 });
    expect(districtRolloutSeries(townships, "2009-02-01", "2009-01-01").map((p) => p.date)).toEqual(["2009-01-31", "2009-02-01"]);
  });
});
