/**
 * `pnpm bench:pages`: first-load JavaScript per route of the three production builds (issue 9, item 5).
 *
 * Each route is opened in a fresh Chromium page, signed in as a demo user of the app; every script the page loads
 * before it is idle is gzipped (level 9, as a server would send it) and summed. The apps run on a database of their
 * own (`bianmin_bench_pages`, migrated and seeded) on the server of DATABASE_URL, or on an embedded one. Prints a
 * table, keeps the figures in bench/results/page-weight.json and writes its section of bench/RESULTS.md.
 */
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@bianmin/db/seed";
import { startApp, stopApp, waitForApp } from "./apps";
import { benchDatabase, migrateAndSeed } from "./database";
import { machine, writeResultJson, writeSection } from "./results";

const BASE_PORT = Number(process.env.BENCH_PORT_BASE ?? 3600);
const APPS = { village: BASE_PORT + 1, township: BASE_PORT + 2, district: BASE_PORT + 3 } as const;
type App = keyof typeof APPS;

/** The routes measured, with the user who opens them; the two with a target first. */
const ROUTES: { app: App; route: string; user: string; target?: number }[] = [
  { app: "village", route: "/matters/new", user: "wangzhuang-1", target: 150 },
  { app: "township", route: "/", user: "mazhai-supervisor", target: 150 },
  { app: "village", route: "/", user: "wangzhuang-1" },
  { app: "village", route: "/matters", user: "wangzhuang-1" },
  { app: "village", route: "/appointments", user: "wangzhuang-1" },
  { app: "village", route: "/complaints", user: "wangzhuang-1" },
  { app: "village", route: "/records", user: "wangzhuang-1" },
  { app: "village", route: "/station", user: "wangzhuang-head" },
  { app: "village", route: "/lookup", user: "" },
  { app: "village", route: "/s/410103100202", user: "" },
  { app: "township", route: "/window", user: "mazhai-window1" },
  { app: "township", route: "/assessments", user: "mazhai-supervisor" },
  { app: "township", route: "/follow-ups", user: "mazhai-supervisor" },
  { app: "district", route: "/", user: "erqi-assessor" },
  { app: "district", route: "/assessments", user: "erqi-assessor" },
  { app: "district", route: "/inspections/new", user: "erqi-inspector" },
  { app: "district", route: "/catalog/new", user: "erqi-admin" },
  { app: "district", route: "/calendar", user: "erqi-admin" },
];

export interface PageWeight {
  app: App;
  route: string;
  scripts: number;
  jsRawKb: number;
  jsGzipKb: number;
  target?: number;
}

async function measure(browser: Browser, r: (typeof ROUTES)[number]): Promise<PageWeight> {
  const base = `http://localhost:${APPS[r.app]}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (r.user) {
    const login = await context.newPage();
    await login.goto(`${base}/login`);
    await login.getByLabel("用户名").fill(r.user);
    await login.getByLabel("密码").fill(DEMO_PASSWORD);
    await login.getByRole("button", { name: "登录" }).click();
    await login.waitForURL(`${base}/`);
    await login.close();
  }
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") bodies.push(res.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${base}${r.route}`, { waitUntil: "networkidle" });
  const scripts = await Promise.all(bodies);
  await context.close();
  const raw = scripts.reduce((n, b) => n + b.length, 0);
  const gz = scripts.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0);
  return { app: r.app, route: r.route, scripts: scripts.length, jsRawKb: Math.round(raw / 102.4) / 10, jsGzipKb: Math.round(gz / 102.4) / 10, target: r.target };
}

function pageWeightMarkdown(results: PageWeight[], measuredAt: string): string {
  const rows = [...results].sort((a, b) => b.jsGzipKb - a.jsGzipKb);
  const line = (w: PageWeight) => `| ${w.app} | \`${w.route}\` | ${w.scripts} | ${w.jsGzipKb} | ${w.jsRawKb} | ${w.target ? `≤ ${w.target} kB: ${w.jsGzipKb <= w.target ? "**met**" : "**not met**"}` : ""} |`;
  return [
    "## Page weight (first-load JavaScript)",
    "",
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with \`pnpm bench:pages\`: each route opened signed in, in a fresh Chromium page; every script loaded until the network is idle, gzipped at level 9. Largest first.`,
    "",
    "| app | route | scripts | JS gzip kB | JS raw kB | target |",
    "|---|---|---|---|---|---|",
    ...rows.map(line),
  ].join("\n");
}

async function main() {
  const { url, drop } = await benchDatabase("bianmin_bench_pages");
  await migrateAndSeed(url);
  const children = Object.entries(APPS).map(([app, port]) => startApp(app, port, url));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
  try {
    await Promise.all(Object.values(APPS).map(waitForApp));
    const results: PageWeight[] = [];
    for (const r of ROUTES) {
      const w = await measure(browser, r);
      results.push(w);
      console.log(`${w.app.padEnd(9)} ${w.route.padEnd(18)} ${String(w.scripts).padStart(3)} 个脚本  ${String(w.jsGzipKb).padStart(7)} kB gzip  (${w.jsRawKb} kB)${w.target ? `  目标 ≤ ${w.target} kB：${w.jsGzipKb <= w.target ? "达到" : "未达到"}` : ""}`);
    }
    const measuredAt = new Date().toISOString();
    writeResultJson("page-weight", { measuredAt, machine: machine(), results });
    writeSection("page-weight", pageWeightMarkdown(results, measuredAt));
  } finally {
    await browser.close();
    await Promise.all(children.map(stopApp));
    await drop();
  }
}

await main();
