import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { matterEvents, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { CONFLICT_MESSAGE } from "../matters/errors";
import { accepted, fullRegistration, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";

describe("concurrent edits and retries (R-SEC-3)", () => {
  it("R-SEC-3 two agents completing one matter at once: one succeeds, the other gets the conflict error, nothing is lost", async () => {
    const { covering } = await staffFor(db, "baoquan", "ZZ-012");
    const { api, matterId, version } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    const head = await callerAs(db, "baoquan-head", MON);
    const results = await Promise.allSettled([
      api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "证明A" }] } }),
      api.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "expertReview" } }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ code: "CONFLICT", message: CONFLICT_MESSAGE });
    const [{ n }] = (await db.select({ n: count() }).from(matterEvents).where(eq(matterEvents.matterId, matterId))) as [{ n: number }];
    expect(n).toBe(version + 1);
    expect((await head.matter.get({ matterId })).version).toBe(version + 1);
  });

  it("R-SEC-3 a stale page (old version) gets the conflict error", async () => {
    const { covering } = await staffFor(db, "baoquan", "ZZ-012");
    const { api, matterId, version } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "expertReview" } });
    expect(await codeOf(api.matter.act({ matterId, expectedVersion: version, command: { type: "pauseClock", reason: "expertReview" } }))).toBe("CONFLICT");
  });

  it("R-SEC-3 twenty concurrent retries of one intake with one idempotency key create one matter", async () => {
    const api = await callerAs(db, "biyunlu-1", MON);
    await api.attendance.clockOn();
    const key = randomUUID();
    const command = await fullRegistration(db, "ZZ-012");
    const results = await Promise.all(Array.from({ length: 20 }, () => api.matter.register({ idempotencyKey: key, command })));
    expect(new Set(results.map((r) => r.matterId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [{ n }] = (await db.select({ n: count() }).from(matters).where(eq(matters.idempotencyKey, key))) as [{ n: number }];
    expect(n).toBe(1);
  });
});
