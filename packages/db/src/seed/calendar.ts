import chineseDays from "chinese-days";
import type { CalendarDay } from "@bianmin/domain";

const WEEKDAY_NAMES = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/**
 * Calendar rows for whole years from the maintained `chinese-days` data (R-DL-1): statutory holidays, 调休上班
 * make-up working days, and plain weekends. Only the seed calls the library; rules read the table.
 */
export function calendarRowsForYear(year: number): CalendarDay[] {
  const rows: CalendarDay[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const detail = chineseDays.getDayDetail(date);
    const festival = detail.name.includes(",") ? detail.name.split(",")[1] ?? null : null;
    let name: string | null = null;
    if (detail.work && weekend) name = festival ? `调休上班（${festival}）` : "调休上班";
    else if (!detail.work && festival) name = festival;
    else if (!detail.work) name = WEEKDAY_NAMES[weekday] ?? null;
    rows.push({ date, isWorkday: detail.work, name });
  }
  return rows;
}

/** The years the demo calendar covers. chinese-days has official data up to 2026. */
export const SEED_CALENDAR_YEARS = [2024, 2025, 2026];
