import { verifyAuditChain } from "../audit";
import { createDb } from "../client";
import { runTool } from "./target";

/** `pnpm audit:verify`: walk every district's audit chain and report the first break (R-SEC-2); exit 1 on a break. */
await runTool(async (url) => {
  const db = createDb(url, { max: 1 });
  try {
    const r = await verifyAuditChain(db);
    if (!r.firstBreak) {
      console.log(`审计日志完整：已核验 ${r.checked} 条记录，哈希链无断点。`);
      return 0;
    }
    console.error(`审计日志在第 ${r.firstBreak.id} 号记录处断开：${r.firstBreak.reason}（此前 ${r.checked} 条记录完好）。`);
    return 1;
  } finally {
    await db.close();
  }
});
