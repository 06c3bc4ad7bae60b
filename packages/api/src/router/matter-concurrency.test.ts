import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, createDb, matterEvents, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { CONFLICT_MESSAGE } from "../matters/errors";
import { accepted, fullRegistration, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
/** A pool wide enough that every concurrent call below has its own PostgreSQL connection. */
let wide: Db;
beforeAll(async () => {
  const fresh = await freshDb();
  db = fresh.db;
  wide = createDb(fresh.url, { max: 60 });
});
afterAll(async () => {
  await wide.close();
});

const MON = "2026-03-02T10:00:00+08:00";

const auditCount = async (matterId: string) =>
  (await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, "matter"), eq(auditLog.entityId, matterId))))[0]!.n;

describe("concurrent edits and retries (R-SEC-3)", () => {
  it("R-SEC-3 fifty staff sessions firing conflicting acts at one matter at once: exactly one wins, the rest get the conflict error, one event and one audit entry are written", async () => {
    const { covering } = await staffFor(db, "baoquan", "ZZ-012");
    const { matterId, version } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    const staff = [...covering.map((c) => c.username), "baoquan-head"];
    const callers = await Promise.all(Array.from({ length: 50 }, (_, i) => callerAs(wide, staff[i % staff.length]!, MON)));
    await Promise.all(staff.map(async (u) => (await callerAs(wide, u, MON)).attendance.clockOn().catch(() => undefined)));
    const auditsBefore = await auditCount(matterId);
    const results = await Promise.allSettled(
      callers.map((api, i) =>
        api.matter.act({
          matterId,
          expectedVersion: version,
          command: i % 2 === 0 ? { type: "complete", outcome: "certificateIssued", documents: [{ name: `证明${i}` }] } : { type: "pauseClock", reason: "expertReview" },
        }),
      ),
    );
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(failed).toHaveLength(49);
    for (const f of failed) expect(f.reason).toMatchObject({ code: "CONFLICT", message: CONFLICT_MESSAGE });
    const [{ n }] = (await db.select({ n: count() }).from(matterEvents).where(eq(matterEvents.matterId, matterId))) as [{ n: number }];
    expect(n).toBe(version + 1);
    expect(await auditCount(matterId)).toBe(auditsBefore + 1);
    expect((await (await callerAs(db, "baoquan-head", MON)).matter.get({ matterId })).version).toBe(version + 1);
  });

  it("R-SEC-3 a stale page (old version) gets the conflict error", async () => {
    const { covering } = await staffFor(db, "baoquan", "ZZ-012");
    const { api, matterId, version } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "expertReview" } });
    expect(await codeOf(api.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "expertReview" } }))).toBe("CONFLICT");
  });

  it("R-SEC-3 two hundred concurrent retries of one intake with one idempotency key create one matter", async () => {
    const api = await callerAs(wide, "biyunlu-1", MON);
    await api.attendance.clockOn();
    const key = randomUUID();
    const command = await fullRegistration(db, "ZZ-012");
    const results = await Promise.all(Array.from({ length: 200 }, () => api.matter.register({ idempotencyKey: key, command })));
    expect(new Set(results.map((r) => r.matterId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [{ n }] = (await db.select({ n: count() }).from(matters).where(eq(matters.idempotencyKey, key))) as [{ n: number }];
    expect(n).toBe(1);
  });
});
