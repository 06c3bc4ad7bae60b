import { createCalendar } from "@bianmin/domain";
import type { Calendar } from "@bianmin/domain";
import { matterQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";

const TTL_MS = 60_000;
const cache = new WeakMap<Db, { at: number; calendar: Promise<Calendar> }>();

/**
 * The working-day calendar from the calendar table (R-DL-1). Kept for a minute per database handle: the
 * calendar changes a few times a year, and every command and queue needs it.
 */
export function loadCalendar(db: Db, nowMs: number = Date.now()): Promise<Calendar> {
  const hit = cache.get(db);
  if (hit && nowMs - hit.at < TTL_MS) return hit.calendar;
  const calendar = matterQueries.calendarRows(db).then((rows) => createCalendar(rows));
  cache.set(db, { at: nowMs, calendar });
  calendar.catch(() => cache.delete(db));
  return calendar;
}

/** Forget the cached calendar of a database handle: call after a calendar write so deadlines use the new data at once. */
export function invalidateCalendar(db: Db): void {
  cache.delete(db);
}
