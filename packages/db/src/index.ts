export { createDb } from "./client";
export type { Db, Tx } from "./client";
export * as schema from "./schema";
export * from "./schema";
export { appendAudit, auditHash, GENESIS_HASH } from "./audit";
export type { AuditEntry } from "./audit";
export { hashPassword, verifyPassword } from "./password";
export { runMigrations } from "./migrate";
export { orgQueries, catalogQueries } from "./queries";
