import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Fee, Material } from "@bianmin/domain";
import { windows } from "./org";

/** A service item (R-CAT-2): its identity; every content change is a new row in service_item_versions (R-CAT-3). */
export const serviceItems = pgTable("service_items", {
  code: text().primaryKey(),
  currentVersion: integer().notNull(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const serviceItemVersions = pgTable(
  "service_item_versions",
  {
    code: text()
      .notNull()
      .references(() => serviceItems.code),
    version: integer().notNull(),
    name: text().notNull(),
    category: text({ enum: ["certificate", "consultation", "publicAffairs"] }).notNull(),
    level: text({ enum: ["village", "township", "district"] }).notNull(),
    handlingBody: text().notNull(),
    legalBasis: text().notNull(),
    conditions: text().notNull(),
    materials: jsonb().$type<Material[]>().notNull(),
    fees: jsonb().$type<Fee[]>().notNull(),
    timeLimitDays: integer().notNull(),
    inPerson: boolean().notNull(),
    needsReview: boolean().notNull(),
    needsSurvey: boolean().notNull(),
    guide: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.version] }),
    check("siv_category_ck", sql`${t.category} in ('certificate','consultation','publicAffairs')`),
    check("siv_level_ck", sql`${t.level} in ('village','township','district')`),
    check("siv_limit_ck", sql`${t.timeLimitDays} >= 0`),
  ],
);

/** Which township-centre window handles which item. */
export const windowItems = pgTable(
  "window_items",
  {
    windowId: uuid()
      .notNull()
      .references(() => windows.id),
    itemCode: text()
      .notNull()
      .references(() => serviceItems.code),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.itemCode] }), index("window_items_item_idx").on(t.itemCode)],
);
