import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { nextPeriod, parsePeriodKey, period, periodContaining, periodContains, periodToAssess, previousPeriod } from "./periods";

describe("assessment periods (R-ASM-3)", () => {
  it("R-ASM-3 bimonthly periods are Jan–Feb, Mar–Apr, …, Nov–Dec with real month ends", () => {
    expect(period("bimonthly", 2024, 1)).toEqual({ kind: "bimonthly", year: 2024, index: 1, start: "2024-01-01", end: "2024-02-29", key: "2024-B1", label: "2024年第1双月（1—2月）" });
    expect(period("bimonthly", 2025, 1).end).toBe("2025-02-28");
    expect(period("bimonthly", 2025, 3)).toMatchObject({ start: "2025-05-01", end: "2025-06-30" });
    expect(period("bimonthly", 2025, 6)).toMatchObject({ start: "2025-11-01", end: "2025-12-31", label: "2025年第6双月（11—12月）" });
  });

  it("R-ASM-3 half-year periods are Jan–Jun and Jul–Dec", () => {
    expect(period("halfYear", 2025, 1)).toMatchObject({ start: "2025-01-01", end: "2025-06-30", key: "2025-H1", label: "2025年上半年（1—6月）" });
    expect(period("halfYear", 2025, 2)).toMatchObject({ start: "2025-07-01", end: "2025-12-31", label: "2025年下半年（7—12月）" });
  });

  it("R-ASM-3 the containing period, previous and next cross the year boundary", () => {
    expect(periodContaining("bimonthly", "2025-04-30").key).toBe("2025-B2");
    expect(periodContaining("halfYear", "2025-07-01").key).toBe("2025-H2");
    expect(previousPeriod(period("bimonthly", 2025, 1)).key).toBe("2024-B6");
    expect(nextPeriod(period("halfYear", 2025, 2)).key).toBe("2026-H1");
  });

  it("R-ASM-1 the assessment at the start of a bimonth covers the previous two months", () => {
    expect(periodToAssess("bimonthly", "2025-03-03")).toMatchObject({ key: "2025-B1", start: "2025-01-01", end: "2025-02-28" });
    expect(periodToAssess("halfYear", "2026-01-05").key).toBe("2025-H2");
  });

  it("R-ASM-3 keys parse back and malformed keys or indexes are refused", () => {
    expect(parsePeriodKey("2025-B4")).toEqual(period("bimonthly", 2025, 4));
    expect(() => parsePeriodKey("2025-Q1")).toThrow(/考核期编号格式不正确/);
    expect(() => period("halfYear", 2025, 3)).toThrow(/考核期不存在/);
  });

  it("R-ASM-3 periods tile the calendar: every day is in exactly one period, next/previous are adjacent", () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(day, fc.constantFrom("bimonthly" as const, "halfYear" as const), (d, kind) => {
        const p = periodContaining(kind, d);
        const n = nextPeriod(p);
        return (
          periodContains(p, d) &&
          !periodContains(n, d) &&
          !periodContains(previousPeriod(p), d) &&
          addDays(p.end, 1) === n.start &&
          previousPeriod(n).key === p.key
        );
      }),
    );
  });
});
