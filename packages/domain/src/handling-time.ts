import type { Calendar } from "./calendar";
import type { IsoDate } from "./dates";
import { workdaysBetween } from "./deadline";

/**
 * Handling time of completed matters (R-SUP-1): working days from acceptance to completion, as the calendar
 * counts them (the day of acceptance not counted, the day of completion counted).
 */

export interface HandlingTime {
  /** Completions counted. */
  count: number;
  /** Mean working days, one decimal; null without completions counted. */
  averageWorkdays: number | null;
  /** Completions left out because the calendar lacks a year they touch. */
  uncounted: number;
}

export function averageHandlingWorkdays(calendar: Calendar, rows: readonly { acceptedOn: IsoDate; completedOn: IsoDate }[]): HandlingTime {
  let total = 0;
  let count = 0;
  for (const r of rows) {
    const first = Number(r.acceptedOn.slice(0, 4));
    const last = Number(r.completedOn.slice(0, 4));
    if (Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i).some((y) => !calendar.covers(y))) continue;
    total += Math.max(0, workdaysBetween(calendar, r.acceptedOn, r.completedOn));
    count += 1;
  }
  return { count, averageWorkdays: count === 0 ? null : Math.round((total * 10) / count) / 10, uncounted: rows.length - count };
}
