import { runMigrations } from "../migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("请设置 DATABASE_URL（例如 postgres://postgres@127.0.0.1:5432/bianmin）");
  process.exit(2);
}
await runMigrations(url);
console.log("数据库迁移完成");
