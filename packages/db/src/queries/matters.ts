import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { CalendarDay, MatterEvent, MatterState } from "@bianmin/domain";
import { describeHolder } from "@bianmin/domain";
import type { Tx } from "../client";
import { agentScopes, agents, attendance, calendarDays, matterEvents, matters, receiptCounters, users, windowItems, windows } from "../schema";

export type MatterRow = typeof matters.$inferSelect;

/** Every calendar row (all covered years), for the working-day rules. */
export async function calendarRows(db: Tx): Promise<CalendarDay[]> {
  return db.select().from(calendarDays).orderBy(asc(calendarDays.date));
}

/** What the decider needs to know about a station user: on duty now, and the items they are responsible for. */
export async function agentFacts(db: Tx, userId: string): Promise<{ onDuty: boolean; scope: string[]; agentId: string | null }> {
  const [agent] = await db.select({ id: agents.id }).from(agents).where(eq(agents.userId, userId));
  const [open] = await db.select({ id: attendance.id }).from(attendance).where(and(eq(attendance.userId, userId), isNull(attendance.offAt)));
  const scope = agent
    ? (await db.select({ code: agentScopes.itemCode }).from(agentScopes).where(eq(agentScopes.agentId, agent.id))).map((s) => s.code)
    : [];
  return { onDuty: !!open, scope, agentId: agent?.id ?? null };
}

/** The station's staff (user id, name, phone) responsible for an item, on-duty ones first. */
export async function responsibleAgentsFor(db: Tx, stationId: string, itemCode: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      phone: users.phone,
      onDuty: sql<boolean>`exists (select 1 from ${attendance} t where t.user_id = ${users.id} and t.off_at is null)`,
    })
    .from(agentScopes)
    .innerJoin(agents, eq(agents.id, agentScopes.agentId))
    .innerJoin(users, eq(users.id, agents.userId))
    .where(and(eq(agents.stationId, stationId), eq(agentScopes.itemCode, itemCode), eq(users.active, true)))
    .orderBy(desc(sql`exists (select 1 from ${attendance} t where t.user_id = ${users.id} and t.off_at is null)`), asc(agents.badgeNo));
}

/** A station user by id, only if they work at that station. */
export async function stationUser(db: Tx, stationId: string, userId: string) {
  const [u] = await db
    .select({ userId: users.id, name: users.name, phone: users.phone })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.stationId, stationId), eq(users.active, true)));
  return u ?? null;
}

/** The township centre window that handles an item in a township. */
export async function windowForItem(db: Tx, townshipId: string, itemCode: string) {
  const [w] = await db
    .select({ id: windows.id, name: windows.name, number: windows.number })
    .from(windowItems)
    .innerJoin(windows, eq(windows.id, windowItems.windowId))
    .where(and(eq(windows.townshipId, townshipId), eq(windowItems.itemCode, itemCode)));
  return w ?? null;
}

/** The next receipt sequence number of a station for a day (1, 2, …), safe under concurrency. */
export async function nextReceiptSeq(tx: Tx, stationId: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(receiptCounters)
    .values({ stationId, day, last: 1 })
    .onConflictDoUpdate({ target: [receiptCounters.stationId, receiptCounters.day], set: { last: sql`${receiptCounters.last} + 1` } })
    .returning({ last: receiptCounters.last });
  return row!.last;
}

/** The projection columns of a matter state (what queues, lights and dashboards filter on). */
export function matterColumns(state: MatterState) {
  return {
    status: state.status,
    mode: state.mode ?? "assisted",
    itemCode: state.item!.code,
    itemVersion: state.item!.version,
    itemName: state.item!.name,
    applicantName: state.applicant!.name,
    applicantPhone: state.applicant!.phone,
    applicantIdNumber: state.applicant!.idNumber ?? null,
    receiptNo: state.receiptNo,
    acceptedAt: state.acceptedAt ? new Date(state.acceptedAt) : null,
    promisedDate: state.promisedDate,
    pausedOn: state.pause?.pausedOn ?? null,
    completedOn: state.completion?.completedOn ?? null,
    closedAt: state.closedAt ? new Date(state.closedAt) : null,
    firstContactAgentId: state.firstContactAgent?.id ?? null,
    responsibleAgentId: state.responsibleAgent?.id ?? null,
    handoverPending: state.handoverPending,
    windowId: state.window?.id ?? null,
    custodyKind: state.custody?.kind ?? null,
    custodyLabel: state.custody ? describeHolder(state.custody) : null,
    rating: state.rating?.level ?? null,
    followUpDue: state.followUp && !state.followUp.closedAt ? state.followUp.dueDate : null,
    state,
    version: state.version,
  };
}

/** Append events numbered after `fromSeq` (the unique (matter, seq) index refuses a second writer). */
export async function insertEvents(tx: Tx, matterId: string, fromSeq: number, events: MatterEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(matterEvents).values(
    events.map((e, i) => ({
      matterId,
      seq: fromSeq + i + 1,
      type: e.type,
      at: new Date(e.at),
      actorId: e.actor.id,
      actorName: e.actor.name,
      actorRole: e.actor.role,
      fromStatus: e.fromStatus,
      data: e.data as unknown,
    })),
  );
}

/** Write a new state only if nobody else has since the caller read version `expected`; false on conflict. */
export async function updateMatterIfVersion(tx: Tx, id: string, expected: number, state: MatterState, now: Date): Promise<boolean> {
  const rows = await tx
    .update(matters)
    .set({ ...matterColumns(state), updatedAt: now })
    .where(and(eq(matters.id, id), eq(matters.version, expected)))
    .returning({ id: matters.id });
  return rows.length === 1;
}

export async function matterById(db: Tx, id: string): Promise<MatterRow | null> {
  const [row] = await db.select().from(matters).where(eq(matters.id, id));
  return row ?? null;
}

export async function matterByIdempotencyKey(db: Tx, stationId: string, key: string): Promise<MatterRow | null> {
  const [row] = await db.select().from(matters).where(and(eq(matters.stationId, stationId), eq(matters.idempotencyKey, key)));
  return row ?? null;
}

export async function matterEventsOf(db: Tx, matterId: string) {
  return db.select().from(matterEvents).where(eq(matterEvents.matterId, matterId)).orderBy(asc(matterEvents.seq));
}

export interface StationMatterFilter {
  statuses?: string[];
  itemCode?: string;
  responsibleAgentId?: string;
  handoverPendingFor?: string;
  limit?: number;
}

/** The columns of a matter in any queue (station queue, window inbox, supervision lists): no full state. */
export const queueColumns = {
  id: matters.id,
  stationId: matters.stationId,
  villageId: matters.villageId,
  status: matters.status,
  mode: matters.mode,
  channel: matters.channel,
  itemCode: matters.itemCode,
  itemName: matters.itemName,
  applicantName: matters.applicantName,
  receiptNo: matters.receiptNo,
  registeredAt: matters.registeredAt,
  acceptedAt: matters.acceptedAt,
  promisedDate: matters.promisedDate,
  pausedOn: matters.pausedOn,
  completedOn: matters.completedOn,
  responsibleAgentId: matters.responsibleAgentId,
  custodyLabel: matters.custodyLabel,
  version: matters.version,
};

/** A station's matters, newest first, without the full state. */
export async function stationMatters(db: Tx, stationId: string, f: StationMatterFilter = {}) {
  return db
    .select({
      ...queueColumns,
      applicantPhone: matters.applicantPhone,
      firstContactAgentId: matters.firstContactAgentId,
      handoverPending: matters.handoverPending,
    })
    .from(matters)
    .where(
      and(
        eq(matters.stationId, stationId),
        f.statuses?.length ? inArray(matters.status, f.statuses) : undefined,
        f.itemCode ? eq(matters.itemCode, f.itemCode) : undefined,
        f.responsibleAgentId ? eq(matters.responsibleAgentId, f.responsibleAgentId) : undefined,
        f.handoverPendingFor ? and(eq(matters.responsibleAgentId, f.handoverPendingFor), eq(matters.handoverPending, true)) : undefined,
      ),
    )
    .orderBy(desc(matters.registeredAt))
    .limit(f.limit ?? 500);
}

/** Public lookup: a matter by its receipt number or short lookup code. */
export async function matterByLookup(db: Tx, code: string): Promise<MatterRow | null> {
  const [row] = await db
    .select()
    .from(matters)
    .where(sql`${matters.receiptNo} = ${code} or ${matters.lookupCode} = ${code.toUpperCase()}`)
    .limit(1);
  return row ?? null;
}

export async function openAttendance(db: Tx, userId: string) {
  const [row] = await db.select().from(attendance).where(and(eq(attendance.userId, userId), isNull(attendance.offAt)));
  return row ?? null;
}

/** Today's attendance rows of a station (who clocked on and off), with names. */
export async function stationAttendanceSince(db: Tx, stationId: string, since: Date) {
  return db
    .select({ id: attendance.id, userId: attendance.userId, name: users.name, onAt: attendance.onAt, offAt: attendance.offAt })
    .from(attendance)
    .innerJoin(users, eq(users.id, attendance.userId))
    .where(and(eq(attendance.stationId, stationId), sql`(${attendance.onAt} >= ${since.toISOString()} or ${attendance.offAt} is null)`))
    .orderBy(desc(attendance.onAt));
}

/** The short public lookup code, given once at acceptance. */
export async function setLookupCode(tx: Tx, id: string, code: string): Promise<void> {
  await tx.update(matters).set({ lookupCode: code }).where(eq(matters.id, id));
}
