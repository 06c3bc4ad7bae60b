import { expandCalendarYear } from "../calendar";
import type { CalendarDay, CalendarException } from "../calendar";
import { addDays } from "../dates";

/**
 * Test fixture: the official calendars of 2024–2026 as published by the General Office of the State Council
 * (国务院办公厅关于…部分节假日安排的通知). Cross-checked against the `chinese-days` package in calendar.test.ts.
 */

function holiday(from: string, to: string, name: string): CalendarException[] {
  const out: CalendarException[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ date: d, isWorkday: false, name });
  return out;
}
function makeup(date: string, festival: string): CalendarException {
  return { date, isWorkday: true, name: `${festival}调休上班` };
}

export const EXCEPTIONS_2024: CalendarException[] = [
  ...holiday("2024-01-01", "2024-01-01", "元旦"),
  ...holiday("2024-02-10", "2024-02-17", "春节"),
  makeup("2024-02-04", "春节"),
  makeup("2024-02-18", "春节"),
  ...holiday("2024-04-04", "2024-04-06", "清明节"),
  makeup("2024-04-07", "清明节"),
  ...holiday("2024-05-01", "2024-05-05", "劳动节"),
  makeup("2024-04-28", "劳动节"),
  makeup("2024-05-11", "劳动节"),
  ...holiday("2024-06-08", "2024-06-10", "端午节"),
  ...holiday("2024-09-15", "2024-09-17", "中秋节"),
  makeup("2024-09-14", "中秋节"),
  ...holiday("2024-10-01", "2024-10-07", "国庆节"),
  makeup("2024-09-29", "国庆节"),
  makeup("2024-10-12", "国庆节"),
];

export const EXCEPTIONS_2025: CalendarException[] = [
  ...holiday("2025-01-01", "2025-01-01", "元旦"),
  ...holiday("2025-01-28", "2025-02-04", "春节"),
  makeup("2025-01-26", "春节"),
  makeup("2025-02-08", "春节"),
  ...holiday("2025-04-04", "2025-04-06", "清明节"),
  ...holiday("2025-05-01", "2025-05-05", "劳动节"),
  makeup("2025-04-27", "劳动节"),
  ...holiday("2025-05-31", "2025-06-02", "端午节"),
  ...holiday("2025-10-01", "2025-10-08", "国庆节、中秋节"),
  makeup("2025-09-28", "国庆节"),
  makeup("2025-10-11", "国庆节"),
];

export const EXCEPTIONS_2026: CalendarException[] = [
  ...holiday("2026-01-01", "2026-01-03", "元旦"),
  makeup("2026-01-04", "元旦"),
  ...holiday("2026-02-15", "2026-02-23", "春节"),
  makeup("2026-02-14", "春节"),
  makeup("2026-02-28", "春节"),
  ...holiday("2026-04-04", "2026-04-06", "清明节"),
  ...holiday("2026-05-01", "2026-05-05", "劳动节"),
  makeup("2026-05-09", "劳动节"),
  ...holiday("2026-06-19", "2026-06-21", "端午节"),
  ...holiday("2026-09-25", "2026-09-27", "中秋节"),
  ...holiday("2026-10-01", "2026-10-07", "国庆节"),
  makeup("2026-09-20", "国庆节"),
  makeup("2026-10-10", "国庆节"),
];

/** Full rows for 2024, 2025 and 2026, as the db stores them. */
export const CALENDAR_ROWS_2024_2026: CalendarDay[] = [
  ...expandCalendarYear(2024, EXCEPTIONS_2024),
  ...expandCalendarYear(2025, EXCEPTIONS_2025),
  ...expandCalendarYear(2026, EXCEPTIONS_2026),
];
