import { sql } from "drizzle-orm";
import type { Tx } from "./client";
import { auditHash, chainTip } from "./audit";
import type { AuditEntry } from "./audit";
import { auditHeads, auditLog } from "./schema";

/**
 * Append many entries of one chain inside the caller's transaction (R-SEC-2) in two statements, whatever their
 * number: the chain's head row is locked and read, the hashes are chained here (the same `auditHash` the verifier
 * uses), and the entries go in with the head moved on. For set-based writes such as a district's half-year drafts,
 * where an append per row would be a round trip per row.
 */
export async function appendAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const districtId = entries[0]!.districtId;
  if (entries.some((e) => e.districtId !== districtId)) throw new Error("appendAudits: entries of one chain only");
  const chain = districtId ?? "global";
  // a no-op upsert: takes the head's row lock (writers of the chain wait here) and returns its hash
  const [head] = (await tx.execute(sql`
    insert into ${auditHeads} as h (chain, prev_hash, hash)
    select ${chain}, p.hash, p.hash from ${chainTip(districtId)} p
    on conflict (chain) do update set hash = h.hash
    returning h.hash`)) as unknown as { hash: string }[];
  let prevHash = head!.hash;
  const rows = entries.map((entry) => {
    const at = entry.at ?? new Date();
    const full = { ...entry, at, before: entry.before ?? null, after: entry.after ?? null };
    const hash = auditHash(prevHash, full);
    const row = { districtId, at, actorId: entry.actorId, actorName: entry.actorName, action: entry.action, entity: entry.entity, entityId: entry.entityId, before: full.before, after: full.after, prevHash, hash };
    prevHash = hash;
    return row;
  });
  const last = rows.at(-1)!;
  await tx.execute(sql`with entries as (${tx.insert(auditLog).values(rows).getSQL()})
    update ${auditHeads} set prev_hash = ${last.prevHash}, hash = ${last.hash} where chain = ${chain}`);
}
