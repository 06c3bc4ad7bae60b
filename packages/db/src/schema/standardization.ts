import { sql } from "drizzle-orm";
import { check, date, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ChecklistEntry } from "@bianmin/domain";
import { unitColumns } from "./columns";
import { users } from "./users";

/**
 * 规范化建设 (R-ORG-5): one checklist per station, filled by the station head and confirmed (or sent back) by the
 * township centre. Confirmation makes the station `operating` from the confirmation date.
 */
export const stationChecklists = pgTable(
  "station_checklists",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    entries: jsonb().$type<ChecklistEntry[]>().notNull(),
    areaM2: integer(),
    status: text({ enum: ["draft", "submitted", "returned", "confirmed"] })
      .notNull()
      .default("draft"),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    reviewNote: text(),
    confirmedOn: date({ mode: "string" }),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("station_checklists_station_uq").on(t.stationId),
    check("station_checklists_status_ck", sql`${t.status} in ('draft','submitted','returned','confirmed')`),
  ],
);
