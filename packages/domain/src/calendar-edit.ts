import { dayKindOf, expandCalendarYear, PLAIN_WEEKEND_NAMES } from "./calendar";
import type { CalendarDay, CalendarException, DayKind } from "./calendar";
import { addDays, dayNumber, isIsoDate, isWeekend, weekdayName, yearOf } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

/**
 * Maintaining the working-day calendar (R-DL-1): editing one day, entering a year from the State Council's
 * holiday notice, and warning before a year runs out. Pure rules; the API stores what they return.
 */

/** The years the calendar may hold: enough for history and planning, never a typo like 20266. */
export const CALENDAR_YEAR_RANGE = { min: 2000, max: 2100 } as const;

export const DAY_KINDS = ["workday", "weekend", "holiday", "makeupWorkday"] as const satisfies readonly DayKind[];

const NAME_MAX = 20;

function invalid(field: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError("CALENDAR_INVALID", message, { field, ...details });
}

function checkDate(date: string, field: string, label: string): void {
  if (!isIsoDate(date)) throw invalid(field, `${label}格式不正确（应为 YYYY-MM-DD 的真实日期）`, { date });
  const y = yearOf(date);
  if (y < CALENDAR_YEAR_RANGE.min || y > CALENDAR_YEAR_RANGE.max) {
    throw invalid(field, `${label}超出范围：只能维护${CALENDAR_YEAR_RANGE.min}年至${CALENDAR_YEAR_RANGE.max}年的日历`, { date });
  }
}

function cleanName(name: string | null | undefined, field: string, label: string): string | null {
  const n = name?.trim() ?? "";
  if (n.length > NAME_MAX) throw invalid(field, `${label}不能超过${NAME_MAX}个字`);
  return n === "" ? null : n;
}

/** "调休上班（国庆节）" from "国庆节"; a name that already says 调休 is kept. */
function makeupName(name: string | null): string {
  if (!name) return "调休上班";
  return name.startsWith("调休") ? name : `调休上班（${name}）`;
}

/** One day as an administrator edits it. */
export interface DayEdit {
  date: IsoDate;
  kind: DayKind;
  name?: string | null;
}

/**
 * The row to store for an edit of one day, or a CALENDAR_INVALID error on the bad field (`date`, `kind`, `name`):
 * - only a day of a year the calendar already holds may be edited (a lone day would leave its year incomplete);
 * - a 调休上班 make-up working day is a Saturday or Sunday, and an ordinary working day is Monday to Friday;
 * - a plain weekend is a Saturday or Sunday;
 * - a statutory holiday has a name (e.g. 国庆节), which is not just a weekday name.
 */
export function calendarDayFromEdit(edit: DayEdit, coveredYears: readonly number[]): CalendarDay {
  checkDate(edit.date, "date", "日期");
  const year = yearOf(edit.date);
  if (!coveredYears.includes(year)) {
    throw invalid("date", `${year}年的工作日历尚未建立，请先导入或录入${year}年的节假日安排，再修改单日`, { year });
  }
  const weekday = weekdayName(edit.date);
  const weekend = isWeekend(edit.date);
  const name = cleanName(edit.name, "name", "名称");
  switch (edit.kind) {
    case "workday":
      if (weekend) throw invalid("kind", `${edit.date}是${weekday}，周末上班请选择「调休上班」并注明调休原因`);
      return { date: edit.date, isWorkday: true, name: null };
    case "makeupWorkday":
      if (!weekend) throw invalid("kind", `调休上班只能设在星期六或星期日，${edit.date}是${weekday}`);
      return { date: edit.date, isWorkday: true, name: makeupName(name) };
    case "weekend":
      if (!weekend) throw invalid("kind", `${edit.date}是${weekday}，不是周末；工作日放假请选择「法定节假日」并填写名称`);
      return { date: edit.date, isWorkday: false, name: null };
    case "holiday":
      if (!name) throw invalid("name", "法定节假日必须填写名称（如：国庆节）");
      if (PLAIN_WEEKEND_NAMES.has(name)) throw invalid("name", `节假日名称不能只写“${name}”，请填写节日名称（如：国庆节）`);
      return { date: edit.date, isWorkday: false, name };
    default:
      throw invalid("kind", "日期类型不正确");
  }
}

/** A run of holidays as the notice prints it: "10月1日至7日放假调休，共7天". */
export interface HolidayRange {
  from: IsoDate;
  to: IsoDate;
  name: string;
}

/** A 调休上班 day as the notice prints it: "9月20日（周日）上班". */
export interface MakeupDay {
  date: IsoDate;
  name?: string | null;
}

export interface YearNotice {
  holidays: readonly HolidayRange[];
  makeupDays: readonly MakeupDay[];
}

/** The longest run of holidays a notice has had (春节 with 调休 is 8–9 days). */
const MAX_HOLIDAY_SPAN = 15;

function checkYearRange(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_YEAR_RANGE.min || year > CALENDAR_YEAR_RANGE.max) {
    throw invalid("year", `年份超出范围：只能维护${CALENDAR_YEAR_RANGE.min}年至${CALENDAR_YEAR_RANGE.max}年的日历`, { year });
  }
}

/**
 * The full rows of a year entered by hand from the State Council's notice (R-DL-1): every day not named in the
 * notice follows the Monday–Friday rule. Errors name the bad field, e.g. `holidays.0.to` or `makeupDays.1.date`:
 * dates must lie in the year, a range must run forwards and be at most 15 days, a holiday must have a name, a
 * make-up day must be a Saturday or Sunday outside every holiday, and no day may be given twice.
 */
export function calendarYearFromNotice(year: number, notice: YearNotice): CalendarDay[] {
  checkYearRange(year);
  const exceptions = new Map<IsoDate, CalendarException>();
  notice.holidays.forEach((h, i) => {
    const at = `holidays.${i}`;
    checkDate(h.from, `${at}.from`, `第${i + 1}个假期的开始日期`);
    checkDate(h.to, `${at}.to`, `第${i + 1}个假期的结束日期`);
    if (yearOf(h.from) !== year) throw invalid(`${at}.from`, `第${i + 1}个假期的开始日期 ${h.from} 不在${year}年内`);
    if (yearOf(h.to) !== year) throw invalid(`${at}.to`, `第${i + 1}个假期的结束日期 ${h.to} 不在${year}年内`);
    if (h.to < h.from) throw invalid(`${at}.to`, `第${i + 1}个假期的结束日期不能早于开始日期`);
    if (dayNumber(h.to) - dayNumber(h.from) + 1 > MAX_HOLIDAY_SPAN) {
      throw invalid(`${at}.to`, `第${i + 1}个假期超过${MAX_HOLIDAY_SPAN}天，请核对起止日期`);
    }
    const name = cleanName(h.name, `${at}.name`, `第${i + 1}个假期的名称`);
    if (!name) throw invalid(`${at}.name`, `第${i + 1}个假期必须填写名称（如：春节）`);
    if (PLAIN_WEEKEND_NAMES.has(name)) throw invalid(`${at}.name`, `第${i + 1}个假期的名称不能只写“${name}”`);
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
      if (exceptions.has(d)) throw invalid(`${at}.from`, `${d} 在多个假期中重复出现`, { date: d });
      exceptions.set(d, { date: d, isWorkday: false, name });
    }
  });
  notice.makeupDays.forEach((m, i) => {
    const field = `makeupDays.${i}.date`;
    const label = `第${i + 1}个调休上班日`;
    checkDate(m.date, field, label);
    if (yearOf(m.date) !== year) throw invalid(field, `${label} ${m.date} 不在${year}年内`);
    if (!isWeekend(m.date)) throw invalid(field, `调休上班只能设在星期六或星期日，${m.date}是${weekdayName(m.date)}`);
    const existing = exceptions.get(m.date);
    if (existing) {
      throw invalid(field, existing.isWorkday ? `${m.date} 重复填写` : `${m.date} 已是${existing.name}假期，不能同时调休上班`, { date: m.date });
    }
    exceptions.set(m.date, { date: m.date, isWorkday: true, name: makeupName(cleanName(m.name, `makeupDays.${i}.name`, `${label}的名称`)) });
  });
  return expandCalendarYear(year, [...exceptions.values()]);
}

/** The days of a year that differ from the Monday–Friday rule: what a notice lists, and what the audit keeps. */
export function calendarExceptions(rows: readonly CalendarDay[]): CalendarException[] {
  return rows
    .filter((r) => {
      const kind = dayKindOf(r);
      return kind === "holiday" || kind === "makeupWorkday";
    })
    .map((r) => ({ date: r.date, isWorkday: r.isWorkday, name: r.name ?? "" }));
}

export interface CalendarYearCounts {
  year: number;
  days: number;
  workdays: number;
  restDays: number;
  holidays: number;
  makeupWorkdays: number;
}

/** How many days of each kind the rows of one year have, as the calendar reads them. */
export function calendarYearCounts(year: number, rows: readonly CalendarDay[]): CalendarYearCounts {
  const kinds = rows.filter((r) => yearOf(r.date) === year).map(dayKindOf);
  const count = (kind: DayKind) => kinds.filter((k) => k === kind).length;
  const workdays = count("workday") + count("makeupWorkday");
  return { year, days: kinds.length, workdays, restDays: kinds.length - workdays, holidays: count("holiday"), makeupWorkdays: count("makeupWorkday") };
}

export interface MissingYearWarning {
  year: number;
  message: string;
}

/** From this day of the year on, next year's calendar must already be there. */
const WARN_FROM_MONTH_DAY = "11-01";

/**
 * The banner every console shows while the calendar runs short (R-DL-1): always when the current year is not
 * covered, and from 1 November when next year is not. Null when nothing is missing.
 */
export function missingYearWarning(coveredYears: readonly number[], today: IsoDate): MissingYearWarning | null {
  const year = yearOf(today);
  if (!coveredYears.includes(year)) {
    return { year, message: `${year}年工作日历尚未维护，事项的承诺办结日期无法计算，事项将无法受理，请系统管理员在「工作日历」中录入` };
  }
  const next = year + 1;
  if (today.slice(5) >= WARN_FROM_MONTH_DAY && !coveredYears.includes(next)) {
    return { year: next, message: `${next}年工作日历尚未维护，承诺办结日期跨入${next}年的事项将无法受理，请系统管理员在「工作日历」中录入` };
  }
  return null;
}
