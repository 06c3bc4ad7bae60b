import { createHash } from "node:crypto";
import { desc, eq, isNull, sql } from "drizzle-orm";
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

/** The hash of one entry over its content and the previous hash; the verifier recomputes it the same way. */
export function auditHash(prevHash: string, e: Required<Omit<AuditEntry, "before" | "after">> & { before: unknown; after: unknown }): string {
  const body = JSON.stringify([
    prevHash,
    e.districtId,
    e.at.toISOString(),
    e.actorId,
    e.actorName,
    e.action,
    e.entity,
    e.entityId,
    e.before ?? null,
    e.after ?? null,
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
