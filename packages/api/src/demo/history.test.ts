import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { matterEvents, matters, verifyAuditChain } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { replay } from "@bianmin/domain";
import type { MatterEvent } from "@bianmin/domain";
import { seedHistory } from "./history";
import type { HistoryResult } from "./history";

/** A month of history ending on a Friday evening; March starts a bimonthly period, so self-reviews are written too. */
const OPTIONS = { until: new Date("2026-03-27T18:00:00+08:00"), months: 1, seed: 7 };

let db: Db;
let other: Db;
let result: HistoryResult;
beforeAll(async () => {
  ({ db } = await freshDb());
  ({ db: other } = await freshDb());
  result = await seedHistory(db, { ...OPTIONS, concurrency: 3 });
}, 300_000);

describe("demo history", () => {
  it("runs every act through the services without an unexpected refusal", () => {
    expect(result.failures).toEqual({ count: 0, first: [] });
    expect(result.stations).toBeGreaterThanOrEqual(10);
    expect(result.done.matters).toBeGreaterThan(50);
    expect(result.attendance).toBeGreaterThan(result.stations * 15);
    expect(result.selfReviews).toBeGreaterThan(0);
    expect(result.inspections).toBeGreaterThan(0);
  });

  it("R-FLW-5 every matter's stored state is the replay of its events", async () => {
    const rows = await db.select({ id: matters.id, state: matters.state, version: matters.version }).from(matters);
    const events = await db.select().from(matterEvents).orderBy(asc(matterEvents.matterId), asc(matterEvents.seq));
    const byMatter = new Map<string, MatterEvent[]>();
    for (const e of events) {
      const list = byMatter.get(e.matterId) ?? [];
      list.push({ type: e.type, at: e.at.toISOString(), actor: { id: e.actorId ?? "", name: e.actorName, role: e.actorRole }, fromStatus: e.fromStatus, data: e.data } as MatterEvent);
      byMatter.set(e.matterId, list);
    }
    expect(rows.length).toBe(result.done.matters! + result.done.consultations!);
    for (const row of rows) {
      const replayed = replay(byMatter.get(row.id) ?? []);
      expect(replayed).toEqual(row.state);
      expect(replayed.version).toBe(row.version);
    }
  });

  it("R-SEC-2 the audit chain verifies over the whole history", async () => {
    const check = await verifyAuditChain(db);
    expect(check.firstBreak).toBeNull();
    expect(check.checked).toBe(result.auditEntries);
  });

  it("R-SUP-1 R-DL-4 matters end in many statuses, completed and rated ones as well as open ones with every light", () => {
    const statuses = Object.keys(result.matters);
    for (const s of ["closed", "delivered", "inHandling", "atWindow", "rejected", "referred"]) expect(statuses).toContain(s);
    expect(result.matters.closed).toBeGreaterThan(result.matters.inHandling ?? 0);
    expect(Object.keys(result.ratings).length).toBeGreaterThanOrEqual(3);
    expect(result.lights.green).toBeGreaterThan(0);
    expect(result.lights.yellow).toBeGreaterThan(0);
    expect(result.lights.red).toBeGreaterThan(0);
    expect(result.lights.late).toBeGreaterThan(0);
    expect(result.lights.onTime).toBeGreaterThan(result.lights.late!);
  });

  it("R-FLW-4 a bad rating opens a follow-up the township records", () => {
    expect((result.ratings.dissatisfied ?? 0) + (result.ratings.veryDissatisfied ?? 0)).toBeGreaterThan(0);
    expect(result.done.followUps).toBeGreaterThan(0);
    expect(Object.keys(result.complaints).length).toBeGreaterThan(0);
  });

  it("is deterministic: the same seed on another fresh database, run one station at a time, gives the same counts", async () => {
    const again = await seedHistory(other, { ...OPTIONS, concurrency: 1 });
    expect(again.failures.count).toBe(0);
    expect(again.matters).toEqual(result.matters);
    expect(again.ratings).toEqual(result.ratings);
    expect(again.lights).toEqual(result.lights);
    expect(again.complaints).toEqual(result.complaints);
    expect(again.appointments).toEqual(result.appointments);
    expect(again.done).toEqual(result.done);
    expect(again.auditEntries).toBe(result.auditEntries);
  }, 300_000);
});
