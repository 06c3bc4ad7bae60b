/**
 * Date conventions of the domain.
 *
 * - A calendar day is an ISO string "YYYY-MM-DD" (`IsoDate`), a local date in Asia/Shanghai.
 * - An instant is an ISO 8601 timestamp string with a zone, e.g. "2025-01-24T09:30:00+08:00" (`Instant`).
 *
 * Nothing here reads the clock: every function takes its time as an argument.
 */

/** "YYYY-MM-DD", a local calendar day in Asia/Shanghai. */
export type IsoDate = string;
/** ISO 8601 timestamp with zone ("Z" or "+08:00"). */
export type Instant = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** True when `s` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** True when `s` is an ISO timestamp with an explicit zone. */
export function isInstant(s: string): boolean {
  return INSTANT_RE.test(s) && !Number.isNaN(Date.parse(s)) && isIsoDate(s.slice(0, 10));
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertDate(s: string): void {
  if (!isIsoDate(s)) throw new RangeError(`日期格式不正确：${s}（应为 YYYY-MM-DD）`);
}

/** Day number (days since 1970-01-01) of an ISO date. */
export function dayNumber(date: IsoDate): number {
  assertDate(date);
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY);
}

/** ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;
/** Chinese weekday name, e.g. "星期六". */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? "";
}

/** True for Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** Year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Milliseconds since the epoch of an instant; throws on a malformed instant. */
export function instantMs(instant: Instant): number {
  if (!isInstant(instant)) throw new RangeError(`时间格式不正确：${instant}`);
  return Date.parse(instant);
}

/** The instant normalised to UTC ("…Z"), so that equal instants compare equal as strings. */
export function normalizeInstant(instant: Instant): Instant {
  return new Date(instantMs(instant)).toISOString();
}

/** The local date in Asia/Shanghai (UTC+08:00, no daylight saving) of an instant. */
export function shanghaiDate(instant: Instant): IsoDate {
  return new Date(instantMs(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant in Asia/Shanghai local time with its offset, to the second: "2025-01-24T09:30:00+08:00". */
export function shanghaiDateTime(instant: Instant): Instant {
  return `${new Date(instantMs(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** "2025年1月24日", the way people read dates. */
export function formatChineseDate(date: IsoDate): string {
  assertDate(date);
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
