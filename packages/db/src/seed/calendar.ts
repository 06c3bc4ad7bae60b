// the library's data file, not its code: the code is not bundleable by the apps' Turbopack (its package.json says
// CommonJS while its "module" entry is ESM), and the API imports this module to import years at run time
import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { isWeekend } from "@bianmin/domain";
import type { CalendarDay } from "@bianmin/domain";

const WEEKDAY_NAMES = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/** Dates of statutory days off and of 调休上班 days, each "Spring Festival,春节,4". */
const HOLIDAYS: Record<string, string> = chineseDays.holidays;
const WORKDAYS: Record<string, string> = chineseDays.workdays;
/** "Spring Festival,春节,4" → "春节". */
const festivalOf = (entry: string | undefined) => entry?.split(",")[1] ?? null;

/**
 * Calendar rows for whole years from the maintained `chinese-days` data (R-DL-1): statutory holidays, 调休上班
 * make-up working days, and plain weekends. Only the seed and the administrator's import read the data; rules read the table.
 */
export function calendarRowsForYear(year: number): CalendarDay[] {
  const rows: CalendarDay[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const holiday = HOLIDAYS[date];
    const makeup = WORKDAYS[date];
    const isWorkday = makeup !== undefined || (holiday === undefined && !weekend);
    let name: string | null = null;
    if (isWorkday && weekend) name = festivalOf(makeup) ? `调休上班（${festivalOf(makeup)}）` : "调休上班";
    else if (!isWorkday && festivalOf(holiday)) name = festivalOf(holiday);
    else if (!isWorkday) name = WEEKDAY_NAMES[weekday] ?? null;
    rows.push({ date, isWorkday, name });
  }
  return rows;
}

/**
 * Whether `chinese-days` has the State Council's arrangements for a year. Outside its data every day is a plain
 * weekday or weekend, so a year with no weekday holiday at all (every year has 春节 and 国庆节) is not covered.
 */
export function chineseDaysHasYear(year: number): boolean {
  return calendarRowsForYear(year).some((r) => !r.isWorkday && !isWeekend(r.date));
}

/** The years the demo calendar covers. chinese-days has official data up to 2026. */
export const SEED_CALENDAR_YEARS = [2024, 2025, 2026];
