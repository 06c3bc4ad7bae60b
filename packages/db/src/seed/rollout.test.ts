import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECKLIST_KEYS, summarizeChecklist } from "@bianmin/domain";
import { freshDb } from "../testing";
import type { Db } from "../client";
import { districts, rolloutTargets, stationChecklists, stations, users, villages } from "../schema";
import { seed } from "./index";
import { SEED_TOWNSHIPS } from "./org-data";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("demo seed: standardisation and rollout", () => {
  it("R-ORG-6 seeds the source's campaign (60% by 2009-06-30, 100% by 2009-11-30) and a current one", async () => {
    const [d] = await db.select().from(districts);
    const ts = await db.select().from(rolloutTargets).where(eq(rolloutTargets.districtId, d!.id)).orderBy(asc(rolloutTargets.targetDate));
    expect(ts.map((t) => [t.targetDate, t.percent])).toEqual([
      ["2009-06-30", 60],
      ["2009-11-30", 100],
      ["2026-06-30", 80],
      ["2026-12-31", 100],
    ]);
    expect(ts.filter((t) => t.campaign === "2026年代办站建设提升")).toHaveLength(2);
    await expect(db.insert(rolloutTargets).values({ districtId: d!.id, campaign: "错误", targetDate: "2027-01-01", percent: 101 })).rejects.toThrow();
    await expect(db.insert(rolloutTargets).values({ districtId: d!.id, campaign: "重复", targetDate: "2009-06-30", percent: 70 })).rejects.toThrow();
  });

  it("R-ORG-5 every operating station has a complete checklist confirmed on its operating date by its township's supervisor", async () => {
    const rows = await db
      .select({ s: stations, c: stationChecklists, reviewer: users })
      .from(stations)
      .leftJoin(stationChecklists, eq(stationChecklists.stationId, stations.id))
      .leftJoin(users, eq(users.id, stationChecklists.reviewedBy))
      .where(eq(stations.status, "operating"));
    const expected = SEED_TOWNSHIPS.flatMap((t) => t.villages).filter((v) => v.station !== null && v.station !== "building");
    expect(rows).toHaveLength(expected.length);
    for (const { s, c, reviewer } of rows) {
      expect(c, s.id).not.toBeNull();
      expect(c!.status).toBe("confirmed");
      expect(c!.confirmedOn).toBe(s.operatingSince);
      expect(c!.entries.map((e) => e.key)).toEqual([...CHECKLIST_KEYS]);
      expect(summarizeChecklist(c!.entries, c!.areaM2).complete).toBe(true);
      expect(reviewer).toMatchObject({ role: "townshipSupervisor", townshipId: s.townshipId });
      expect(c!.submittedAt!.getTime()).toBeLessThan(c!.reviewedAt!.getTime());
    }
  });

  it("R-ORG-5 the stations still being built have a draft with some items passed and a submitted checklist", async () => {
    const rows = await db
      .select({ village: villages.name, c: stationChecklists })
      .from(stations)
      .innerJoin(villages, eq(villages.id, stations.villageId))
      .innerJoin(stationChecklists, eq(stationChecklists.stationId, stations.id))
      .where(eq(stations.status, "building"));
    expect(Object.fromEntries(rows.map((r) => [r.village, r.c.status]))).toEqual({ 杨庄村: "draft", 齐礼阎社区: "submitted" });
    const draft = rows.find((r) => r.c.status === "draft")!.c;
    expect(summarizeChecklist(draft.entries, draft.areaM2).passed).toBeGreaterThan(0);
    expect(summarizeChecklist(draft.entries, draft.areaM2).complete).toBe(false);
    const submitted = rows.find((r) => r.c.status === "submitted")!.c;
    expect(summarizeChecklist(submitted.entries, submitted.areaM2).complete).toBe(true);
    expect(submitted.submittedBy).not.toBeNull();
  });

  it("seeding again adds no checklist or target", async () => {
    const count = sql`select (select count(*) from station_checklists) c, (select count(*) from rollout_targets) t`;
    const before = await db.execute(count);
    expect((await seed(db)).created).toBe(false);
    expect(await db.execute(count)).toEqual(before);
  });
});
