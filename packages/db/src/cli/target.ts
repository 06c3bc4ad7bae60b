import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbedded } from "../embedded";

/** The repository root, where `pnpm start` keeps the embedded server's data (.data/pg). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DATA_DIR = path.join(ROOT, ".data", "pg");

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The database a command-line tool works on: DATABASE_URL when set; otherwise the embedded server of `pnpm start`
 * (the running one, found through its pid file, or started for the command and stopped after it).
 */
export async function targetDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  if (!fs.existsSync(path.join(DATA_DIR, "PG_VERSION"))) throw new Error("请设置 DATABASE_URL，或先运行 pnpm start 创建内置数据库（.data/pg）");
  const pidFile = path.join(DATA_DIR, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
    if (alive(Number(pid))) return { url: `postgres://postgres:bianmin@127.0.0.1:${Number(port)}/bianmin`, stop: async () => {} };
  }
  const server = await startEmbedded(DATA_DIR);
  return { url: server.url, stop: server.stop };
}

/** Run a tool against the target database; a failure prints its message and exits with 1. */
export async function runTool(f: (url: string) => Promise<number>): Promise<void> {
  let stop = async () => {};
  let code = 1;
  try {
    const target = await targetDatabase();
    stop = target.stop;
    code = await f(target.url);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
  } finally {
    await stop().catch(() => {});
  }
  process.exit(code);
}
