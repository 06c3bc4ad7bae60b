import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { monthEndsThrough, rolloutSeries, stationsShort } from "./rollout-series";

const township = {
  id: "t2",
  name: "马寨镇",
  villages: [
    { id: "v1", name: "马寨村", operatingSince: "2009-05-28" },
    { id: "v2", name: "王庄村", operatingSince: "2009-06-12" },
    { id: "v3", name: "张李垌村", operatingSince: "2009-08-31" },
    { id: "v4", name: "杨庄村", operatingSince: null },
  ],
};

describe("rollout series (R-ORG-6)", () => {
  it("R-ORG-6 month ends from the first month up to the day asked, which closes the series", () => {
    expect(monthEndsThrough("2009-05-28", "2009-09-15")).toEqual(["2009-05-31", "2009-06-30", "2009-07-31", "2009-08-31", "2009-09-15"]);
    expect(monthEndsThrough("2011-12-05", "2012-03-01")).toEqual(["2011-12-31", "2012-01-31", "2012-02-29", "2012-03-01"]);
    expect(monthEndsThrough("2009-05-28", "2009-05-31")).toEqual(["2009-05-31"]);
    expect(monthEndsThrough("2009-06-10", "2009-05-31")).toEqual(["2009-05-31"]);
    expect(() => monthEndsThrough("2009-6-1", "2009-07-01")).toThrow(/日期格式不正确/);
  });

  it("R-ORG-6 month ends are increasing real dates, each the last day of its month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), (start, span) => {
        const from = addDays("2005-01-01", start);
        const to = addDays(from, span);
        const dates = monthEndsThrough(from, to);
        expect(dates.at(-1)).toBe(to);
        for (const [i, d] of dates.slice(0, -1).entries()) {
          expect(addDays(d, 1).slice(8)).toBe("01");
          expect(d < dates[i + 1]!).toBe(true);
        }
      }),
    );
  });

  it("R-ORG-6 the series counts stations operating at each month end", () => {
    const s = rolloutSeries(township, "2009-10-10");
    expect(s.map((p) => [p.date, p.operating, p.percent])).toEqual([
      ["2009-05-31", 1, 25],
      ["2009-06-30", 2, 50],
      ["2009-07-31", 2, 50],
      ["2009-08-31", 3, 75],
      ["2009-09-30", 3, 75],
      ["2009-10-10", 3, 75],
    ]);
    expect(s.every((p) => p.total === 4)).toBe(true);
  });

  it("R-ORG-6 a township with no station operating has a single point, on the day asked", () => {
    const none = { ...township, villages: township.villages.map((v) => ({ ...v, operatingSince: null })) };
    expect(rolloutSeries(none, "2026-11-24")).toEqual([{ date: "2026-11-24", total: 4, operating: 0, percent: 0 }]);
  });

  it("R-ORG-6 the shortfall is the number of villages still to finish to reach a target, never negative", () => {
    expect(stationsShort({ total: 5, operating: 3, percent: 60 }, { percent: 80 })).toBe(1);
    expect(stationsShort({ total: 5, operating: 3, percent: 60 }, { percent: 100 })).toBe(2);
    expect(stationsShort({ total: 3, operating: 1, percent: 33.3 }, { percent: 60 })).toBe(1); // 2 of 3 = 66.7% ≥ 60%
    expect(stationsShort({ total: 5, operating: 5, percent: 100 }, { percent: 80 })).toBe(0);
    expect(stationsShort({ total: 5, operating: 0, percent: 0 }, null)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 100 }), (total, op, percent) => {
        const operating = Math.min(op, total);
        const short = stationsShort({ total, operating, percent: 0 }, { percent });
        const reached = (n: number) => n * 100 >= percent * total;
        expect(reached(operating + short)).toBe(true);
        if (short > 0) expect(reached(operating + short - 1)).toBe(false);
      }),
    );
  });
});
