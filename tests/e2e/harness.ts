import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { chromium } from "playwright-core";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import type { Browser } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOTS = path.join(ROOT, "tests", "e2e", "screenshots");

const BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
/** Ports of the three apps under test; E2E_PORT_BASE moves them (two runs side by side). */
export const APPS = { village: BASE + 1, township: BASE + 2, district: BASE + 3 } as const;
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
export type AppKey = keyof typeof APPS;

/** Serve the three production builds against the given database; resolve when all answer. */
export async function startApps(databaseUrl: string): Promise<{ stop: () => Promise<void> }> {
  const children: ChildProcess[] = [];
  for (const [app, port] of Object.entries(APPS)) {
    const dir = path.join(ROOT, "apps", app);
    if (!fs.existsSync(path.join(dir, DIST, "BUILD_ID"))) throw new Error(`apps/${app} is not built (${DIST}): run pnpm build first`);
    const bin = path.join(dir, "node_modules", "next", "dist", "bin", "next");
    const child = spawn(process.execPath, [bin, "start", "-p", String(port)], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret", NEXTAUTH_URL: `http://localhost:${port}`, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
  }
  const until = Date.now() + 60_000;
  for (const port of Object.values(APPS)) {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) break;
      } catch {
        // starting
      }
      if (Date.now() > until) throw new Error(`app on ${port} did not start`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    stop: async () => {
      for (const c of children) c.kill("SIGTERM");
      await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
    },
  };
}

/** Debian's chromium driven by playwright-core: never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** What every browser test file needs: a fresh seeded database, the three apps served on it, and Chromium. */
export interface E2E {
  db: Db;
  url: string;
  browser: Browser;
}

/** Set up (beforeAll) and tear down (afterAll) the E2E fixture of one test file; its fields fill in beforeAll. */
export function useE2E(): E2E {
  const e2e = {} as E2E;
  let apps: { stop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const fresh = await freshDb();
    Object.assign(e2e, fresh);
    apps = await startApps(fresh.url);
    e2e.browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await apps?.stop();
  });
  return e2e;
}
