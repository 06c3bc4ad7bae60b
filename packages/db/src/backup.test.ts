import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appendAudit, auditChainHeads, verifyAuditChain } from "./audit";
import { backupDatabase, readBackupHeader, restoreDatabase } from "./backup";
import type { Db } from "./client";
import { auditLog, districts } from "./schema";
import { freshDb } from "./testing";

const run = promisify(execFile);
const TSX = path.resolve(import.meta.dirname, "../../../node_modules/.bin/tsx");
const cli = (name: string, url: string, args: string[] = []) =>
  run(TSX, [path.join(import.meta.dirname, "cli", `${name}.ts`), ...args], { env: { ...process.env, DATABASE_URL: url } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

/** Text that COPY must escape: newline, tab, backslash, its own end marker, and characters beyond the BMP. */
const AWKWARD = "第一行\n第二行\t制表\\反斜杠\n\\.\n𠀀😀<script>";

let source: { db: Db; url: string };
let target: { db: Db; url: string };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bianmin-backup-"));

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const out: Record<string, number> = {};
  for (const t of tables) out[t.name] = Number((await db.execute<{ n: string }>(sql.raw(`select count(*) as n from "${t.name}"`)))[0]!.n);
  return out;
}

beforeAll(async () => {
  [source, target] = await Promise.all([freshDb(), freshDb()]);
  const [district] = await source.db.select().from(districts);
  await source.db.transaction(async (tx) => {
    for (let i = 0; i < 3; i++) await appendAudit(tx, { districtId: district!.id, actorId: null, actorName: "测试", action: "test.write", entity: "thing", entityId: String(i), after: { i }, at: new Date() });
    await appendAudit(tx, { districtId: district!.id, actorId: null, actorName: "测试", action: "test.awkward", entity: "thing", entityId: "1", after: { text: AWKWARD }, at: new Date() });
  });
});

describe("backup and restore", () => {
  it("R-SEC-2 a backup restored into another database has every row, the same audit chain head, and an intact chain", async () => {
    const file = path.join(dir, "seeded.backup.gz");
    const head = await backupDatabase(source.url, file);
    expect(await readBackupHeader(file)).toEqual(head);
    const before = await rowCounts(source.db);
    expect(Object.fromEntries(head.tables.map((t) => [t.name, t.rows]))).toEqual(before);
    expect(before.audit_log).toBeGreaterThan(0);

    await target.db.execute(sql`insert into audit_log (district_id, actor_name, action, entity, entity_id, prev_hash, hash, at) select district_id, 'x', 'x', 'x', 'x', 'x', 'x', now() from audit_log limit 1`);
    await restoreDatabase(target.url, file);
    expect(await rowCounts(target.db)).toEqual(before);
    expect(await auditChainHeads(target.db)).toEqual(await auditChainHeads(source.db));
    expect((await verifyAuditChain(target.db)).firstBreak).toBeNull();
    const [awkward] = await target.db.select().from(auditLog).where(eq(auditLog.action, "test.awkward"));
    expect(awkward!.after).toEqual({ text: AWKWARD });

    // the sequences moved on: the next write after a restore does not collide with a restored id
    const [district] = await target.db.select().from(districts);
    await target.db.transaction((tx) => appendAudit(tx, { districtId: district!.id, actorId: null, actorName: "测试", action: "test.after", entity: "thing", entityId: "2", at: new Date() }));
    expect((await verifyAuditChain(target.db)).firstBreak).toBeNull();
  });

  it("R-SEC-2 the command-line tools: db:backup, db:restore (only with --yes), and audit:verify, which reports the first altered entry", async () => {
    const file = path.join(dir, "cli.backup.gz");
    const backup = await cli("backup", source.url, [file]);
    expect(backup).toMatchObject({ code: 0, out: expect.stringContaining("已备份") });
    expect(await cli("restore", target.url, [file])).toMatchObject({ code: 2, out: expect.stringContaining("--yes") });
    expect(await cli("restore", target.url, [file, "--yes"])).toMatchObject({ code: 0, out: expect.stringContaining("已恢复") });
    expect(await cli("audit-verify", target.url)).toMatchObject({ code: 0, out: expect.stringContaining("哈希链无断点") });

    const [victim] = await target.db.execute<{ id: string }>(sql`select id from audit_log order by id offset 1 limit 1`);
    await target.db.execute(sql`update audit_log set after = '{"status":"篡改"}' where id = ${victim!.id}`);
    const broken = await cli("audit-verify", target.url);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`第 ${victim!.id} 号记录`);
    expect(broken.out).toContain("被改动");

    fs.writeFileSync(path.join(dir, "not-a-backup.gz"), "hello");
    expect(await cli("restore", target.url, [path.join(dir, "not-a-backup.gz"), "--yes"])).toMatchObject({ code: 1, out: expect.stringContaining("不是本系统的备份文件") });
  });
});
