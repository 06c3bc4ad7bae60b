import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "@bianmin/auth";
import { appendAudit, catalogQueries, matterQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import { decide, evolve, formatReceiptNo, initialMatterState, replay, shanghaiDate } from "@bianmin/domain";
import type { Actor, MatterCommandInput, MatterEvent, MatterState, ServiceItemVersion } from "@bianmin/domain";
import { fieldRefusal, notFound } from "../errors";
import { canSeeUnit } from "../scope";
import { actorFrom, actorOf } from "./actor";
import { loadCalendar } from "./calendar";
import { enrichCommand, enrichRegistration } from "./enrich";
import type { ActOptions } from "./enrich";
import { conflict, orDomainError } from "./errors";
import { newLookupCode } from "./lookup-code";
import { assertYearOpen } from "../records/archive";

export interface MatterCaller {
  db: Db;
  user: SessionUser;
  now: Date;
}

export type RegisterCommandInput = Extract<MatterCommandInput, { type: "register" }>;

/** A matter the caller may see, or NOT_FOUND (a foreign matter is indistinguishable from a missing one). */
export async function visibleMatter(c: MatterCaller, matterId: string): Promise<MatterRow> {
  const row = await matterQueries.matterById(c.db, matterId);
  if (!row || !canSeeUnit(c.user, row)) throw notFound("事项");
  // a window clerk sees the matters of their own window once transferred
  if (c.user.windowId && row.windowId && row.windowId !== c.user.windowId) throw notFound("事项");
  return row;
}

export async function itemOf(c: { db: Db }, code: string, version?: number): Promise<ServiceItemVersion> {
  const item = await catalogQueries.itemVersion(c.db, code, version);
  if (!item) throw notFound(`事项 ${code}`);
  return item;
}

/** Who an audit entry names: a signed-in user, or an Open311 client (R-SEC-2). */
interface AuditActor {
  actorId: string;
  actorName: string;
}

function auditOf(who: AuditActor, now: Date, row: { id: string; districtId: string }, action: string, before: MatterState | null, after: MatterState) {
  return {
    districtId: row.districtId,
    ...who,
    action: `matter.${action}`,
    entity: "matter",
    entityId: row.id,
    before: before ? { status: before.status, version: before.version } : null,
    after: { status: after.status, version: after.version },
    at: now,
  };
}

export interface MatterUnit {
  districtId: string;
  townshipId: string;
  villageId: string;
  stationId: string;
}

/** Who registers a matter: a station user at the counter, or an Open311 client filing an online application (R-API-1). */
export interface Registrant {
  /** A signed-in user, whose facts (phone, on duty, 归口) are read with the registration's; or an actor as given. */
  actor: { user: SessionUser } | Actor;
  /** The user the row is created by: the agent at the counter, or the administrator who registered the client. */
  createdBy: string;
  audit: AuditActor;
  channel: "counter" | "online";
  sourceClientId: string | null;
}

/**
 * 登记 (R-INT-1..3, R-INT-7): decide, then store the matter, its first event and an audit entry together. The
 * idempotency key makes a double click or a retry return the same matter (R-SEC-3).
 */
export async function registerMatter(c: MatterCaller, unit: MatterUnit, idempotencyKey: string, command: RegisterCommandInput) {
  const registrant: Registrant = {
    actor: { user: c.user },
    createdBy: c.user.id,
    audit: { actorId: c.user.id, actorName: c.user.name },
    channel: "counter",
    sourceClientId: null,
  };
  return storeRegistration({ db: c.db, now: c.now }, unit, idempotencyKey, command, registrant);
}

/**
 * The registration itself, whoever registers: what it checks is read in one round trip (the same key registered
 * before, the record year archived, the item and whether it is active, the user's facts), checked in that order;
 * then decide, and the matter, its first events and the audit entry are written in one statement.
 */
export async function storeRegistration(c: { db: Db; now: Date }, unit: MatterUnit, idempotencyKey: string, command: RegisterCommandInput, who: Registrant) {
  const user = "user" in who.actor ? who.actor.user : null;
  const facts = await matterQueries.registrationFacts(c.db, {
    stationId: unit.stationId,
    idempotencyKey,
    year: Number(shanghaiDate(c.now.toISOString()).slice(0, 4)),
    itemCode: command.itemCode,
    userId: user?.id ?? null,
  });
  if (facts.existingId) return { matterId: facts.existingId, created: false };
  // the refusal and its wording are the archive's own
  if (facts.yearArchived) await assertYearOpen(c.db, unit.stationId, c.now);
  const item = facts.item;
  if (!item) throw notFound(`事项 ${command.itemCode}`);
  if (facts.itemActive === false) throw fieldRefusal("command.itemCode", `事项“${item.name}”已停用，不再受理新的申请`);
  const actor = user ? actorFrom(user, facts.actor!) : (who.actor as Actor);
  const [calendar, cmd] = await Promise.all([loadCalendar(c.db), enrichRegistration(c.db, unit.stationId, command)]);
  const events = orDomainError(() => decide(initialMatterState(), cmd, { now: c.now.toISOString(), actor, item, calendar }));
  const state = replay(events);
  const matterId = randomUUID();
  const created = await matterQueries.insertRegistration(
    c.db,
    {
      id: matterId,
      ...unit,
      idempotencyKey,
      channel: who.channel,
      sourceClientId: who.sourceClientId,
      ...matterQueries.matterColumns(state),
      registeredAt: new Date(state.registeredAt!),
      createdBy: who.createdBy,
      updatedAt: c.now,
    },
    events,
    auditOf(who.audit, c.now, { id: matterId, districtId: unit.districtId }, "register", null, state),
  );
  if (created) return { matterId, created: true };
  // a concurrent registration with the same key won: it is the one
  const again = await matterQueries.matterByIdempotencyKey(c.db, unit.stationId, idempotencyKey);
  return { matterId: again!.id, created: false };
}

/**
 * Any later act on a matter: the caller names the version they saw; the decider rules on the command; the new
 * events, projection and audit entry are written in one transaction, or nothing is (R-FLW-5, R-SEC-3).
 */
export async function actOnMatter(c: MatterCaller, matterId: string, expectedVersion: number, command: MatterCommandInput, opts: ActOptions = {}) {
  if (command.type === "register") throw new TRPCError({ code: "BAD_REQUEST", message: "登记请使用登记功能" });
  const row = await visibleMatter(c, matterId);
  if (row.version !== expectedVersion) throw conflict();
  // the township's follow-up of a bad rating is supervision, not the station's record book: it goes on
  if (command.type !== "recordFollowUp" && command.type !== "closeFollowUp") await assertYearOpen(c.db, row.stationId, row.registeredAt);
  const [item, actor, calendar] = await Promise.all([itemOf(c, row.itemCode, row.itemVersion), actorOf(c.db, c.user), loadCalendar(c.db)]);
  return c.db.transaction(async (tx) => {
    const cmd = await enrichCommand(tx, row, actor, command, opts);
    const today = shanghaiDate(c.now.toISOString());
    let receiptNo: string | undefined;
    if (cmd.type === "accept") {
      const village = await tx.query.villages.findFirst({ where: (v, { eq }) => eq(v.id, row.villageId) });
      receiptNo = formatReceiptNo({ villageCode: village!.code, date: today, seq: await matterQueries.nextReceiptSeq(tx, row.stationId, today) });
    }
    const before = row.state;
    const events: MatterEvent[] = orDomainError(() => decide(before, cmd, { now: c.now.toISOString(), actor, item, calendar, receiptNo }));
    const after = events.reduce(evolve, before);
    if (!(await matterQueries.updateMatterIfVersion(tx, row.id, expectedVersion, after, c.now))) throw conflict();
    await matterQueries.insertEvents(tx, row.id, expectedVersion, events);
    if (cmd.type === "accept") await matterQueries.setLookupCode(tx, row.id, newLookupCode());
    await appendAudit(tx, auditOf({ actorId: c.user.id, actorName: c.user.name }, c.now, row, cmd.type, before, after));
    return { matterId: row.id, version: after.version, status: after.status };
  });
}
