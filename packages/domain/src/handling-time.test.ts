import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { addDays } from "./dates";
import { workdaysBetween } from "./deadline";
import { averageHandlingWorkdays } from "./handling-time";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";

const cal = createCalendar(CALENDAR_ROWS_2024_2026);

describe("average handling time in working days (R-SUP-1)", () => {
  it("R-SUP-1 counts working days from acceptance to completion and averages them to one decimal", () => {
    // Mon 3 Mar 2025 → Fri 7 Mar: 4 working days; Mon 3 Mar → Mon 10 Mar: 5; same day: 0
    const r = averageHandlingWorkdays(cal, [
      { acceptedOn: "2025-03-03", completedOn: "2025-03-07" },
      { acceptedOn: "2025-03-03", completedOn: "2025-03-10" },
      { acceptedOn: "2025-03-03", completedOn: "2025-03-03" },
    ]);
    expect(r).toEqual({ count: 3, averageWorkdays: 3, uncounted: 0 });
    // across the Spring Festival 2025 (holiday 28 Jan – 4 Feb, make-up days 26 Jan and 8 Feb)
    expect(averageHandlingWorkdays(cal, [{ acceptedOn: "2025-01-24", completedOn: "2025-02-07" }]).averageWorkdays).toBe(5);
    expect(averageHandlingWorkdays(cal, [])).toEqual({ count: 0, averageWorkdays: null, uncounted: 0 });
  });

  it("R-SUP-1 a completion in a year without calendar data is left out and reported, not guessed", () => {
    expect(averageHandlingWorkdays(cal, [{ acceptedOn: "2023-12-28", completedOn: "2024-01-03" }, { acceptedOn: "2025-03-03", completedOn: "2025-03-07" }])).toEqual({
      count: 1,
      averageWorkdays: 4,
      uncounted: 1,
    });
  });

  it("R-SUP-1 the average lies between the shortest and the longest handling time", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 12 }), (spans) => {
        const rows = spans.map(([start, len]) => ({ acceptedOn: addDays("2024-01-01", start), completedOn: addDays("2024-01-01", start + len) }));
        const days = rows.map((r) => workdaysBetween(cal, r.acceptedOn, r.completedOn));
        const { averageWorkdays, count } = averageHandlingWorkdays(cal, rows);
        expect(count).toBe(rows.length);
        expect(averageWorkdays!).toBeGreaterThanOrEqual(Math.min(...days) - 0.05);
        expect(averageWorkdays!).toBeLessThanOrEqual(Math.max(...days) + 0.05);
      }),
    );
  });
});
