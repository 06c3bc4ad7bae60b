import { createDb } from "@bianmin/db";

/** Stations simulated side by side: enough to keep PostgreSQL and Node both busy on two cores. */
export const HISTORY_CONCURRENCY = 3;

/**
 * A database handle for writing a demo history: its sessions commit without waiting for the disk
 * (`synchronous_commit=off`, a PostgreSQL session setting for bulk loads; at worst a crash loses the last moments
 * of the demo data, never consistency).
 */
export function openHistoryDb(url: string) {
  const u = new URL(url);
  u.searchParams.set("synchronous_commit", "off");
  return createDb(u.toString(), { max: HISTORY_CONCURRENCY + 2 });
}
