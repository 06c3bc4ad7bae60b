/**
 * `pnpm start`: one command from a fresh clone to three running apps.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL with its data under .data/pg; migrates, seeds on
 * first run, builds the apps (turbo caches unchanged builds) and serves them on 3001/3002/3003, with the reminder
 * worker (packages/jobs) as a fourth process.
 */
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDb, runMigrations } from "@bianmin/db";
import { startEmbedded } from "@bianmin/db/embedded";
import { DEMO_PASSWORD, demoLogins, seed } from "@bianmin/db/seed";
import { APPS, nextBin, ROOT, run, TURBO } from "./lib";
import { firstStartHistory } from "@bianmin/api/demo";

const DATA = path.join(ROOT, ".data");
fs.mkdirSync(DATA, { recursive: true });

let stopDb: () => Promise<void> = async () => {};
const children: ChildProcess[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log("\n正在停止各应用和数据库…");
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  await stopDb().catch((e) => console.error(e));
  console.log("已停止。");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function waitForPort(port: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`端口 ${port} 上的应用未能启动`);
}

async function main() {
  let url = process.env.DATABASE_URL;
  if (url) {
    console.log("使用 DATABASE_URL 指定的 PostgreSQL");
  } else {
    console.log("启动内置 PostgreSQL（数据目录 .data/pg）…");
    const server = await startEmbedded(path.join(DATA, "pg"), { port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
    stopDb = server.stop;
    url = server.url;
  }
  await runMigrations(url);
  const db = createDb(url, { max: 2 });
  const { created } = await seed(db);
  await db.close();
  console.log(created ? "已写入演示数据" : "演示数据已存在");
  if (created) await firstStartHistory(url);

  if (!process.argv.includes("--no-build")) {
    console.log("构建三个应用（未改动时使用缓存）…");
    const code = await run(TURBO, ["run", "build", "--filter=./apps/*", "--concurrency=1", "--output-logs=errors-only"]);
    if (code !== 0) throw new Error("构建失败");
  }

  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret(), NODE_ENV: "production" as const };
  /** A child that stops everything when it exits on its own. */
  const supervise = (child: ChildProcess, title: string) => {
    child.once("exit", (code) => {
      if (!stopping) {
        console.error(`${title} 已退出（${code}）`);
        void shutdown(1);
      }
    });
    children.push(child);
  };
  for (const app of APPS) {
    const child = spawn(process.execPath, [nextBin(app.name), "start", "-p", String(app.port)], {
      cwd: path.join(ROOT, "apps", app.name),
      env: { ...env, NEXTAUTH_URL: `http://localhost:${app.port}` },
      stdio: ["ignore", "inherit", "inherit"],
    });
    supervise(child, app.title);
  }
  // the reminder worker (R-DL-5): its own process beside the apps, never a timer inside a web server
  const worker = spawn(process.execPath, ["--import", "tsx", "src/cli.ts"], {
    cwd: path.join(ROOT, "packages", "jobs"),
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  supervise(worker, "到期提醒任务");
  await Promise.all(APPS.map((a) => waitForPort(a.port)));

  console.log("\n二七区便民服务代办系统已启动：");
  for (const app of APPS) console.log(`  ${app.title.padEnd(18, "　")} http://localhost:${app.port}`);
  console.log(`  ${"到期提醒任务".padEnd(18, "　")} 每分钟检查黄灯、红灯事项和整改回访（短信通道 SMS_SENDER=${process.env.SMS_SENDER || "log"}）`);
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const l of demoLogins()) console.log(`  ${l.username.padEnd(22)} ${l.name}（${l.unit}）`);
  console.log("\n按 Ctrl-C 停止。");
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
});
