import { addDays, addWorkdays, isDomainError, shanghaiDate } from "@bianmin/domain";
import type { Calendar, IsoDate } from "@bianmin/domain";
import type { Rng } from "./random";
import { StopProcess } from "./sim";

/** Simulated time for the demo history: Shanghai office hours on the calendar's working days. */

const MINUTE = 60_000;
export const minutes = (n: number) => n * MINUTE;

/** The moment `hh:mm` of a Shanghai day. */
export function msAt(date: IsoDate, minuteOfDay: number): number {
  return Date.parse(`${date}T00:00:00+08:00`) + minutes(minuteOfDay);
}

export function dateOf(ms: number): IsoDate {
  return shanghaiDate(new Date(ms).toISOString());
}

export function minuteOfDay(ms: number): number {
  return Math.floor((ms - Date.parse(`${dateOf(ms)}T00:00:00+08:00`)) / MINUTE);
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** Calendar arithmetic that ends the process quietly where the calendar has no data (after 2026). */
function covered<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isDomainError(e) && e.code === "CALENDAR_YEAR_MISSING") throw new StopProcess(e.message);
    throw e;
  }
}

export function isWorkday(cal: Calendar, date: IsoDate): boolean {
  return covered(() => cal.isWorkday(date));
}

/** The n-th working day after `date` (n = 0: `date` itself). */
export function workdayAfter(cal: Calendar, date: IsoDate, n: number): IsoDate {
  return covered(() => addWorkdays(cal, date, n));
}

/** `date` if it is a working day, else the next one. */
export function workdayFrom(cal: Calendar, date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkday(cal, d)) d = addDays(d, 1);
  return d;
}

/** Counter hours (09:00–11:40, 14:40–17:00), never before `notBefore`. */
export function counterTime(r: Rng, date: IsoDate, notBefore = 0): number {
  const m = r.chance(0.55) ? r.int(9 * 60, 11 * 60 + 40) : r.int(14 * 60 + 40, 17 * 60);
  return Math.max(msAt(date, m), notBefore + minutes(1));
}

const CLOSING = 17 * 60 + 20;

/**
 * A moment `min`–`max` minutes after `ms`; past closing time it moves to the next working day's morning. Acts at the
 * counter therefore stay within office hours.
 */
export function later(cal: Calendar, r: Rng, ms: number, min: number, max: number): number {
  const t = ms + minutes(r.int(min, max));
  const date = dateOf(t);
  if (dateOf(ms) === date && minuteOfDay(t) <= CLOSING && isWorkday(cal, date)) return t;
  const next = workdayAfter(cal, dateOf(ms), 1);
  return Math.max(msAt(next, r.int(8 * 60 + 55, 10 * 60 + 30)), ms + minutes(1));
}

/** Counter time on the n-th working day after the day of `ms`, after `ms`. */
export function onWorkdayAfter(cal: Calendar, r: Rng, ms: number, n: number): number {
  return counterTime(r, workdayAfter(cal, dateOf(ms), n), ms);
}
