/**
 * `pnpm bench:reads [--matters 1000000,10000000] [--runs 60]`: the reads a day of supervision leans on, called
 * through the real tRPC procedures (zod, the domain, drizzle) on databases made by `pnpm bench:data`:
 *   - the township dashboard (supervision.overview, 马寨镇) and the district's overview of its townships (二七区),
 *   - a village queue (matter.list, 王庄村),
 *   - the half-year assessment of a district (assessment.computeHalfYear, 二七区: every station's result from the records),
 *   - the public progress lookup (lookup.progress, a random matter's code and phone).
 * Each is called `--runs` times one after another after a warm-up; p50/p95 in ms and the ratio of the largest
 * database to the smallest are written to bench/RESULTS.md.
 */
import { parseArgs } from "node:util";
import { callerAs } from "@bianmin/api/testing";
import { createDb } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { benchServer, databaseUrl } from "./database";
import { benchDatabaseName } from "./data/generate-name";
import { percentile } from "./load";
import { writeResultJson, writeSection } from "./results";

const WARMUP = 5;

interface Read {
  name: string;
  /** p95 target in ms, when the issue sets one */
  target?: number;
  prepare: (db: Db, now: Date) => Promise<() => Promise<unknown>>;
}

const READS: Read[] = [
  {
    name: "township dashboard (supervision.overview)",
    target: 50,
    prepare: async (db, now) => {
      const caller = await callerAs(db, "mazhai-supervisor", now);
      return () => caller.supervision.overview();
    },
  },
  {
    name: "district overview (supervision.districtOverview)",
    prepare: async (db, now) => {
      const caller = await callerAs(db, "erqi-admin", now);
      return () => caller.supervision.districtOverview();
    },
  },
  {
    name: "village queue (matter.list)",
    prepare: async (db, now) => {
      const caller = await callerAs(db, "wangzhuang-1", now);
      return () => caller.matter.list();
    },
  },
  {
    name: "district half-year assessment (assessment.computeHalfYear)",
    target: 1000,
    prepare: async (db, now) => {
      const caller = await callerAs(db, "erqi-assessor", now);
      const year = Number(now.toISOString().slice(0, 4));
      const periodKey = now.getUTCMonth() >= 6 ? `${year}-H1` : `${year - 1}-H2`;
      return () => caller.assessment.computeHalfYear({ periodKey });
    },
  },
  {
    name: "public lookup (lookup.progress)",
    prepare: async (db, now) => {
      const sample = (await db.$client`select lookup_code, right(applicant_phone, 4) as last4 from matters tablesample system (1) where lookup_code is not null limit 200`) as unknown as { lookup_code: string; last4: string }[];
      if (sample.length === 0) throw new Error("没有带查询码的事项");
      let n = 0;
      return async () => {
        const s = sample[n++ % sample.length]!;
        // a fresh client address each call: the lookup's per-address limit is not what is measured
        const caller = await callerAs(db, null, now, `bench-${n}`);
        return caller.lookup.progress({ code: s.lookup_code, phoneLast4: s.last4 });
      };
    },
  },
];

interface Measured {
  database: string;
  matters: number;
  results: { name: string; p50: number; p95: number; runs: number }[];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(db: Db, runs: number, read: Read, now: Date) {
  const once = await read.prepare(db, now);
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name: read.name, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), runs };
}

function markdown(all: Measured[], runs: number, measuredAt: string): string {
  const first = all[0]!;
  const last = all.at(-1)!;
  const label = (m: Measured) => m.database.replace("bianmin_bench_", "").toUpperCase();
  const head = `| read | ${all.map((m) => `${label(m)} p50 / p95`).join(" | ")} | ${label(last)}/${label(first)} (p95) | target |`;
  const rows = READS.map((read, i) => {
    const cells = all.map((m) => `${m.results[i]!.p50} / ${m.results[i]!.p95}`);
    const ratio = last.results[i]!.p95 / first.results[i]!.p95;
    const target = read.target
      ? `p95 < ${read.target} ms: **${last.results[i]!.p95 < read.target ? "met" : "not met"}**${read.target === 50 ? `; ratio ≤ 1.5: **${ratio <= 1.5 ? "met" : "not met"}**` : ""}`
      : "";
    return `| ${read.name} | ${cells.join(" | ")} | ${ratio.toFixed(2)} | ${target} |`;
  });
  return [
    "## Reads at scale",
    "",
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with \`pnpm bench:reads\`: each read called ${runs} times one after another through the tRPC procedure (after ${WARMUP} warm-up calls) on the databases of \`pnpm bench:data\` (${all.map((m) => `${m.database}: ${m.matters.toLocaleString("en-US")} matters`).join("; ")}). Latency in ms.`,
    "",
    head,
    `|---|${all.map(() => "---|").join("")}---|---|`,
    ...rows,
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { matters: { type: "string", default: "1000000,10000000" }, runs: { type: "string", default: "60" } } });
  const sizes = values.matters.split(",").map(Number);
  const runs = Number(values.runs);
  const { serverUrl, stop } = await benchServer();
  const all: Measured[] = [];
  try {
    for (const size of sizes) {
      const name = benchDatabaseName(size);
      const db = createDb(databaseUrl(serverUrl, name), { max: 4 });
      try {
        const [{ n }] = (await db.$client`select count(*)::int as n from matters`) as unknown as [{ n: number }];
        const now = new Date();
        const results = [];
        for (const read of READS) {
          const r = await measure(db, runs, read, now).catch((e: unknown) => {
            throw new Error(`${read.name}：${e instanceof Error ? e.message : String(e)}`);
          });
          console.log(`${name}  ${read.name}: p50 ${r.p50} ms, p95 ${r.p95} ms`);
          results.push(r);
        }
        all.push({ database: name, matters: n, results });
      } catch (e) {
        throw new Error(`${name}：${e instanceof Error ? e.message : String(e)}（先运行 pnpm bench:data --matters ${size}）`);
      } finally {
        await db.close();
      }
    }
  } finally {
    await stop();
  }
  const measuredAt = new Date().toISOString();
  writeResultJson("reads", { measuredAt, runs, all });
  writeSection("reads", markdown(all, runs, measuredAt));
}

await main();
