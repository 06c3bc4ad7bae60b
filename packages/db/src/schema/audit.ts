import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Append-only audit log (R-SEC-2): each entry chains the previous entry's hash within its district. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    districtId: uuid(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
    actorName: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index("audit_log_district_idx").on(t.districtId, t.id)],
);

/**
 * The newest entry of each chain (a district's id, or "global" for entries of no district): an append updates its
 * chain's row, so the row lock serialises the writers of one chain and hands each the latest hash in the same
 * statement. Derived from audit_log (the migration fills it from there); the log stays the record. Entries are
 * appended only through `appendAudit` / `auditEntryCtes` (or `appendAudits`), which move the head with them.
 */
export const auditHeads = pgTable("audit_heads", {
  chain: text().primaryKey(),
  prevHash: text().notNull(),
  hash: text().notNull(),
});
