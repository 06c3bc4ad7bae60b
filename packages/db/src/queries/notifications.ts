import { and, asc, count, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { districts, matters, notifications, reminders, smsOutbox, users, villages } from "../schema";

/**
 * Reminders (R-DL-5): the matters a scan looks at, who is told, the in-app notifications of each user and the SMS
 * outbox. A reminder row is unique per (matter, subject, level); inserts that meet one already there do nothing.
 */

export type ReminderInsert = typeof reminders.$inferInsert;
export type NotificationInsert = typeof notifications.$inferInsert;
export type SmsInsert = typeof smsOutbox.$inferInsert;
export type SmsRow = typeof smsOutbox.$inferSelect;

/**
 * Matters a reminder may be due for: accepted and not completed nor closed (the open-deadline partial index), or with
 * an open follow-up (the follow-up partial index). Only the projection columns, never the state.
 */
export async function reminderCandidates(db: Tx) {
  return db
    .select({
      id: matters.id,
      districtId: matters.districtId,
      townshipId: matters.townshipId,
      stationId: matters.stationId,
      itemName: matters.itemName,
      receiptNo: matters.receiptNo,
      applicantName: matters.applicantName,
      villageName: villages.name,
      promisedDate: matters.promisedDate,
      pausedOn: matters.pausedOn,
      completedOn: matters.completedOn,
      closedAt: matters.closedAt,
      followUpDue: matters.followUpDue,
      responsibleAgentId: matters.responsibleAgentId,
      firstContactAgentId: matters.firstContactAgentId,
    })
    .from(matters)
    .innerJoin(villages, eq(villages.id, matters.villageId))
    .where(
      or(
        and(isNull(matters.closedAt), sql`${matters.promisedDate} is not null`, isNull(matters.completedOn)),
        sql`${matters.followUpDue} is not null`,
      ),
    );
}

/** The reminders already fired for these matters. */
export async function firedReminders(db: Tx, matterIds: string[]) {
  if (matterIds.length === 0) return [];
  return db
    .select({ matterId: reminders.matterId, subject: reminders.subject, level: reminders.level })
    .from(reminders)
    .where(inArray(reminders.matterId, matterIds));
}

const recipientColumns = { id: users.id, name: users.name, phone: users.phone, role: users.role, townshipId: users.townshipId };

/** Active users among these ids (the agents responsible for matters). */
export async function activeUsers(db: Tx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select(recipientColumns)
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true)));
}

/** Active staff and supervisors of the township centres of these townships. */
export async function townshipCentreUsers(db: Tx, townshipIds: string[]) {
  if (townshipIds.length === 0) return [];
  return db
    .select(recipientColumns)
    .from(users)
    .where(and(inArray(users.townshipId, townshipIds), inArray(users.role, ["townshipStaff", "townshipSupervisor"]), eq(users.active, true)));
}

/** District names by id (the SMS signature). */
export async function districtNames(db: Tx, districtIds: string[]): Promise<Map<string, string>> {
  if (districtIds.length === 0) return new Map();
  const rows = await db.select({ id: districts.id, name: districts.name }).from(districts).where(inArray(districts.id, districtIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Insert reminders; returns only the rows inserted (one that fired already, or concurrently, is skipped). */
export async function insertReminders(tx: Tx, rows: ReminderInsert[]) {
  if (rows.length === 0) return [];
  return tx
    .insert(reminders)
    .values(rows)
    .onConflictDoNothing({ target: [reminders.matterId, reminders.subject, reminders.level] })
    .returning();
}

export async function insertNotifications(tx: Tx, rows: NotificationInsert[]) {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id, userId: notifications.userId, reminderId: notifications.reminderId });
}

export async function insertSms(tx: Tx, rows: SmsInsert[]) {
  if (rows.length === 0) return [];
  return tx.insert(smsOutbox).values(rows).returning({ id: smsOutbox.id });
}

// ---- a user's own notifications

/** One page of a user's notifications, newest first (unread ones first when asked), with the total. */
export async function notificationsOf(db: Tx, userId: string, page: { limit: number; offset: number; unreadFirst?: boolean }) {
  const mine = eq(notifications.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        matterId: notifications.matterId,
        level: notifications.level,
        title: notifications.title,
        body: notifications.body,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(...(page.unreadFirst ? [desc(isNull(notifications.readAt))] : []), desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(mine),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function unreadCount(db: Tx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Which of these notification ids are the user's. */
export async function ownNotificationIds(db: Tx, userId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)));
}

/** Mark some of the user's unread notifications read; ids of other users' notifications match nothing. */
export async function markRead(tx: Tx, userId: string, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  return tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
}

export async function markAllRead(tx: Tx, userId: string, now: Date) {
  return tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
}

// ---- the SMS outbox

/** Pending messages and failed ones with attempts left, oldest first. */
function sendable(maxAttempts: number) {
  return or(eq(smsOutbox.status, "pending"), and(eq(smsOutbox.status, "failed"), lt(smsOutbox.attempts, maxAttempts)));
}

export async function smsToSend(db: Tx, maxAttempts: number, limit: number) {
  return db.select({ id: smsOutbox.id }).from(smsOutbox).where(sendable(maxAttempts)).orderBy(asc(smsOutbox.createdAt)).limit(limit);
}

/** Lock one message for sending, unless another sender holds it or it is no longer sendable. */
export async function claimSms(tx: Tx, id: string, maxAttempts: number): Promise<SmsRow | null> {
  const [row] = await tx
    .select()
    .from(smsOutbox)
    .where(and(eq(smsOutbox.id, id), sendable(maxAttempts)))
    .for("update", { skipLocked: true });
  return row ?? null;
}

export async function smsSent(tx: Tx, id: string, now: Date) {
  await tx
    .update(smsOutbox)
    .set({ status: "sent", attempts: sql`${smsOutbox.attempts} + 1`, sentAt: now, lastError: null })
    .where(eq(smsOutbox.id, id));
}

export async function smsFailed(tx: Tx, id: string, error: string) {
  await tx
    .update(smsOutbox)
    .set({ status: "failed", attempts: sql`${smsOutbox.attempts} + 1`, lastError: error.slice(0, 500) })
    .where(eq(smsOutbox.id, id));
}
