import type { SessionUser } from "@bianmin/auth";
import type { Db } from "@bianmin/db";

/** What every procedure gets: the db handle (no global), the signed-in user or null, and the time. */
export interface Context {
  db: Db;
  user: SessionUser | null;
  now: Date;
}

export function createContext(opts: { db: Db; user: SessionUser | null; now?: Date }): Context {
  return { db: opts.db, user: opts.user, now: opts.now ?? new Date() };
}
