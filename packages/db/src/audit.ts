import { createHash } from "node:crypto";
import { eq, gt, isNull, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Tx } from "./client";
import { auditHeads, auditLog } from "./schema";

export interface AuditEntry {
  districtId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every depth: jsonb stores keys re-ordered, and the hash must survive that. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Everything an entry's hash covers after the previous hash: the tail of its canonical JSON array, closing bracket included. */
export function auditHashTail(e: Required<Omit<AuditEntry, "before" | "after">> & { before: unknown; after: unknown }): string {
  return canonicalJson([
    e.districtId,
    e.at.toISOString(),
    e.actorId,
    e.actorName,
    e.action,
    e.entity,
    e.entityId,
    // stored as jsonb: dates become strings, so hash what the row will hold
    JSON.parse(JSON.stringify(e.before ?? null)),
    JSON.parse(JSON.stringify(e.after ?? null)),
  ]).slice(1);
}

/**
 * The hash of one entry over its content and the previous hash: SHA-256 of the canonical JSON array
 * [prevHash, districtId, at, actorId, actorName, action, entity, entityId, before, after]. The verifier recomputes
 * it here; an append computes the same in SQL (`chainHash`), where the previous hash is only known under the lock.
 */
export function auditHash(prevHash: string, e: Required<Omit<AuditEntry, "before" | "after">> & { before: unknown; after: unknown }): string {
  return createHash("sha256").update(`[${JSON.stringify(prevHash)},${auditHashTail(e)}`).digest("hex");
}

/** `auditHash` in SQL, for a previous hash in a column: chain hashes are hex, so quoting them is their JSON string. */
const chainHash = (prev: SQL, tail: string) => sql`encode(sha256(convert_to('["' || ${prev} || '",' || ${tail}::text, 'UTF8')), 'hex')`;

/**
 * The chain's newest hash (GENESIS_HASH for an empty chain) as a one-row subquery with a column `hash`: where a
 * chain with no head row yet (a log restored from a backup older than the heads) continues from.
 */
export function chainTip(districtId: string | null): SQL {
  const newest = sql`select ${auditLog.hash} from ${auditLog} where ${districtId ? eq(auditLog.districtId, districtId) : isNull(auditLog.districtId)} order by ${auditLog.id} desc limit 1`;
  return sql`(select coalesce((${newest}), ${GENESIS_HASH}) as hash)`;
}

/**
 * One audit entry appended as two common table expressions, `audit_head` and `audit_entry`, for a statement of
 * its own or one that writes more (R-SEC-2). The chain's head row is upserted first: its row lock serialises the
 * writers of a chain (a concurrent writer waits, then continues from the hash this one wrote, so the chain has no
 * forks), and the entry takes the head's previous and new hash. A chain with no head row yet (a log restored from a
 * backup older than the heads) continues from its newest entry.
 */
export function auditEntryCtes(entry: AuditEntry): SQL {
  const chain = entry.districtId ?? "global";
  const at = entry.at ?? new Date();
  const full = { ...entry, at, before: entry.before ?? null, after: entry.after ?? null };
  const tail = auditHashTail(full);
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  return sql`audit_head as (
    insert into ${auditHeads} as h (chain, prev_hash, hash)
    select ${chain}, p.hash, ${chainHash(sql`p.hash`, tail)} from ${chainTip(entry.districtId)} p
    on conflict (chain) do update set prev_hash = h.hash, hash = ${chainHash(sql`h.hash`, tail)}
    returning prev_hash, hash
  ), audit_entry as (
    insert into ${auditLog} (district_id, at, actor_id, actor_name, action, entity, entity_id, before, after, prev_hash, hash)
    select ${entry.districtId}::uuid, ${at.toISOString()}::timestamptz, ${entry.actorId}::uuid, ${entry.actorName}::text, ${entry.action}::text,
      ${entry.entity}::text, ${entry.entityId}::text, ${json(full.before)}::jsonb, ${json(full.after)}::jsonb, prev_hash, hash
    from audit_head
  )`;
}

/** Compiles statements as `createDb`'s handles do (snake_case column names). */
const dialect = new PgDialect({ casing: "snake_case" });

/**
 * Run a statement as a named prepared statement of the connection (postgres.js keeps it by its text), so that
 * PostgreSQL parses and plans it once per connection rather than on every call, as it does for drizzle's `execute`
 * (an unnamed statement). For hot statements whose text takes few forms.
 */
export async function executePrepared(db: Tx, name: string, statement: SQL): Promise<void> {
  await db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false).execute();
}

/** Append one audit entry inside the caller's transaction (R-SEC-2), in one statement (see `auditEntryCtes`). */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await executePrepared(tx, "append_audit", sql`with ${auditEntryCtes(entry)} select 1`);
}

/**
 * Walk every district's chain in order and recompute each hash (R-SEC-2). Returns the first entry whose stored
 * previous hash or own hash does not match, or null when the whole log is intact.
 */
export async function verifyAuditChain(db: Tx, batchSize = 5000): Promise<{ checked: number; firstBreak: { id: number; reason: string } | null }> {
  const last = new Map<string, string>();
  let checked = 0;
  // in id order, a batch at a time, so that a long log is walked in constant memory
  for (let after = 0; ; ) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(auditLog.id).limit(batchSize);
    if (rows.length === 0) return { checked, firstBreak: null };
    for (const r of rows) {
      const chain = r.districtId ?? "global";
      const expectedPrev = last.get(chain) ?? GENESIS_HASH;
      if (r.prevHash !== expectedPrev) return { checked, firstBreak: { id: r.id, reason: "前一条记录的哈希不一致（记录被删除或插入）" } };
      const hash = auditHash(r.prevHash, { ...r, before: r.before, after: r.after });
      if (hash !== r.hash) return { checked, firstBreak: { id: r.id, reason: "记录内容与哈希不一致（记录被改动）" } };
      last.set(chain, r.hash);
      checked += 1;
    }
    after = rows.at(-1)!.id;
  }
}

/** The newest entry's hash of every chain (district), to compare two copies of a log. */
export async function auditChainHeads(db: Tx): Promise<Record<string, string>> {
  const rows = await db.execute<{ chain: string; hash: string }>(
    sql`select distinct on (coalesce(district_id::text, 'global')) coalesce(district_id::text, 'global') as chain, hash from audit_log order by coalesce(district_id::text, 'global'), id desc`,
  );
  return Object.fromEntries([...rows].map((r) => [r.chain, r.hash]));
}
