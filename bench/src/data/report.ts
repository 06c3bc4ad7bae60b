import fs from "node:fs";
import path from "node:path";
import { RESULTS_DIR, writeResultJson, writeSection } from "../results";

export interface Generation {
  name: string;
  matters: number;
  events: number;
  complaints: number;
  attendance: number;
  stations: number;
  districts: number;
  years: number;
  allEvents: boolean;
  cloneSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  databaseBytes: number;
  measuredAt: string;
}


/** Keep a generation's figures (bench/results/data-<name>.json) and rewrite the data section from all of them. */
export function recordGeneration(g: Generation): void {
  writeResultJson(`data-${g.name}`, g);
  const all = fs
    .readdirSync(RESULTS_DIR)
    .filter((f) => /^data-.*\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), "utf8")) as Generation)
    .sort((a, b) => a.matters - b.matters);
  const n = (x: number) => x.toLocaleString("en-US");
  writeSection(
    "data",
    [
      "## Data generator",
      "",
      "`pnpm bench:data --matters N [--years 5] [--per-station 110]` builds `bianmin_bench_<N>`: the seed and a 12-month demo history (the templates), then a province-like network (districts of 12 townships × 14 villages, each with an operating station; the number of stations follows N at 110 matters per station and year) and N matters cloned from the demo ones over the years (the current year's with their events; earlier years' events only with `--all-events`, as they are most of the bytes: ~430 B each, ~8 per matter, ~64 GB at 10M, and no benchmarked read scans them), complaints and the last 90 days of clock-ons. Matters and events are loaded with set-based `INSERT … SELECT` in batches of 50,000 while the secondary indexes are dropped, then the indexes are rebuilt.",
      "",
      "| database | districts | stations | years | matters | events (years) | complaints | clock-ons | load s | rows/s (matters + events) | index rebuild s | total s | size GiB | measured |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...all.map((g) => `| \`${g.name}\` | ${g.districts} | ${n(g.stations)} | ${g.years} | ${n(g.matters)} | ${n(g.events)} (${g.allEvents ? "all" : "current"}) | ${n(g.complaints)} | ${n(g.attendance)} | ${g.cloneSeconds.toFixed(0)} | ${n(g.rowsPerSecond)} | ${g.indexSeconds.toFixed(0)} | ${g.totalSeconds.toFixed(0)} | ${(g.databaseBytes / 2 ** 30).toFixed(1)} | ${g.measuredAt.slice(0, 16).replace("T", " ")} |`),
    ].join("\n"),
  );
}
