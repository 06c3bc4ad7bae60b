import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Serve one app's production build on a port against a database; refuses when the app is not built. */
export function startApp(app: string, port: number, databaseUrl: string): ChildProcess {
  const dir = path.join(ROOT, "apps", app);
  if (!fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) throw new Error(`apps/${app} 尚未构建：请先运行 pnpm build`);
  return spawn(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXTAUTH_URL: `http://localhost:${port}`, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Resolve when the app on the port answers its sign-in page (60 s at most). */
export async function waitForApp(port: number): Promise<void> {
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) return;
    } catch {
      // starting
    }
  }
  throw new Error(`端口 ${port} 上的应用未能启动`);
}

/** Stop an app and wait until it has exited. */
export async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}
