import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { matters } from "@bianmin/db";
import { HISTORY_CONCURRENCY, openHistoryDb } from "./db";
import { seedHistory } from "./history";
import { printResult } from "./report";

/**
 * `pnpm demo:history [--months 12] [--until 2026-11-24] [--seed 1]`: writes a demo history into the
 * database of DATABASE_URL (migrated and seeded, without matters yet). `--until` defaults to now; a past date ends at
 * 20:00 that day, today or a later date means now (the apps read the real clock, so nothing is written in the future).
 */

function untilOf(arg: string | undefined, now: Date): Date {
  if (!arg) return now;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(arg)) throw new Error("--until 应为日期，如 2026-11-24");
  const evening = new Date(`${arg}T20:00:00+08:00`);
  return evening < now ? evening : now;
}

async function main() {
  const { values } = parseArgs({
    options: {
      months: { type: "string", default: "12" },
      until: { type: "string" },
      seed: { type: "string", default: "1" },
      concurrency: { type: "string", default: String(HISTORY_CONCURRENCY) },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("请设置 DATABASE_URL（已迁移并写入种子数据的数据库）");
  const db = openHistoryDb(url);
  const [{ n }] = (await db.select({ n: count() }).from(matters)) as [{ n: number }];
  if (n > 0) {
    await db.close();
    throw new Error(`数据库中已有 ${n} 件事项，演示历史只写入没有事项的数据库`);
  }
  let lastMonth = "";
  const result = await seedHistory(db, {
    until: untilOf(values.until, new Date()),
    months: Number(values.months),
    seed: Number(values.seed),
    concurrency: Number(values.concurrency),
    onProgress: ({ date, day, days }) => {
      if (date.slice(0, 7) === lastMonth) return;
      lastMonth = date.slice(0, 7);
      console.log(`  ${date}（${day}/${days} 天）`);
    },
  }).finally(() => db.close());
  printResult(result);
  if (result.failures.count > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
