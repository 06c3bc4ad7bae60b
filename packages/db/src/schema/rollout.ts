import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { districts } from "./org";

/**
 * 建设进度 targets (R-ORG-6, §五(八)): by `targetDate` at least `percent` % of the district's villages have an
 * operating station. One campaign has several dated targets; a date carries one target per district.
 */
export const rolloutTargets = pgTable(
  "rollout_targets",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    campaign: text().notNull(),
    targetDate: date({ mode: "string" }).notNull(),
    percent: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("rollout_targets_district_date_uq").on(t.districtId, t.targetDate),
    check("rollout_targets_percent_ck", sql`${t.percent} between 0 and 100`),
  ],
);
