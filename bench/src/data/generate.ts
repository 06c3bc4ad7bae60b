/**
 * `pnpm bench:data --matters 1000000 [--years 5] [--per-station 110] [--all-events]`: a benchmark database of a province-like
 * shape (bianmin_bench_1m, bianmin_bench_10m, …) on the bench server: a copy of the template database (migrations,
 * the seed, a 12-month demo history: see template.ts), then synthetic districts, townships and stations and years of matters with their events,
 * ratings, follow-ups, complaints and clock-ons cloned from the demo history, loaded in batches with a progress bar.
 * The number of stations follows the matters (each station takes `--per-station` matters a year, as the demo's do),
 * so a 10M database is a province with ten times the stations of a 1M one, each with the same years of history.
 * Reports rows per second and writes its line of bench/RESULTS.md.
 */
import { parseArgs } from "node:util";
import postgres from "postgres";
import { benchServer } from "../database";
import { cloneMatters, cloneStationLife, prepareTemplates } from "./clone";
import { withoutSecondaryIndexes } from "./indexes";
import { progressBar } from "./progress";
import { recordGeneration } from "./report";
import { createShape } from "./shape";
import { databaseFromTemplate } from "./template";
import { benchDatabaseName } from "./generate-name";

const TOWNSHIPS = 12;
const VILLAGES = 14;
const BATCH = 50_000;

async function main() {
  const { values } = parseArgs({ options: { matters: { type: "string" }, years: { type: "string", default: "5" }, "per-station": { type: "string", default: "110" }, "all-events": { type: "boolean", default: false } } });
  const total = Number(values.matters);
  const years = Number(values.years);
  const perStation = Number(values["per-station"]);
  if (!Number.isInteger(total) || total < 1000) throw new Error("--matters 应为不少于 1000 的整数，如 --matters 1000000");
  if (!Number.isInteger(years) || years < 1 || years > 30) throw new Error("--years 应为 1 到 30 的整数");
  if (!Number.isInteger(perStation) || perStation < 1) throw new Error("--per-station 应为正整数");
  const stationsWanted = Math.ceil(total / (years * perStation));
  const shape = { districts: Math.max(1, Math.ceil(stationsWanted / (TOWNSHIPS * VILLAGES))), townships: TOWNSHIPS, villages: VILLAGES };

  const name = benchDatabaseName(total);
  const { serverUrl, stop } = await benchServer();
  const started = performance.now();
  try {
    console.log(`数据库 ${name}`);
    const url = await databaseFromTemplate(serverUrl, name);
    const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { synchronous_commit: "off", session_replication_role: "replica", maintenance_work_mem: "512MB" } });
    try {
      const stations = await createShape(sql, shape);
      const t = await prepareTemplates(sql);
      console.log(`网络：${shape.districts} 个区 × ${TOWNSHIPS} 个乡镇 × ${VILLAGES} 个村，共 ${stations} 个代办站；模板事项 ${t.templates} 件（其中已办结 ${t.concluded} 件），${years} 年`);
      const dropped = await withoutSecondaryIndexes(sql, ["matters", "matter_events", "complaints", "attendance"]);
      const bar = progressBar("事项", total, "件");
      let matters = 0;
      let events = 0;
      for (let from = 0; from < total; from += BATCH) {
        const r = await cloneMatters(sql, from, Math.min(total, from + BATCH), years, values["all-events"]);
        matters += r.matters;
        events += r.events;
        bar.update(Math.min(total, from + BATCH), `事件 ${events.toLocaleString("en-US")} 条`);
      }
      const cloneSeconds = bar.done();
      const life = await cloneStationLife(sql, years);
      // lookup codes derived from i may meet a random demo code: those clones go without one
      await sql`update matters c set lookup_code = null where c.idempotency_key like 'bench:%'
        and c.lookup_code in (select d.lookup_code from matters d where d.idempotency_key not like 'bench:%' and d.lookup_code is not null)`;
      const indexBar = progressBar("重建索引", dropped.count, "个");
      let built = 0;
      await dropped.rebuild(() => indexBar.update(built++));
      indexBar.update(built);
      const indexSeconds = indexBar.done();
      // vacuum too: it sets the visibility map, without which no read is answered from an index alone
      await sql`vacuum (analyze)`;
      const [size] = await sql<{ bytes: string }[]>`select pg_database_size(current_database())::text as bytes`;
      const totalSeconds = (performance.now() - started) / 1000;
      const result = { name, matters, events, complaints: life.complaints, attendance: life.attendance, stations, districts: shape.districts, years, allEvents: values["all-events"], cloneSeconds, indexSeconds, totalSeconds, rowsPerSecond: Math.round((matters + events) / cloneSeconds), databaseBytes: Number(size!.bytes), measuredAt: new Date().toISOString() };
      recordGeneration(result);
      console.log(`完成：事项 ${matters.toLocaleString("en-US")} 件，事件 ${events.toLocaleString("en-US")} 条，投诉 ${life.complaints.toLocaleString("en-US")} 件，签到 ${life.attendance.toLocaleString("en-US")} 条；写入 ${result.rowsPerSecond.toLocaleString("en-US")} 行/秒，索引 ${indexSeconds.toFixed(0)} 秒，共 ${totalSeconds.toFixed(0)} 秒，库大小 ${(result.databaseBytes / 2 ** 30).toFixed(1)} GiB`);
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await stop();
  }
}

await main();
