import path from "node:path";
import { readBackupHeader, restoreDatabase } from "../backup";
import { runTool } from "./target";

/** `pnpm db:restore <file> --yes`: replace the whole database with a backup (stop the apps first). */
await runTool(async (url) => {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("用法：pnpm db:restore <备份文件> --yes");
    return 2;
  }
  const head = await readBackupHeader(path.resolve(file));
  if (!process.argv.includes("--yes")) {
    console.error(`将用 ${head.createdAt} 的备份替换数据库中的全部数据，此操作不可撤销。请先停止各应用，确认后加 --yes 再运行。`);
    return 2;
  }
  await restoreDatabase(url, path.resolve(file));
  console.log(`已恢复 ${head.tables.length} 张表、${head.tables.reduce((n, t) => n + t.rows, 0)} 行（备份时间 ${head.createdAt}）。可运行 pnpm audit:verify 核验审计日志。`);
  return 0;
});
