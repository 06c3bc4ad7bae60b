import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** The three-level network (R-ORG-1, R-ORG-2): district → township → village, with division codes. */

export const districts = pgTable(
  "districts",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("districts_code_uq").on(t.code), check("districts_code_ck", sql`${t.code} ~ '^[0-9]{6}$'`)],
);

export const townships = pgTable(
  "townships",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    code: text().notNull(),
    name: text().notNull(),
    kind: text({ enum: ["town", "subdistrict"] }).notNull(),
  },
  (t) => [
    uniqueIndex("townships_code_uq").on(t.code),
    index("townships_district_idx").on(t.districtId),
    check("townships_code_ck", sql`${t.code} ~ '^[0-9]{9}$'`),
    check("townships_kind_ck", sql`${t.kind} in ('town','subdistrict')`),
  ],
);

export const villages = pgTable(
  "villages",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    code: text().notNull(),
    name: text().notNull(),
    kind: text({ enum: ["village", "community"] }).notNull(),
  },
  (t) => [
    uniqueIndex("villages_code_uq").on(t.code),
    index("villages_township_idx").on(t.townshipId),
    check("villages_code_ck", sql`${t.code} ~ '^[0-9]{12}$'`),
    check("villages_kind_ck", sql`${t.kind} in ('village','community')`),
  ],
);

/** 便民服务中心: one per township. */
export const townshipCenters = pgTable(
  "township_centers",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    name: text().notNull(),
    address: text().notNull(),
    phone: text().notNull(),
    complaintPhone: text().notNull(),
    officeHours: text().notNull(),
  },
  (t) => [uniqueIndex("township_centers_township_uq").on(t.townshipId)],
);

/** 窗口 of a township centre; the items it handles are in window_items. */
export const windows = pgTable(
  "windows",
  {
    id: uuid().primaryKey().defaultRandom(),
    centerId: uuid()
      .notNull()
      .references(() => townshipCenters.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    number: integer().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("windows_center_number_uq").on(t.centerId, t.number)],
);

/** 区行政审批中心 (approval) and 区行政效能中心 (efficiency). */
export const districtCenters = pgTable(
  "district_centers",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    kind: text({ enum: ["approval", "efficiency"] }).notNull(),
    name: text().notNull(),
    address: text().notNull(),
    phone: text().notNull(),
    complaintPhone: text().notNull(),
  },
  (t) => [
    uniqueIndex("district_centers_kind_uq").on(t.districtId, t.kind),
    check("district_centers_kind_ck", sql`${t.kind} in ('approval','efficiency')`),
  ],
);

/** 便民服务代办站: at most one per village (R-ORG-3); its name is derived, never stored. */
export const stations = pgTable(
  "stations",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    villageId: uuid()
      .notNull()
      .references(() => villages.id),
    address: text().notNull(),
    phone: text().notNull(),
    officeHours: text().notNull(),
    areaM2: integer(),
    status: text({ enum: ["building", "operating"] })
      .notNull()
      .default("building"),
    operatingSince: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stations_village_uq").on(t.villageId),
    index("stations_township_idx").on(t.townshipId),
    check("stations_status_ck", sql`${t.status} in ('building','operating')`),
    check("stations_operating_ck", sql`(${t.status} = 'operating') = (${t.operatingSince} is not null)`),
  ],
);

/** 便民服务工作领导小组 members (R-ORG-4). */
export const leadingGroupMembers = pgTable(
  "leading_group_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    name: text().notNull(),
    groupRole: text().notNull(),
    position: text().notNull(),
  },
  (t) => [index("leading_group_station_idx").on(t.stationId)],
);
