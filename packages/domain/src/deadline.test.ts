import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { addDays } from "./dates";
import { addWorkdays, explainWorkdays, workdaysBetween, workdaysIn } from "./deadline";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";

const cal = createCalendar(CALENDAR_ROWS_2024_2026);

describe("addWorkdays", () => {
  it("R-DL-2 the day of acceptance is not counted: Monday + 3 working days is Thursday", () => {
    expect(addWorkdays(cal, "2025-03-03", 3)).toBe("2025-03-06");
    expect(addWorkdays(cal, "2025-03-03", 1)).toBe("2025-03-04");
  });

  it("R-DL-2 limit 0 is settled on the spot (即办件), even on a rest day", () => {
    expect(addWorkdays(cal, "2025-03-03", 0)).toBe("2025-03-03");
    expect(addWorkdays(cal, "2025-02-01", 0)).toBe("2025-02-01");
  });

  it("R-DL-1 a deadline across the 2025 Spring Festival counts the make-up Sunday and skips the holiday", () => {
    // accepted Friday 2025-01-24: 1/26 (Sun, 调休上班) is day 1, 1/27 day 2, 1/28–2/4 春节, 2/5 day 3 … 2/7 day 5
    expect(addWorkdays(cal, "2025-01-24", 5)).toBe("2025-02-07");
    expect(addWorkdays(cal, "2025-01-24", 6)).toBe("2025-02-08"); // Saturday 调休上班
    expect(addWorkdays(cal, "2025-01-24", 7)).toBe("2025-02-10");
  });

  it("R-DL-1 a deadline across the 2024 Spring Festival lands on the make-up Sunday 2024-02-18", () => {
    expect(addWorkdays(cal, "2024-02-09", 1)).toBe("2024-02-18");
    expect(addWorkdays(cal, "2024-02-09", 3)).toBe("2024-02-20");
  });

  it("R-DL-1 2026: the Saturday before the Spring Festival is a working day, then nine days of rest", () => {
    expect(addWorkdays(cal, "2026-02-13", 1)).toBe("2026-02-14");
    expect(addWorkdays(cal, "2026-02-13", 2)).toBe("2026-02-24");
  });

  it("R-DL-1 National Day 2025 (10/1–10/8) and its make-up Sunday 9/28", () => {
    expect(addWorkdays(cal, "2025-09-26", 1)).toBe("2025-09-28");
    expect(addWorkdays(cal, "2025-09-30", 1)).toBe("2025-10-09");
    expect(addWorkdays(cal, "2025-09-30", 2)).toBe("2025-10-10");
    expect(addWorkdays(cal, "2025-09-30", 3)).toBe("2025-10-11"); // Saturday 调休上班
  });

  it("R-DL-1 2024 Labour Day: make-up Sunday 4/28 and Saturday 5/11", () => {
    expect(addWorkdays(cal, "2024-04-26", 1)).toBe("2024-04-28");
    expect(addWorkdays(cal, "2024-04-30", 1)).toBe("2024-05-06");
    expect(addWorkdays(cal, "2024-05-10", 1)).toBe("2024-05-11");
  });

  it("R-DL-2 counting into a year without data is an error naming that year", () => {
    expect(addWorkdays(cal, "2026-12-30", 1)).toBe("2026-12-31");
    expect(() => addWorkdays(cal, "2026-12-31", 1)).toThrow(/2027年/);
    expect(() => addWorkdays(cal, "2023-12-29", 0)).toThrow(/2023年/);
  });

  it("R-DL-2 a negative or fractional number of working days is refused", () => {
    expect(() => addWorkdays(cal, "2025-03-03", -1)).toThrow(/非负整数/);
    expect(() => addWorkdays(cal, "2025-03-03", 1.5)).toThrow(/非负整数/);
  });
});

describe("workdaysBetween", () => {
  it("R-DL-1 counts working days after the first date up to and including the second", () => {
    expect(workdaysBetween(cal, "2025-01-24", "2025-02-07")).toBe(5);
    expect(workdaysBetween(cal, "2025-03-03", "2025-03-03")).toBe(0);
    expect(workdaysBetween(cal, "2025-03-07", "2025-03-09")).toBe(0); // Fri → Sun
    expect(workdaysBetween(cal, "2025-02-07", "2025-01-24")).toBe(-5);
  });
});

describe("workdaysIn", () => {
  it("R-DL-1 counts the working days of a closed range, both ends included, across a year boundary", () => {
    expect(workdaysIn(cal, "2025-03-03", "2025-03-09")).toBe(5); // Mon–Sun
    expect(workdaysIn(cal, "2025-10-01", "2025-10-08")).toBe(0); // National Day and Mid-Autumn
    expect(workdaysIn(cal, "2025-03-09", "2025-03-03")).toBe(0);
    expect(workdaysIn(cal, "2024-12-31", "2025-01-02")).toBe(2); // 1 January is a holiday
  });

  it("R-DL-1 equals workdaysBetween from the day before the range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1090 }), fc.integer({ min: 0, max: 60 }), (offset, span) => {
        const from = addDays("2024-01-01", offset);
        const to = addDays(from, span);
        fc.pre(to <= "2026-12-31");
        expect(workdaysIn(cal, from, to)).toBe(workdaysBetween(cal, addDays(from, -1), to));
      }),
    );
  });
});

describe("explainWorkdays", () => {
  it("R-DL-2 explains every skipped day and every make-up working day", () => {
    const x = explainWorkdays(cal, "2025-01-24", 5);
    expect(x.end).toBe("2025-02-07");
    expect(x.counted.map((c) => c.date)).toEqual(["2025-01-26", "2025-01-27", "2025-02-05", "2025-02-06", "2025-02-07"]);
    expect(x.counted[0]).toMatchObject({ makeup: true, name: "春节调休上班", ordinal: 1 });
    expect(x.skipped.map((s) => s.date)).toEqual([
      "2025-01-25",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-02",
      "2025-02-03",
      "2025-02-04",
    ]);
    expect(x.skipped[0]).toMatchObject({ kind: "weekend", reason: "2025年1月25日（星期六）周末休息日" });
    expect(x.skipped[1]).toMatchObject({ kind: "holiday", reason: "2025年1月28日（星期二）春节，休息日" });
    expect(x.text).toContain("自2025年1月24日（受理当日不计）起算5个工作日，承诺办结日期为2025年2月7日");
    expect(x.text).toContain("跳过9个休息日");
    expect(x.text).toContain("计入调休上班日：2025年1月26日（春节调休上班）");
  });

  it("R-DL-2 explains an on-the-spot item", () => {
    const x = explainWorkdays(cal, "2025-03-03", 0);
    expect(x).toMatchObject({ end: "2025-03-03", counted: [], skipped: [] });
    expect(x.text).toContain("即办件");
  });
});

const startDate = fc.integer({ min: 0, max: 365 + 366 + 180 }).map((n) => addDays("2024-01-01", n));
const count = fc.integer({ min: 0, max: 60 });

describe("working-day properties", () => {
  it("R-DL-1 adding N ≥ 1 working days lands on a working day", () => {
    fc.assert(fc.property(startDate, fc.integer({ min: 1, max: 60 }), (s, n) => cal.isWorkday(addWorkdays(cal, s, n))));
  });

  it("R-DL-1 addWorkdays is strictly increasing in N", () => {
    fc.assert(fc.property(startDate, count, (s, n) => addWorkdays(cal, s, n) < addWorkdays(cal, s, n + 1)));
  });

  it("R-DL-1 addWorkdays is monotonic in the start date", () => {
    fc.assert(
      fc.property(startDate, startDate, count, (a, b, n) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        return addWorkdays(cal, s1, n) <= addWorkdays(cal, s2, n);
      }),
    );
  });

  it("R-DL-2 workdaysBetween inverts addWorkdays", () => {
    fc.assert(fc.property(startDate, count, (s, n) => workdaysBetween(cal, s, addWorkdays(cal, s, n)) === n));
  });

  it("R-DL-2 addWorkdays inverts workdaysBetween on working days", () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 90 }), (s, k) => {
        const t = addDays(s, k);
        fc.pre(cal.isWorkday(t));
        return addWorkdays(cal, s, workdaysBetween(cal, s, t)) === t;
      }),
    );
  });

  it("R-DL-2 the explanation accounts for every calendar day between start and deadline", () => {
    fc.assert(
      fc.property(startDate, count, (s, n) => {
        const x = explainWorkdays(cal, s, n);
        const span = workdaysBetween(cal, s, x.end);
        let days = 0;
        for (let d = s; d < x.end; d = addDays(d, 1)) days += 1;
        return x.counted.length === n && span === n && x.counted.length + x.skipped.length === days;
      }),
    );
  });
});
