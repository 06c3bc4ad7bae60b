import type { HistoryResult } from "./history";

/** The counts of a demo history, in Chinese, one line each. */
export function printResult(r: HistoryResult, log: (line: string) => void = console.log): void {
  const kv = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join("，");
  log(`演示历史：${r.from} 至 ${r.until}，${r.stations} 个代办站，用时 ${(r.elapsedMs / 1000).toFixed(1)} 秒`);
  log(`  事项（按状态）：${kv(r.matters)}`);
  log(`  已受理事项的红黄绿灯：${kv(r.lights)}`);
  log(`  评价：${kv(r.ratings)}；未结整改回访 ${r.followUps.open}（其中超期 ${r.followUps.overdue}）`);
  log(`  投诉：${kv(r.complaints)}；预约：${kv(r.appointments)}`);
  log(`  签到记录 ${r.attendance}，自我评议 ${r.selfReviews}，明察暗访 ${r.inspections}，审计记录 ${r.auditEntries}`);
  log(`  办理操作：${kv(r.done)}`);
  if (r.failures.count > 0) {
    log(`  ${r.failures.count} 个过程意外失败，例如：`);
    for (const f of r.failures.first.slice(0, 5)) log(`    ${f.process}：${f.message}`);
  }
}
