import { boolean, date, pgTable, text } from "drizzle-orm/pg-core";

/** The official working-day calendar (R-DL-1): one row per day of each covered year. */
export const calendarDays = pgTable("calendar_days", {
  date: date({ mode: "string" }).primaryKey(),
  isWorkday: boolean().notNull(),
  name: text(),
});
