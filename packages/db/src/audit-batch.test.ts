import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "./testing";
import type { Db } from "./client";
import { appendAudit, verifyAuditChain } from "./audit";
import { appendAudits } from "./audit-batch";
import { auditHeads, districts } from "./schema";

let db: Db;
let districtId: string;
beforeAll(async () => {
  ({ db } = await freshDb());
  districtId = (await db.select().from(districts))[0]!.id;
});

const entry = (i: number, district: string | null) => ({ districtId: district, actorId: null, actorName: "测试", action: "test.batch", entity: "thing", entityId: String(i), before: { i, 名: "甲" }, after: { at: new Date("2026-06-30T16:00:00Z"), nested: { z: 1, a: [i] } } });

describe("audit entries appended as one batch", () => {
  it("R-SEC-2 a batch continues the chain of single appends, the verifier recomputes every entry, and the head follows the newest", async () => {
    await db.transaction((tx) => appendAudit(tx, entry(0, districtId)));
    await db.transaction((tx) => appendAudits(tx, [1, 2, 3, 4].map((i) => entry(i, districtId))));
    await db.transaction((tx) => appendAudit(tx, entry(5, districtId)));
    expect(await verifyAuditChain(db)).toEqual({ checked: 6, firstBreak: null });
    const [newest] = await db.execute<{ hash: string; prev_hash: string }>(sql`select hash, prev_hash from audit_log where district_id = ${districtId} order by id desc limit 1`);
    const [head] = await db.select().from(auditHeads).where(sql`${auditHeads.chain} = ${districtId}`);
    expect(head).toMatchObject({ hash: newest!.hash, prevHash: newest!.prev_hash });
  });

  it("R-SEC-2 concurrent batches and single appends of one chain never fork it; a failed transaction leaves neither entries nor a moved head", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        db.transaction((tx) => (n % 3 === 0 ? appendAudit(tx, entry(100 + n, districtId)) : appendAudits(tx, [0, 1, 2].map((i) => entry(100 + n * 10 + i, districtId))))),
      ),
    );
    const before = await verifyAuditChain(db);
    expect(before.firstBreak).toBeNull();
    expect(before.checked).toBe(6 + 4 + 8 * 3);
    await expect(
      db.transaction(async (tx) => {
        await appendAudits(tx, [entry(900, districtId), entry(901, districtId)]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await verifyAuditChain(db)).toEqual(before);
    await db.transaction((tx) => appendAudit(tx, entry(902, districtId)));
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("refuses entries of different chains in one batch, and an empty batch writes nothing", async () => {
    await expect(db.transaction((tx) => appendAudits(tx, [entry(1, districtId), entry(2, null)]))).rejects.toThrow("one chain");
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`)) as unknown as [{ n: number }];
    await db.transaction((tx) => appendAudits(tx, []));
    const [{ n: after }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`)) as unknown as [{ n: number }];
    expect(after).toBe(n);
  });
});
