/**
 * `pnpm test`: the whole suite. Uses DATABASE_URL when set; otherwise starts one embedded PostgreSQL for the
 * run. Browser tests need Debian's chromium: installed here when missing and we may (root with apt-get).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbedded } from "@bianmin/db/embedded";
import { run, TURBO } from "./lib";

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];

function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const root = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!root || !hasApt) {
    throw new Error("浏览器测试需要 Chromium：请先安装（Debian/Ubuntu：sudo apt-get install -y chromium），或设置 CHROMIUM_PATH");
  }
  console.log("未找到 Chromium，正在用 apt-get 安装 Debian 的 chromium …");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  const installed = findChromium();
  if (!installed) throw new Error("Chromium 安装失败");
  return installed;
}

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: ensureChromium() };
  let stop = async () => {};
  if (!env.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bianmin-test-pg-"));
    console.log("未设置 DATABASE_URL：为本次测试启动内置 PostgreSQL");
    const server = await startEmbedded(path.join(dir, "data"), { port: 0, database: "postgres" });
    env.DATABASE_URL = server.url;
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    return await run(TURBO, ["run", "test", "--concurrency=2", ...process.argv.slice(2)], { env });
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
