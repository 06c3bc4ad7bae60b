import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { CalendarDay } from "@bianmin/domain";
import type { Tx } from "../client";
import { calendarDays } from "../schema";

/** The working-day calendar (R-DL-1): one row per day; a year is covered when it has rows. */

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** The years with rows, ascending, with their day and working-day counts (the kinds come from the domain). */
export async function coveredYears(db: Tx): Promise<{ year: number; days: number; workdays: number }[]> {
  const year = sql<number>`extract(year from ${calendarDays.date})::int`;
  return db
    .select({ year, days: sql<number>`count(*)::int`, workdays: sql<number>`count(*) filter (where ${calendarDays.isWorkday})::int` })
    .from(calendarDays)
    .groupBy(year)
    .orderBy(asc(year));
}

/** Every row of one year, in date order (empty when the year is not covered). */
export async function daysOfYear(db: Tx, year: number): Promise<CalendarDay[]> {
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, yearStart(year)), lte(calendarDays.date, yearEnd(year))))
    .orderBy(asc(calendarDays.date));
}

/** Write one day, replacing what it was; returns the row as it was before (null if there was none). */
export async function upsertDay(tx: Tx, row: CalendarDay): Promise<CalendarDay | null> {
  const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, row.date)).for("update");
  await tx
    .insert(calendarDays)
    .values(row)
    .onConflictDoUpdate({ target: calendarDays.date, set: { isWorkday: row.isWorkday, name: row.name } });
  return before ?? null;
}

/** Replace every row of a year with `rows` (an import or a year entered by hand); call inside a transaction. */
export async function replaceYear(tx: Tx, year: number, rows: readonly CalendarDay[]): Promise<CalendarDay[]> {
  if (rows.some((r) => !r.date.startsWith(`${year}-`))) throw new Error(`rows outside ${year}`);
  const before = await tx
    .delete(calendarDays)
    .where(and(gte(calendarDays.date, yearStart(year)), lte(calendarDays.date, yearEnd(year))))
    .returning();
  if (rows.length > 0) await tx.insert(calendarDays).values([...rows]);
  return before.sort((a, b) => (a.date < b.date ? -1 : 1));
}
