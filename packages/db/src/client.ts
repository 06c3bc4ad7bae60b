import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;

/** Create a database handle. The caller owns it and passes it along (tRPC context); there is no global. */
export function createDb(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    // an unreachable server fails a request within seconds instead of the driver's 30 s, and a refused one at
    // once: the driver's reconnect backoff (up to 20 s, growing with each failure) is capped at half a second
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * retries, 0.5),
    onnotice: () => {},
  });
  const db = drizzle(client, { schema, casing: "snake_case" });
  // the url goes with the handle: work run in a process of its own (the year-end archive) connects with it
  return Object.assign(db, { $client: client, url, close: () => client.end({ timeout: 5 }) });
}

export type Db = ReturnType<typeof createDb>;
/** A transaction handle or the db itself: queries take either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
