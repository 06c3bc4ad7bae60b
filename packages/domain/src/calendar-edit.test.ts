import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar, daysInYear } from "./calendar";
import { calendarDayFromEdit, calendarExceptions, calendarYearCounts, calendarYearFromNotice, missingYearWarning } from "./calendar-edit";
import { addDays, isWeekend } from "./dates";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";

const COVERED = [2024, 2025, 2026];

function refusal(f: () => unknown): { code: string; field: unknown; message: string } {
  try {
    f();
  } catch (e) {
    const err = e as { code: string; details: { field?: unknown }; message: string };
    return { code: err.code, field: err.details.field, message: err.message };
  }
  throw new Error("expected a refusal");
}

describe("editing one day of the calendar", () => {
  it("R-DL-1 a 调休上班 make-up working day must be a Saturday or Sunday", () => {
    expect(calendarDayFromEdit({ date: "2026-10-10", kind: "makeupWorkday", name: "国庆节" }, COVERED)).toEqual({
      date: "2026-10-10",
      isWorkday: true,
      name: "调休上班（国庆节）",
    });
    expect(calendarDayFromEdit({ date: "2026-10-11", kind: "makeupWorkday" }, COVERED).name).toBe("调休上班");
    const r = refusal(() => calendarDayFromEdit({ date: "2026-10-14", kind: "makeupWorkday" }, COVERED));
    expect(r).toMatchObject({ code: "CALENDAR_INVALID", field: "kind" });
    expect(r.message).toContain("星期三");
  });

  it("R-DL-1 a holiday must have a real name; a plain working day or weekend must match the weekday", () => {
    expect(refusal(() => calendarDayFromEdit({ date: "2026-05-06", kind: "holiday", name: "  " }, COVERED))).toMatchObject({ field: "name" });
    expect(refusal(() => calendarDayFromEdit({ date: "2026-05-09", kind: "holiday", name: "周六" }, COVERED))).toMatchObject({ field: "name" });
    expect(calendarDayFromEdit({ date: "2026-05-06", kind: "holiday", name: " 劳动节 " }, COVERED)).toEqual({ date: "2026-05-06", isWorkday: false, name: "劳动节" });
    // a Saturday may not silently become a working day: it is a make-up day or nothing
    expect(refusal(() => calendarDayFromEdit({ date: "2026-05-09", kind: "workday" }, COVERED)).message).toContain("调休上班");
    expect(refusal(() => calendarDayFromEdit({ date: "2026-05-06", kind: "weekend" }, COVERED))).toMatchObject({ field: "kind" });
    expect(calendarDayFromEdit({ date: "2026-05-09", kind: "weekend", name: "随便" }, COVERED)).toEqual({ date: "2026-05-09", isWorkday: false, name: null });
    expect(calendarDayFromEdit({ date: "2026-05-06", kind: "workday", name: "x" }, COVERED)).toEqual({ date: "2026-05-06", isWorkday: true, name: null });
  });

  it("R-DL-1 a malformed date, a date out of range, or a day of an uncovered year is refused on the date", () => {
    expect(refusal(() => calendarDayFromEdit({ date: "2026-02-30", kind: "workday" }, COVERED))).toMatchObject({ field: "date" });
    expect(refusal(() => calendarDayFromEdit({ date: "1999-12-31", kind: "weekend" }, COVERED)).message).toContain("2000年至2100年");
    expect(refusal(() => calendarDayFromEdit({ date: "2027-01-04", kind: "workday" }, COVERED)).message).toContain("2027年的工作日历尚未建立");
  });

  it("R-DL-1 every edit that passes reads back as the kind that was asked for", () => {
    const cal = createCalendar(CALENDAR_ROWS_2024_2026);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 3 }), fc.constantFrom("workday", "weekend", "holiday", "makeupWorkday" as const), (offset, kind) => {
        const date = addDays("2024-01-01", offset);
        let row;
        try {
          row = calendarDayFromEdit({ date, kind, name: "国庆节" }, cal.coveredYears);
        } catch {
          // refused only for the combinations the rules forbid
          expect(kind === "makeupWorkday" || kind === "weekend" ? !isWeekend(date) : isWeekend(date)).toBe(true);
          return;
        }
        const rows = CALENDAR_ROWS_2024_2026.map((r) => (r.date === date ? row : r));
        expect(createCalendar(rows).day(date).kind).toBe(kind);
      }),
    );
  });
});

describe("entering a year from the holiday notice", () => {
  const notice2027 = {
    holidays: [
      { from: "2027-01-01", to: "2027-01-03", name: "元旦" },
      { from: "2027-02-06", to: "2027-02-13", name: "春节" },
    ],
    makeupDays: [{ date: "2027-02-20", name: "春节" }],
  };

  it("R-DL-1 holidays become named rest days, make-up days working days, the rest follows Monday to Friday", () => {
    const cal = createCalendar(calendarYearFromNotice(2027, notice2027));
    expect(cal.coveredYears).toEqual([2027]);
    expect(cal.day("2027-01-01")).toMatchObject({ kind: "holiday", name: "元旦", isWorkday: false });
    expect(cal.day("2027-01-02")).toMatchObject({ kind: "holiday", name: "元旦" }); // a Saturday inside the holiday
    expect(cal.day("2027-02-20")).toMatchObject({ kind: "makeupWorkday", name: "调休上班（春节）", isWorkday: true });
    expect(cal.day("2027-01-09")).toMatchObject({ kind: "weekend" });
    expect(cal.day("2027-01-04")).toMatchObject({ kind: "workday" });
    expect(calendarExceptions(calendarYearFromNotice(2027, notice2027))).toHaveLength(3 + 8 + 1);
    expect(calendarYearCounts(2027, calendarYearFromNotice(2027, notice2027))).toMatchObject({ days: 365, holidays: 11, makeupWorkdays: 1 });
  });

  it("R-DL-1 bad notices are refused on the field at fault", () => {
    const bad = (n: Partial<typeof notice2027>) => refusal(() => calendarYearFromNotice(2027, { ...notice2027, ...n }));
    expect(bad({ makeupDays: [{ date: "2027-02-17", name: "春节" }] })).toMatchObject({ field: "makeupDays.0.date" });
    expect(bad({ makeupDays: [{ date: "2027-02-06", name: "春节" }] }).message).toContain("已是春节假期");
    expect(bad({ holidays: [{ from: "2027-05-01", to: "2027-05-05", name: "" }] })).toMatchObject({ field: "holidays.0.name" });
    expect(bad({ holidays: [{ from: "2027-05-05", to: "2027-05-01", name: "劳动节" }] })).toMatchObject({ field: "holidays.0.to" });
    expect(bad({ holidays: [{ from: "2026-12-31", to: "2027-01-01", name: "元旦" }] })).toMatchObject({ field: "holidays.0.from" });
    expect(bad({ holidays: [{ from: "2027-01-01", to: "2027-01-30", name: "元旦" }] })).toMatchObject({ field: "holidays.0.to" });
    expect(bad({ holidays: [...notice2027.holidays, { from: "2027-01-03", to: "2027-01-04", name: "元旦" }] })).toMatchObject({ field: "holidays.2.from" });
    expect(refusal(() => calendarYearFromNotice(2101, notice2027))).toMatchObject({ field: "year" });
  });

  it("R-DL-1 any valid notice expands to every day of the year exactly once; weekends rest unless made working days", () => {
    const noticeArb = fc.integer({ min: 2000, max: 2100 }).chain((year) =>
      fc.record({
        year: fc.constant(year),
        holidays: fc.array(fc.record({ start: fc.integer({ min: 0, max: 350 }), len: fc.integer({ min: 1, max: 9 }), name: fc.constantFrom("元旦", "春节", "国庆节") }), { maxLength: 5 }),
        makeup: fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(noticeArb, ({ year, holidays, makeup }) => {
        const jan1 = `${year}-01-01`;
        const used = new Set<string>();
        const hs = [];
        for (const h of holidays) {
          const days = Array.from({ length: h.len }, (_, i) => addDays(jan1, h.start + i));
          if (days.some((d) => used.has(d) || !d.startsWith(String(year)))) continue;
          days.forEach((d) => used.add(d));
          hs.push({ from: days[0]!, to: days[days.length - 1]!, name: h.name });
        }
        const ms = [...new Set(makeup.map((m) => addDays(jan1, m)))].filter((d) => d.startsWith(String(year)) && isWeekend(d) && !used.has(d));
        const rows = calendarYearFromNotice(year, { holidays: hs, makeupDays: ms.map((date) => ({ date })) });
        expect(rows).toHaveLength(daysInYear(year));
        expect(new Set(rows.map((r) => r.date)).size).toBe(rows.length);
        for (const r of rows) {
          expect(r.date.startsWith(String(year))).toBe(true);
          if (isWeekend(r.date)) expect(r.isWorkday).toBe(ms.includes(r.date));
          else expect(r.isWorkday).toBe(!used.has(r.date));
        }
        const counts = calendarYearCounts(year, rows);
        expect(counts.makeupWorkdays).toBe(ms.length);
        expect(counts.holidays).toBe(used.size);
        expect(counts.workdays + counts.restDays).toBe(daysInYear(year));
      }),
    );
  });
});

describe("the missing-year warning", () => {
  it("R-DL-1 from 1 November a missing next year is announced, naming it", () => {
    expect(missingYearWarning(COVERED, "2026-10-31")).toBeNull();
    expect(missingYearWarning(COVERED, "2026-11-01")).toMatchObject({ year: 2027, message: expect.stringContaining("2027年工作日历尚未维护") });
    expect(missingYearWarning(COVERED, "2026-12-31")?.message).toContain("跨入2027年");
    expect(missingYearWarning([...COVERED, 2027], "2026-11-01")).toBeNull();
    expect(missingYearWarning(COVERED, "2025-12-15")).toBeNull();
  });

  it("R-DL-1 a missing current year is always announced", () => {
    expect(missingYearWarning(COVERED, "2027-03-01")).toMatchObject({ year: 2027 });
    expect(missingYearWarning([], "2026-01-05")).toMatchObject({ year: 2026 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const today = addDays("2027-01-01", offset);
        expect(missingYearWarning(COVERED, today)?.year).toBe(2027);
      }),
    );
  });
});
