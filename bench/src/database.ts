import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbedded } from "@bianmin/db/embedded";

/**
 * A database of the benchmarks' own, created afresh: on the server of DATABASE_URL when set, otherwise on an
 * embedded PostgreSQL started for the run. `drop` removes it (and stops the embedded server).
 */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bianmin-bench-pg-"));
    const server = await startEmbedded(path.join(dir, "data"), { port: 0, database: "postgres" });
    serverUrl = server.url;
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(serverUrl!, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
      await stop();
    },
  };
}
