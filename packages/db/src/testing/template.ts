import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createDb } from "../client";
import { MIGRATIONS_DIR, runMigrations } from "../migrate";
import { seed } from "../seed";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** A name that changes whenever the migrations or the seed change, so a stale template is never reused. */
export function templateName(): string {
  const h = createHash("sha256");
  for (const f of [...listFiles(MIGRATIONS_DIR), ...listFiles(path.join(SRC, "seed"))]) h.update(f).update(fs.readFileSync(f));
  return `bianmin_tpl_${h.digest("hex").slice(0, 12)}`;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A template of other code is dropped once it is this old (no run lasts that long). */
const STALE_TEMPLATE_MS = 6 * 3600_000;

/**
 * Make sure a migrated and seeded template database exists on the server of `adminUrl`; return its name.
 * Several test processes may race here: an advisory lock lets one build it.
 */
export async function ensureTemplate(adminUrl: string): Promise<string> {
  const name = templateName();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext('bianmin:template'))`;
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) {
      const building = `${name}_building`;
      await admin.unsafe(`drop database if exists "${building}" with (force)`);
      await admin.unsafe(`create database "${building}"`);
      const url = withDatabase(adminUrl, building);
      await runMigrations(url);
      const db = createDb(url, { max: 2 });
      await seed(db);
      await db.close();
      await admin.unsafe(`alter database "${building}" rename to "${name}"`);
      await admin.unsafe(`comment on database "${name}" is 'bianmin template built ${Date.now()}'`);
      // drop templates of earlier migrations/seeds, but only stale ones: another checkout's run on the same server
      // (a different version of the code) may still be cloning its own template
      const old = await admin<{ datname: string; note: string | null }[]>`
        select datname, shobj_description(oid, 'pg_database') as note from pg_database
        where datname like 'bianmin_tpl_%' and datname <> ${name} and datname not like '%_building'`;
      for (const o of old) {
        const built = Number(/built (\d+)/.exec(o.note ?? "")?.[1] ?? 0);
        if (Date.now() - built > STALE_TEMPLATE_MS) await admin.unsafe(`drop database if exists "${o.datname}" with (force)`).catch(() => {});
      }
    }
    await admin`select pg_advisory_unlock(hashtext('bianmin:template'))`;
  } finally {
    await admin.end({ timeout: 5 });
  }
  return name;
}
