import { createHash } from "node:crypto";
import { desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Tx } from "./client";
import { auditLog } from "./schema";

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

/** The hash of one entry over its content and the previous hash; the verifier recomputes it the same way. */
export function auditHash(prevHash: string, e: Required<Omit<AuditEntry, "before" | "after">> & { before: unknown; after: unknown }): string {
  const body = canonicalJson([
    prevHash,
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
  ]);
  return createHash("sha256").update(body).digest("hex");
}

/**
 * Append one audit entry inside the caller's transaction (R-SEC-2). Entries of one district are serialised by
 * an advisory lock so the chain has no forks.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const key = entry.districtId ?? "global";
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"audit:" + key}))`);
  const last = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(entry.districtId ? eq(auditLog.districtId, entry.districtId) : isNull(auditLog.districtId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const at = entry.at ?? new Date();
  const full = { ...entry, at, before: entry.before ?? null, after: entry.after ?? null };
  const hash = auditHash(prevHash, full);
  await tx.insert(auditLog).values({
    districtId: entry.districtId,
    at,
    actorId: entry.actorId,
    actorName: entry.actorName,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: full.before,
    after: full.after,
    prevHash,
    hash,
  });
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
