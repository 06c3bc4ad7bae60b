import { HISTORY_CONCURRENCY, openHistoryDb } from "./db";
import { seedHistory } from "./history";
import { printResult } from "./report";

/**
 * `pnpm start` on a fresh database: after the seed, twelve months of daily work up to now, so that queues,
 * dashboards and assessments have something to show. A history that cannot be written (e.g. the calendar lacks
 * this year) is reported and the apps start anyway.
 */
export async function firstStartHistory(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("首次启动：正在写入最近12个月的演示业务数据（签到、事项办理、评价、投诉、预约、自我评议、明察暗访），约需一两分钟…");
  const db = openHistoryDb(url);
  let month = "";
  try {
    const result = await seedHistory(db, {
      until: new Date(),
      months: 12,
      seed: 1,
      concurrency: HISTORY_CONCURRENCY,
      onProgress: ({ date }) => {
        if (date.slice(0, 7) === month) return;
        month = date.slice(0, 7);
        log(`  演示数据：${month}`);
      },
    });
    printResult(result, log);
  } catch (e) {
    log(`演示业务数据未写入：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await db.close();
  }
}
