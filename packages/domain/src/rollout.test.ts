import { describe, expect, it } from "vitest";
import { rolloutProgress } from "./rollout";

const targets = [
  { date: "2009-11-30", percent: 100 },
  { date: "2009-06-30", percent: 60 },
];
const townships = [
  {
    id: "t1",
    name: "侯寨乡",
    villages: [
      { id: "v1", name: "樱桃沟村", operatingSince: "2009-05-10" },
      { id: "v2", name: "尖岗村", operatingSince: "2009-06-30" },
      { id: "v3", name: "刘胡垌村", operatingSince: "2009-09-01" },
    ],
  },
  {
    id: "t2",
    name: "马寨镇",
    villages: [
      { id: "v4", name: "马寨村", operatingSince: "2009-06-01" },
      { id: "v5", name: "新店村", operatingSince: null },
    ],
  },
];

describe("rollout progress (R-ORG-6)", () => {
  it("R-ORG-6 progress per township and district-wide on a date, from the confirmation dates", () => {
    const r = rolloutProgress({ targets, townships, on: "2009-06-30" });
    expect(r.targetInForce).toEqual({ date: "2009-06-30", percent: 60 });
    expect(r.nextTarget).toEqual({ date: "2009-11-30", percent: 100 });
    expect(r.townships).toEqual([
      { id: "t1", name: "侯寨乡", total: 3, operating: 2, percent: 66.7, behind: false },
      { id: "t2", name: "马寨镇", total: 2, operating: 1, percent: 50, behind: true },
    ]);
    expect(r.district).toEqual({ total: 5, operating: 3, percent: 60, behind: false });
  });

  it("R-ORG-6 before the first target date nobody is behind", () => {
    const r = rolloutProgress({ targets, townships, on: "2009-06-29" });
    expect(r.targetInForce).toBeNull();
    expect(r.townships.map((t) => [t.operating, t.behind])).toEqual([
      [1, false],
      [1, false],
    ]);
  });

  it("R-ORG-6 after the final target every township short of 100% is flagged", () => {
    const r = rolloutProgress({ targets, townships, on: "2009-12-01" });
    expect(r.targetInForce?.percent).toBe(100);
    expect(r.townships.map((t) => t.behind)).toEqual([false, true]);
    expect(r.district).toMatchObject({ operating: 4, percent: 80, behind: true });
  });

  it("R-ORG-6 the comparison is exact, not on the rounded percentage", () => {
    const r = rolloutProgress({
      targets: [{ date: "2009-06-30", percent: 66.7 }],
      townships: [townships[0]!],
      on: "2009-07-01",
    });
    expect(r.townships[0]).toMatchObject({ percent: 66.7, behind: true }); // 2/3 = 66.66…% < 66.7%
  });

  it("R-ORG-6 malformed targets and dates are refused", () => {
    expect(() => rolloutProgress({ targets: [{ date: "2009-06-30", percent: 120 }], townships, on: "2009-07-01" })).toThrow(/建设目标不正确/);
    expect(() => rolloutProgress({ targets, townships, on: "2009/07/01" })).toThrow(/日期格式不正确/);
  });
});
