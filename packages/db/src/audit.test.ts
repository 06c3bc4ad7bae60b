import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "./testing";
import type { Db } from "./client";
import { appendAudit, canonicalJson, verifyAuditChain } from "./audit";
import { districts } from "./schema";

let db: Db;
let districtId: string;
beforeAll(async () => {
  ({ db } = await freshDb());
  districtId = (await db.select().from(districts))[0]!.id;
});

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
});
