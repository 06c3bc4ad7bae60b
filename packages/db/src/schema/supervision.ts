import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { districts, stations, townships } from "./org";
import { users } from "./users";
import { matters } from "./matters";

/**
 * Reminders (R-DL-5). A reminder is fired once per matter, subject (the matter's deadline or its follow-up) and
 * level; the unique index is what makes a repeated scan harmless. Each reminder notifies the responsible agent and
 * the township centre in-app, and queues an SMS in the outbox.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    matterId: uuid()
      .notNull()
      .references(() => matters.id),
    subject: text({ enum: ["deadline", "followUp"] }).notNull(),
    level: text({ enum: ["yellow", "red"] }).notNull(),
    firedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("reminders_once_uq").on(t.matterId, t.subject, t.level),
    check("reminders_subject_ck", sql`${t.subject} in ('deadline','followUp')`),
    check("reminders_level_ck", sql`${t.level} in ('yellow','red')`),
  ],
);

/** An in-app notification for one user. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    reminderId: uuid().references(() => reminders.id),
    matterId: uuid().references(() => matters.id),
    level: text({ enum: ["info", "yellow", "red"] }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_reminder_user_uq").on(t.reminderId, t.userId),
  ],
);

/** SMS waiting to be sent by the pluggable sender (a logging sender unless one is configured). */
export const smsOutbox = pgTable(
  "sms_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    notificationId: uuid().references(() => notifications.id),
    phone: text().notNull(),
    text: text().notNull(),
    status: text({ enum: ["pending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("sms_outbox_pending_idx").on(t.createdAt).where(sql`${t.status} = 'pending'`),
    check("sms_outbox_status_ck", sql`${t.status} in ('pending','sent','failed')`),
  ],
);
