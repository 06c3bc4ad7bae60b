import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../apps";
import { migrateAndSeed, onServer, recreateDatabase } from "../database";

const TEMPLATE = "bianmin_bench_template";

function demoHistory(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "packages", "api", "src", "demo", "cli.ts"), "--months", "12"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`演示历史写入失败（退出码 ${code}）`))));
  });
}

/** What the template was made from: the migrations and the day (the demo history ends now). */
function stamp(now: Date): string {
  const journal = fs.readFileSync(path.join(ROOT, "packages", "db", "drizzle", "meta", "_journal.json"));
  return `${createHash("sha256").update(journal).digest("hex").slice(0, 16)}:${now.toISOString().slice(0, 10)}`;
}

/**
 * Database `name`, created afresh as a copy of the benchmark template: migrated, seeded and with a 12-month demo
 * history ending today. The template is made once a day (or when the migrations change) and copied by the server
 * (`CREATE DATABASE … TEMPLATE`), which takes seconds instead of the minutes of the history.
 */
export async function databaseFromTemplate(serverUrl: string, name: string): Promise<string> {
  const want = stamp(new Date());
  const have = await onServer(serverUrl, async (sql) => {
    const [row] = await sql<{ c: string | null }[]>`select shobj_description(oid, 'pg_database') as c from pg_database where datname = ${TEMPLATE}`;
    return row?.c ?? null;
  });
  if (have !== want) {
    console.log("基准模板库：迁移、种子数据、12 个月演示历史……");
    const url = await recreateDatabase(serverUrl, TEMPLATE);
    await migrateAndSeed(url);
    await demoHistory(url);
    await onServer(serverUrl, (sql) => sql.unsafe(`comment on database "${TEMPLATE}" is '${want}'`));
  }
  return recreateDatabase(serverUrl, name, TEMPLATE);
}
