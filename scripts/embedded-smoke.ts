/** CI: the embedded path a fresh machine takes: start embedded PostgreSQL, migrate, seed, query, stop. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, runMigrations } from "@bianmin/db";
import { startEmbedded } from "@bianmin/db/embedded";
import { seed } from "@bianmin/db/seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bianmin-smoke-"));
const server = await startEmbedded(path.join(dir, "pg"), { port: 0 });
try {
  await runMigrations(server.url);
  const db = createDb(server.url, { max: 2 });
  const first = await seed(db);
  const second = await seed(db);
  const [row] = await db.$client<{ stations: number; items: number }[]>`
    select (select count(*)::int from stations) as stations, (select count(*)::int from service_item_versions) as items`;
  await db.close();
  if (!first.created || second.created || !row || row.stations < 1 || row.items < 1) {
    throw new Error(`embedded smoke failed: ${JSON.stringify({ first: first.created, second: second.created, row })}`);
  }
  console.log(`embedded PostgreSQL OK: ${row.stations} stations, ${row.items} items; second seed changed nothing`);
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
