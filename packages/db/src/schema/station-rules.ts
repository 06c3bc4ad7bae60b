import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { unitColumns } from "./columns";
import { stations } from "./org";
import { users } from "./users";
import { matters } from "./matters";

/** The station's standing rules (Attachment 1): appointments, cadre reception, complaints, records, self-review. */

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });


export const APPOINTMENT_STATUSES = ["booked", "kept", "moved", "missed", "cancelled"] as const;

/** 预约服务 (R-RUL-1): a slot booked for a citizen, evenings, weekends and holidays included. */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    citizenName: text().notNull(),
    citizenPhone: text().notNull(),
    reason: text().notNull(),
    channel: text({ enum: ["hotline", "inPerson", "other"] }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    agentId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: APPOINTMENT_STATUSES }).notNull().default("booked"),
    /** Earlier slots when moved: [{ startsAt, endsAt, movedAt, by, note }]. */
    moves: jsonb().$type<{ startsAt: string; endsAt: string; movedAt: string; by: string; note: string | null }[]>().notNull().default([]),
    outcome: text(),
    matterId: uuid().references(() => matters.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("appointments_station_time_idx").on(t.stationId, t.startsAt),
    check("appointments_slot_ck", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** 干部接待制 (R-RUL-2): which village two-committee cadre is on duty at the station, when. */
export const receptionDuties = pgTable(
  "reception_duties",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    cadreName: text().notNull(),
    cadrePosition: text().notNull(),
    dutyDate: date({ mode: "string" }).notNull(),
    period: text({ enum: ["morning", "afternoon", "evening"] }).notNull(),
    note: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex("reception_duties_slot_uq").on(t.stationId, t.dutyDate, t.period, t.cadreName)],
);

/** One reception by a cadre: the visitors and their requests; a request may become a matter. */
export const receptions = pgTable(
  "receptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    dutyId: uuid().references(() => receptionDuties.id),
    cadreName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    visitors: text().notNull(),
    /** [{ text, matterId }] — matterId once the request has been registered as a matter. */
    requests: jsonb().$type<{ text: string; matterId: string | null }[]>().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("receptions_station_at_idx").on(t.stationId, t.at)],
);

export const COMPLAINT_CHANNELS = ["box", "hotline", "inPerson", "online"] as const;
export const COMPLAINT_STATUSES = ["open", "handling", "replied", "escalated", "closed"] as const;

/** 监督举报制 (R-RUL-3): a complaint received by a station; major ones and those about other units go up. */
export const complaints = pgTable(
  "complaints",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    channel: text({ enum: COMPLAINT_CHANNELS }).notNull(),
    complainantName: text(),
    complainantPhone: text(),
    content: text().notNull(),
    about: text({ enum: ["station", "otherUnit"] }).notNull(),
    otherUnit: text(),
    major: boolean().notNull().default(false),
    handlerId: uuid().references(() => users.id),
    status: text({ enum: COMPLAINT_STATUSES }).notNull().default("open"),
    reply: text(),
    result: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    escalatedAt: timestamp({ withTimezone: true }),
    escalationNote: text(),
    townshipHandlerId: uuid().references(() => users.id),
    townshipReply: text(),
    closedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("complaints_station_idx").on(t.stationId, t.status),
    index("complaints_township_idx").on(t.townshipId, t.status),
    index("complaints_district_idx").on(t.districtId, t.receivedAt, t.townshipId, t.stationId, t.status, t.about),
  ],
);

/** The designated complaint handler of each station (R-RUL-3). */
export const stationComplaintHandlers = pgTable("station_complaint_handlers", {
  stationId: uuid()
    .primaryKey()
    .references(() => stations.id),
  userId: uuid()
    .notNull()
    .references(() => users.id),
  since: timestamp({ withTimezone: true }).notNull(),
});

/** 自我评议 (R-ASM-1): an agent's self-review for one bimonthly period (key like "2026-B5"). */
export const selfReviews = pgTable(
  "self_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    periodKey: text().notNull(),
    text: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("self_reviews_user_period_uq").on(t.userId, t.periodKey)],
);

/** 年底存档 (R-RUL-4): a closed year of a station's record book, its files and their SHA-256 checksums. */
export const recordArchives = pgTable(
  "record_archives",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    year: integer().notNull(),
    closedAt: timestamp({ withTimezone: true }).notNull(),
    closedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordCount: integer().notNull(),
    xlsx: bytea().notNull(),
    pdf: bytea().notNull(),
    xlsxSha256: text().notNull(),
    pdfSha256: text().notNull(),
  },
  (t) => [uniqueIndex("record_archives_station_year_uq").on(t.stationId, t.year)],
);
