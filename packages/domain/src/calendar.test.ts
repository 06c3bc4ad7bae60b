import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { createCalendar, daysInYear, expandCalendarYear } from "./calendar";
import type { CalendarDay } from "./calendar";
import { addDays } from "./dates";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";

const cal = createCalendar(CALENDAR_ROWS_2024_2026);

describe("calendar data", () => {
  it("R-DL-1 the 2024–2026 fixture agrees with the chinese-days library on every day", () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (let d = "2024-01-01"; d <= "2026-12-31"; d = addDays(d, 1)) {
      const lib = chineseDays.getDayDetail(d);
      checked += 1;
      if (lib.work !== cal.isWorkday(d)) disagreements.push(`${d}: fixture ${cal.isWorkday(d)} lib ${lib.work} (${lib.name})`);
    }
    expect(checked).toBe(366 + 365 + 365);
    expect(disagreements).toEqual([]);
  });

  it("R-DL-1 make-up working days (调休上班) on Saturdays and Sundays are working days", () => {
    for (const d of ["2024-02-04", "2024-02-18", "2024-05-11", "2025-01-26", "2025-02-08", "2026-01-04", "2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"]) {
      expect(cal.day(d).kind, d).toBe("makeupWorkday");
      expect(cal.isWorkday(d), d).toBe(true);
    }
  });

  it("R-DL-1 statutory holidays on weekdays are rest days with their names", () => {
    expect(cal.day("2025-01-28")).toMatchObject({ isWorkday: false, name: "春节", kind: "holiday", weekday: "星期二" });
    expect(cal.day("2026-10-07")).toMatchObject({ isWorkday: false, name: "国庆节", kind: "holiday" });
    expect(cal.day("2025-10-06")).toMatchObject({ isWorkday: false, kind: "holiday" });
  });

  it("R-DL-1 ordinary weekends are rest days and ordinary weekdays are working days", () => {
    expect(cal.day("2025-03-08")).toMatchObject({ isWorkday: false, kind: "weekend", name: null });
    expect(cal.day("2025-03-10")).toMatchObject({ isWorkday: true, kind: "workday" });
  });

  it("R-DL-1 a weekend row labelled only with its weekday name is a plain weekend, a named one a holiday", () => {
    const rows = expandCalendarYear(2025, [
      { date: "2025-03-08", isWorkday: false, name: "周六" },
      { date: "2025-02-01", isWorkday: false, name: "春节" },
    ]);
    const c = createCalendar(rows);
    expect(c.day("2025-03-08").kind).toBe("weekend");
    expect(c.day("2025-02-01").kind).toBe("holiday");
  });

  it("R-DL-2 a date in a year without calendar data is an error naming the year", () => {
    expect(() => cal.isWorkday("2027-01-04")).toThrow(/2027年/);
    try {
      cal.day("2023-12-29");
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "CALENDAR_YEAR_MISSING", details: { year: 2023 } });
    }
  });

  it("R-DL-2 an uncovered year is not silently treated as plain weekends, even for an ordinary Monday", () => {
    const only2025 = createCalendar(expandCalendarYear(2025, []));
    expect(only2025.isWorkday("2025-03-10")).toBe(true);
    expect(() => only2025.isWorkday("2024-03-11")).toThrow(/2024年/);
  });

  it("R-DL-1 the calendar says which years it covers", () => {
    expect(cal.coveredYears).toEqual([2024, 2025, 2026]);
    expect(cal.covers(2025)).toBe(true);
    expect(cal.covers(2027)).toBe(false);
    expect(createCalendar([]).coveredYears).toEqual([]);
  });

  it("R-DL-1 rows of an incomplete year, repeated dates and malformed dates are refused", () => {
    const rows2025 = expandCalendarYear(2025, []);
    expect(() => createCalendar(rows2025.slice(1))).toThrow(/2025年的工作日历不完整：应有365天，实有364天/);
    const first = rows2025[0] as CalendarDay;
    expect(() => createCalendar([...rows2025, first])).toThrow(/日期重复：2025-01-01/);
    expect(() => createCalendar([{ date: "2025-02-30", isWorkday: true, name: null }])).toThrow(/日期格式不正确/);
  });

  it("R-DL-1 expanding a year from its exceptions gives one row per day", () => {
    expect(expandCalendarYear(2024, [])).toHaveLength(daysInYear(2024));
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2025)).toBe(365);
    expect(() => expandCalendarYear(2025, [{ date: "2024-01-01", isWorkday: false, name: "元旦" }])).toThrow(/不属于2025年/);
  });
});
