import { sql } from "drizzle-orm";
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { MatterState } from "@bianmin/domain";
import { unitColumns } from "./columns";
import { districts, stations, townships, windows } from "./org";
import { users } from "./users";
import { apiClients } from "./api-clients";

/**
 * A matter's current state (the projection of its events, R-FLW-5) with the columns that queues, lights and
 * dashboards filter on. `version` is the number of events applied: an update that finds another version is a
 * conflict (R-SEC-3). `idempotencyKey` makes a repeated intake create one matter, not two.
 */
export const matters = pgTable(
  "matters",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...unitColumns(),
    idempotencyKey: text().notNull(),
    channel: text({ enum: ["counter", "online"] })
      .notNull()
      .default("counter"),
    /** The Open311 client that filed an online application (R-API-1); null for the counter. */
    sourceClientId: uuid().references(() => apiClients.id),
    itemCode: text().notNull(),
    itemVersion: integer().notNull(),
    itemName: text().notNull(),
    status: text().notNull(),
    mode: text().notNull(),
    applicantName: text().notNull(),
    applicantPhone: text().notNull(),
    applicantIdNumber: text(),
    receiptNo: text(),
    lookupCode: text(),
    registeredAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    promisedDate: date({ mode: "string" }),
    pausedOn: date({ mode: "string" }),
    completedOn: date({ mode: "string" }),
    closedAt: timestamp({ withTimezone: true }),
    firstContactAgentId: uuid(),
    responsibleAgentId: uuid(),
    handoverPending: boolean().notNull().default(false),
    windowId: uuid().references(() => windows.id),
    custodyKind: text(),
    custodyLabel: text(),
    rating: text(),
    /** When the applicant rated (once per matter): the township's ratings of a period are a range of an index. */
    ratedAt: timestamp({ withTimezone: true }),
    /** Due date of an open bad-rating follow-up (R-FLW-4); null when none is open. */
    followUpDue: date({ mode: "string" }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    state: jsonb().$type<MatterState>().notNull(),
    version: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("matters_idempotency_uq").on(t.stationId, t.idempotencyKey),
    uniqueIndex("matters_receipt_uq").on(t.receiptNo),
    uniqueIndex("matters_lookup_uq").on(t.lookupCode),
    index("matters_station_status_idx").on(t.stationId, t.status),
    index("matters_responsible_idx").on(t.responsibleAgentId, t.status),
    // Open311 listings by date; the district overview's count per item is answered from it alone
    index("matters_district_registered_idx").on(t.districtId, t.registeredAt, t.itemCode, t.itemVersion, t.completedOn),
    index("matters_township_status_idx").on(t.townshipId, t.status),
    index("matters_window_status_idx").on(t.windowId, t.status),
    index("matters_open_promised_idx").on(t.stationId, t.promisedDate).where(sql`${t.closedAt} is null`),
    index("matters_follow_up_idx").on(t.townshipId, t.followUpDue).where(sql`${t.followUpDue} is not null`),
    // supervision's and assessments' period counts read one township's or district's range, whatever the history
    // around it: partial (an intake, not yet accepted, completed or rated, does not touch them) and carrying the
    // columns those reads take, so they are answered from the index alone
    index("matters_township_rated_idx").on(t.townshipId, t.ratedAt, t.stationId, t.rating, t.responsibleAgentId).where(sql`${t.ratedAt} is not null`),
    index("matters_township_completed_idx")
      .on(t.townshipId, t.completedOn, t.stationId, t.promisedDate, t.responsibleAgentId, t.receiptNo)
      .where(sql`${t.completedOn} is not null`),
    index("matters_district_rated_idx").on(t.districtId, t.ratedAt, t.townshipId, t.stationId, t.rating).where(sql`${t.ratedAt} is not null`),
    index("matters_district_completed_idx")
      .on(t.districtId, t.completedOn, t.townshipId, t.stationId, t.promisedDate, t.acceptedAt, t.receiptNo)
      .where(sql`${t.completedOn} is not null`),
    index("matters_district_accepted_idx").on(t.districtId, t.acceptedAt, t.stationId, t.receiptNo, t.lookupCode).where(sql`${t.acceptedAt} is not null`),
    // a village queue, newest first
    index("matters_station_registered_idx").on(t.stationId, t.registeredAt),
  ],
);

/** The append-only history of every matter (R-FLW-5): one row per domain event, numbered per matter. */
export const matterEvents = pgTable(
  "matter_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    matterId: uuid()
      .notNull()
      .references(() => matters.id),
    seq: integer().notNull(),
    type: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: text(),
    actorName: text().notNull(),
    actorRole: text().notNull(),
    fromStatus: text().notNull(),
    data: jsonb().notNull(),
  },
  (t) => [uniqueIndex("matter_events_seq_uq").on(t.matterId, t.seq)],
);

/** Daily receipt number sequence per station (R-INT-5). */
export const receiptCounters = pgTable(
  "receipt_counters",
  {
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    day: date({ mode: "string" }).notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.day] })],
);

/** Clock-on / clock-off of station staff (R-RUL-5); an open row (offAt null) means on duty. */
export const attendance = pgTable(
  "attendance",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    onAt: timestamp({ withTimezone: true }).notNull(),
    offAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("attendance_station_idx").on(t.stationId, t.onAt),
    index("attendance_township_idx").on(t.townshipId, t.onAt),
    uniqueIndex("attendance_one_open_uq").on(t.userId).where(sql`${t.offAt} is null`),
  ],
);
