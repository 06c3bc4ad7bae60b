import { createDb } from "../client";
import { runMigrations } from "../migrate";
import { seed } from "../seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("请设置 DATABASE_URL（例如 postgres://postgres@127.0.0.1:5432/bianmin）");
  process.exit(2);
}
await runMigrations(url);
const db = createDb(url, { max: 2 });
const { created } = await seed(db);
await db.close();
console.log(created ? "演示数据已写入" : "演示数据已存在，未作改动");
