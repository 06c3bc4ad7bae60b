import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { InspectionFinding } from "@bianmin/domain";
import { unitColumns } from "./columns";
import { users } from "./users";

/**
 * 明察暗访 (R-SUP-2): an unannounced inspection of a station by the district efficiency or approval centre,
 * with findings against the checklist. Findings feed the bimonthly and half-year assessments.
 */
export const inspections = pgTable(
  "inspections",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    inspectedOn: date({ mode: "string" }).notNull(),
    centerKind: text({ enum: ["approval", "efficiency"] }).notNull(),
    inspectorId: uuid()
      .notNull()
      .references(() => users.id),
    findings: jsonb().$type<InspectionFinding[]>().notNull(),
    /** Number of failed checks (a column so that assessments sum without reading the JSON). */
    problemCount: integer().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("inspections_station_idx").on(t.stationId, t.inspectedOn), index("inspections_township_idx").on(t.townshipId, t.inspectedOn)],
);

/** A rectification required by an inspection, with a working-day deadline, confirmed by the township. */
export const rectifications = pgTable(
  "rectifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    requirement: text().notNull(),
    days: integer().notNull(),
    dueDate: date({ mode: "string" }).notNull(),
    status: text({ enum: ["open", "reported", "confirmed"] })
      .notNull()
      .default("open"),
    report: text(),
    reportedAt: timestamp({ withTimezone: true }),
    reportedBy: uuid().references(() => users.id),
    confirmedAt: timestamp({ withTimezone: true }),
    confirmedBy: uuid().references(() => users.id),
    confirmNote: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("rectifications_township_idx").on(t.townshipId, t.status),
    check("rectifications_status_ck", sql`${t.status} in ('open','reported','confirmed')`),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** A photo taken during an inspection (optional, R-SUP-2): the image bytes with their type, kept beside the record. */
export const inspectionPhotos = pgTable(
  "inspection_photos",
  {
    id: uuid().primaryKey().defaultRandom(),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    districtId: uuid().notNull(),
    mimeType: text({ enum: ["image/jpeg", "image/png", "image/webp"] }).notNull(),
    byteSize: integer().notNull(),
    caption: text(),
    content: bytea().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("inspection_photos_inspection_idx").on(t.inspectionId)],
);
