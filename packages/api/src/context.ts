import type { SessionUser } from "@bianmin/auth";
import type { Db } from "@bianmin/db";

/**
 * What every procedure gets: the db handle (no global), the signed-in user or null, the time, the caller's
 * network address (for rate limits on public pages) and the public URL of the app (for links on receipts).
 */
export interface Context {
  db: Db;
  user: SessionUser | null;
  now: Date;
  clientKey: string;
  publicUrl: string;
}

export function createContext(opts: { db: Db; user: SessionUser | null; now?: Date; clientKey?: string; publicUrl?: string }): Context {
  return {
    db: opts.db,
    user: opts.user,
    now: opts.now ?? new Date(),
    clientKey: opts.clientKey ?? "local",
    publicUrl: opts.publicUrl ?? "http://localhost:3001",
  };
}
