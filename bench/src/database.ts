import path from "node:path";
import postgres from "postgres";
import { createDb, runMigrations } from "@bianmin/db";
import { startEmbedded } from "@bianmin/db/embedded";
import { seed } from "@bianmin/db/seed";
import { ROOT } from "./apps";

/**
 * The server the benchmarks use: DATABASE_URL's when set, otherwise an embedded PostgreSQL whose data is kept in
 * `.data/bench-pg` (so a generated 10M-matter database outlives the command that made it). `stop` stops an
 * embedded server and does nothing to a given one.
 */
export async function benchServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const server = await startEmbedded(path.join(ROOT, ".data", "bench-pg"), { port: 0, database: "postgres" });
  return { serverUrl: server.url, stop: server.stop };
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Run `fn` with a one-connection admin client on the server. */
export async function onServer<T>(serverUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Database `name` on the server, dropped if it was there and created afresh (as a copy of `template` if given); its URL. */
export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await onServer(serverUrl, async (sql) => {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  });
  return databaseUrl(serverUrl, name);
}

/** Apply the migrations and write the seed (the demo district, its staff and catalogue). */
export async function migrateAndSeed(url: string): Promise<void> {
  await runMigrations(url);
  const db = createDb(url, { max: 2 });
  try {
    await seed(db);
  } finally {
    await db.close();
  }
}

/**
 * A database of the benchmarks' own, created afresh on the bench server. `drop` removes it (and stops an embedded
 * server).
 */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { serverUrl, stop } = await benchServer();
  const url = await recreateDatabase(serverUrl, name);
  return {
    url,
    drop: async () => {
      await onServer(serverUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
      await stop();
    },
  };
}
