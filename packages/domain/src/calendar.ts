import { addDays, dayOfWeek, daysInMonth, isIsoDate, isWeekend, weekdayName, yearOf } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

/**
 * The official working-day calendar (R-DL-1) is data: one row per day, for whole years.
 * A year is covered when it has rows; a date in an uncovered year is an error naming the year (R-DL-2).
 */
export type CalendarDay = { date: string; isWorkday: boolean; name: string | null };

/** How a day counts, for explanations. */
export type DayKind = "workday" | "makeupWorkday" | "weekend" | "holiday";

export interface CalendarDayInfo extends CalendarDay {
  kind: DayKind;
  /** "星期六" */
  weekday: string;
}

export interface Calendar {
  /** Years with data, ascending. */
  readonly coveredYears: readonly number[];
  /** True when the year has data. */
  covers(year: number): boolean;
  /** The row of a date, with its kind; throws CALENDAR_YEAR_MISSING for an uncovered year. */
  day(date: IsoDate): CalendarDayInfo;
  /** Whether a date is a working day; throws CALENDAR_YEAR_MISSING for an uncovered year. */
  isWorkday(date: IsoDate): boolean;
}

function yearMissing(year: number): DomainError {
  return new DomainError("CALENDAR_YEAR_MISSING", `缺少${year}年的工作日历数据，无法计算工作日，请先维护${year}年的节假日安排`, {
    year,
  });
}

/** Names that only say "weekend" (some data sources label plain Saturdays and Sundays). */
export const PLAIN_WEEKEND_NAMES: ReadonlySet<string> = new Set(["周六", "周日", "星期六", "星期日", "星期天", "周末", "休息日"]);

/** How a row counts: a weekend working day is 调休上班, a weekday rest day or a named weekend rest day a holiday. */
export function dayKindOf(row: CalendarDay): DayKind {
  const weekend = isWeekend(row.date);
  if (row.isWorkday) return weekend ? "makeupWorkday" : "workday";
  return weekend && (!row.name || PLAIN_WEEKEND_NAMES.has(row.name)) ? "weekend" : "holiday";
}

/**
 * Builds a calendar from rows. Every year that appears must be complete (one row per day) and no date may
 * repeat; otherwise a CALENDAR_INVALID error says what is wrong.
 */
export function createCalendar(rows: readonly CalendarDay[]): Calendar {
  const byDate = new Map<string, CalendarDayInfo>();
  const perYear = new Map<number, number>();
  for (const row of rows) {
    if (!isIsoDate(row.date)) {
      throw new DomainError("CALENDAR_INVALID", `工作日历日期格式不正确：${row.date}`, { date: row.date });
    }
    if (byDate.has(row.date)) {
      throw new DomainError("CALENDAR_INVALID", `工作日历中日期重复：${row.date}`, { date: row.date });
    }
    const name = row.name && row.name.trim() ? row.name.trim() : null;
    const clean = { date: row.date, isWorkday: row.isWorkday, name };
    byDate.set(row.date, { ...clean, kind: dayKindOf(clean), weekday: weekdayName(row.date) });
    const y = yearOf(row.date);
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  for (const [year, count] of perYear) {
    const expected = daysInYear(year);
    if (count !== expected) {
      throw new DomainError(
        "CALENDAR_INVALID",
        `${year}年的工作日历不完整：应有${expected}天，实有${count}天`,
        { year, expected, count },
      );
    }
  }
  const coveredYears = [...perYear.keys()].sort((a, b) => a - b);
  const day = (date: IsoDate): CalendarDayInfo => {
    if (!isIsoDate(date)) throw new DomainError("CALENDAR_INVALID", `日期格式不正确：${date}`, { date });
    const info = byDate.get(date);
    if (!info) throw yearMissing(yearOf(date));
    return info;
  };
  return {
    coveredYears,
    covers: (year) => perYear.has(year),
    day,
    isWorkday: (date) => day(date).isWorkday,
  };
}

/** 365 or 366. */
export function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/** An exception to the plain Monday–Friday rule, as published in a holiday notice. */
export interface CalendarException {
  date: IsoDate;
  isWorkday: boolean;
  name: string;
}

/**
 * Builds the full rows of one year from the published exceptions (holidays and make-up working days):
 * a helper for seeding data, not used when counting days.
 */
export function expandCalendarYear(year: number, exceptions: readonly CalendarException[]): CalendarDay[] {
  const map = new Map(exceptions.map((e) => [e.date, e]));
  for (const e of exceptions) {
    if (yearOf(e.date) !== year) {
      throw new DomainError("CALENDAR_INVALID", `日期 ${e.date} 不属于${year}年`, { date: e.date, year });
    }
  }
  const rows: CalendarDay[] = [];
  let date = `${year}-01-01`;
  while (yearOf(date) === year) {
    const e = map.get(date);
    rows.push(e ? { date, isWorkday: e.isWorkday, name: e.name } : { date, isWorkday: dayOfWeek(date) % 6 !== 0, name: null });
    date = addDays(date, 1);
  }
  return rows;
}
