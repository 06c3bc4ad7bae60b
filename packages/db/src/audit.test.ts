import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "./testing";
import { createDb } from "./client";
import type { Db } from "./client";
import { appendAudit, canonicalJson, verifyAuditChain } from "./audit";
import { auditHeads, auditLog, districts } from "./schema";

let db: Db;
let districtId: string;
beforeAll(async () => {
  ({ db } = await freshDb());
  districtId = (await db.select().from(districts))[0]!.id;
});

const entry = (i: number, district: string | null) => ({ districtId: district, actorId: null, actorName: "测试", action: "test.concurrent", entity: "thing", entityId: String(i), after: { i } });

describe("tamper-evident audit log", () => {
  it("canonical JSON sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it("R-SEC-2 entries chain by hash and the verifier recomputes them from the stored rows (jsonb reorders keys)", async () => {
    for (let i = 0; i < 3; i++) {
      await db.transaction((tx) =>
        appendAudit(tx, { districtId, actorId: null, actorName: "测试", action: "test.write", entity: "thing", entityId: String(i), before: { zeta: i, alpha: "甲", nested: { y: 1, b: 2 } }, after: { status: "done", at: new Date("2026-03-02T02:00:00Z") } }),
      );
    }
    expect(await verifyAuditChain(db)).toEqual({ checked: 3, firstBreak: null });
  });

  it("R-SEC-2 the verifier names the first altered or removed entry", async () => {
    const [second] = await db.execute<{ id: number }>(sql`select id from audit_log order by id offset 1 limit 1`);
    await db.execute(sql`update audit_log set actor_name = '篡改' where id = ${second!.id}`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: Number(second!.id), reason: expect.stringContaining("被改动") });
    await db.execute(sql`delete from audit_log where id = ${second!.id}`);
    expect((await verifyAuditChain(db)).firstBreak?.reason).toContain("删除或插入");
  });

  it("R-SEC-2 concurrent appends to one district from many connections make one unbroken chain, and its head row follows the newest entry", async () => {
    // a database of its own: the tests above tampered with theirs
    const fresh = await freshDb();
    const districtId = (await fresh.db.select().from(districts))[0]!.id;
    const pool = createDb(fresh.url, { max: 20 });
    try {
      // each in a transaction that writes before and after the append, as the services do
      await Promise.all(Array.from({ length: 60 }, (_, i) => pool.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(0.001 * ${i % 5})`);
        await appendAudit(tx, entry(i, districtId));
        await appendAudit(tx, entry(1000 + i, null));
      })));
    } finally {
      await pool.close();
    }
    expect(await verifyAuditChain(fresh.db)).toEqual({ checked: 120, firstBreak: null });
    for (const [chain, cond] of [[districtId, sql`district_id = ${districtId}`], ["global", sql`district_id is null`]] as const) {
      const [newest] = await fresh.db.execute<{ hash: string }>(sql`select hash from ${auditLog} where ${cond} order by id desc limit 1`);
      expect((await fresh.db.select().from(auditHeads).where(sql`chain = ${chain}`))[0]?.hash).toBe(newest!.hash);
    }
  });

  it("R-SEC-2 a chain without a head row (a log restored from a backup older than the heads) continues from its newest entry", async () => {
    const fresh = await freshDb();
    const d = (await fresh.db.select().from(districts))[0]!.id;
    await fresh.db.transaction((tx) => appendAudit(tx, entry(1, d)));
    await fresh.db.delete(auditHeads);
    await fresh.db.transaction((tx) => appendAudit(tx, entry(2, d)));
    expect((await verifyAuditChain(fresh.db)).firstBreak).toBeNull();
    const rows = await fresh.db.select().from(auditLog).where(sql`district_id = ${d}`).orderBy(auditLog.id);
    expect(rows.at(-1)!.prevHash).toBe(rows.at(-2)!.hash);
  });
});
