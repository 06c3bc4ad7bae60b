import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { CalendarDay, MatterEvent, MatterState } from "@bianmin/domain";
import { describeHolder } from "@bianmin/domain";
import { auditEntryCtes, executePrepared } from "../audit";
import type { AuditEntry } from "../audit";
import type { Tx } from "../client";
import { agentScopes, agents, attendance, calendarDays, matterEvents, matters, receiptCounters, recordArchives, serviceItems, serviceItemVersions, stations, users, windowItems, windows } from "../schema";
import { currentJoin } from "./catalog";

export type MatterRow = typeof matters.$inferSelect;

/** Every calendar row (all covered years), for the working-day rules. */
export async function calendarRows(db: Tx): Promise<CalendarDay[]> {
  return db.select().from(calendarDays).orderBy(asc(calendarDays.date));
}

/**
 * A query prepared once per database handle: drizzle builds its SQL on first use and afterwards only fills in the
 * parameters (the hot path of every intake; a transaction handle prepares its own).
 */
function preparedPer<T>(build: (db: Tx) => T): (db: Tx) => T {
  const cache = new WeakMap<Tx, T>();
  return (db) => {
    let q = cache.get(db);
    if (!q) cache.set(db, (q = build(db)));
    return q;
  };
}

/** What the decider needs to know about a user, as columns of one statement: phone; for station staff whether on duty now and their 归口 items. */
function actorFactsColumns() {
  const userId = sql.placeholder("userId");
  return {
    phone: sql<string | null>`(select ${users.phone} from ${users} where ${users.id} = ${userId})`,
    onDuty: sql<boolean>`exists (select 1 from ${attendance} where ${attendance.userId} = ${userId} and ${attendance.offAt} is null)`,
    scope: sql<string[]>`array(select ${agentScopes.itemCode} from ${agentScopes} inner join ${agents} on ${agents.id} = ${agentScopes.agentId} where ${agents.userId} = ${userId})`,
  };
}

export interface ActorFacts {
  phone: string | null;
  onDuty: boolean;
  scope: string[];
}

const actorFactsQuery = preparedPer((db) => db.select(actorFactsColumns()).from(sql`(select 1) as one`).prepare("actor_facts"));

/** The acting user's facts (see `actorFactsColumns`) in one round trip. */
export async function actorFacts(db: Tx, userId: string): Promise<ActorFacts> {
  const [row] = await actorFactsQuery(db).execute({ userId });
  return row!;
}

/**
 * Everything a registration at a station checks before it decides, in one round trip: the matter already
 * registered under the idempotency key, whether the station's record year is archived, the item's current version
 * and whether it takes new matters (R-CAT-2), and the registering user's facts (`userId` null when no user
 * registers: an Open311 client).
 */
const registrationFactsQuery = preparedPer((db) =>
  db
    .select({
      existingId: sql<string | null>`(select ${matters.id} from ${matters} where ${matters.stationId} = ${stations.id} and ${matters.idempotencyKey} = ${sql.placeholder("idempotencyKey")})`,
      yearArchived: sql<boolean>`exists (select 1 from ${recordArchives} where ${recordArchives.stationId} = ${stations.id} and ${recordArchives.year} = ${sql.placeholder("year")})`,
      item: serviceItemVersions,
      itemActive: serviceItems.active,
      ...actorFactsColumns(),
    })
    .from(stations)
    .leftJoin(serviceItems, eq(serviceItems.code, sql.placeholder("itemCode")))
    .leftJoin(serviceItemVersions, currentJoin)
    .where(eq(stations.id, sql.placeholder("stationId")))
    .prepare("registration_facts"),
);

export async function registrationFacts(db: Tx, q: { stationId: string; idempotencyKey: string; year: number; itemCode: string; userId: string | null }) {
  const [row] = await registrationFactsQuery(db).execute(q);
  if (!row) throw new Error(`代办站 ${q.stationId} 不存在`);
  const { phone, onDuty, scope, ...facts } = row;
  return { ...facts, actor: q.userId ? { phone, onDuty, scope } : null };
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
    ratedAt: state.rating ? new Date(state.rating.at) : null,
    followUpDue: state.followUp && !state.followUp.closedAt ? state.followUp.dueDate : null,
    state,
    version: state.version,
  };
}

/** The rows of events numbered after `fromSeq` (the unique (matter, seq) index refuses a second writer). */
function eventRows(matterId: string, fromSeq: number, events: MatterEvent[]) {
  return events.map((e, i) => ({
    matterId,
    seq: fromSeq + i + 1,
    type: e.type,
    at: new Date(e.at),
    actorId: e.actor.id,
    actorName: e.actor.name,
    actorRole: e.actor.role,
    fromStatus: e.fromStatus,
    data: e.data as unknown,
  }));
}

/** Append events numbered after `fromSeq`. */
export async function insertEvents(tx: Tx, matterId: string, fromSeq: number, events: MatterEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(matterEvents).values(eventRows(matterId, fromSeq, events));
}

/** A constraint violation named `constraint`, through drizzle's wrapping of the driver's error. */
function violates(error: unknown, constraint: string): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { constraint_name?: unknown }).constraint_name === constraint) return true;
  }
  return false;
}

/**
 * A new matter with its first events and its audit entry, in one statement (atomic on its own, one round trip).
 * A named prepared statement: its text depends only on the columns given and the number of events.
 * False, with nothing written, when a concurrent registration took the idempotency key first.
 */
export async function insertRegistration(db: Tx, matter: typeof matters.$inferInsert & { id: string }, events: MatterEvent[], audit: AuditEntry): Promise<boolean> {
  const insertMatter = db.insert(matters).values(matter).getSQL();
  const insertEvents = db.insert(matterEvents).values(eventRows(matter.id, 0, events)).getSQL();
  const statement = sql`with new_matter as (${insertMatter}), new_events as (${insertEvents}), ${auditEntryCtes(audit)} select 1`;
  try {
    await executePrepared(db, "insert_registration", statement);
    return true;
  } catch (e) {
    if (violates(e, "matters_idempotency_uq")) return false;
    throw e;
  }
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
