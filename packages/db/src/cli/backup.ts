import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "../backup";
import { ROOT, runTool } from "./target";

/** `pnpm db:backup [file]`: a consistent backup of the whole database (default .data/backups/bianmin-<time>.backup.gz). */
await runTool(async (url) => {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, ".data", "backups", `bianmin-${stamp}.backup.gz`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const head = await backupDatabase(url, file);
  const rows = head.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`已备份 ${head.tables.length} 张表、${rows} 行（PostgreSQL ${head.server}，${head.migrations.length} 个迁移）到 ${file}（${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB）`);
  return 0;
});
