import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../testing";
import type { Db } from "../client";
import { agentScopes, agents, stations, villages } from "../schema";
import { itemsWithoutResponsibleAgent, stationStaff, townshipsOfDistrict, villagesOfTownship } from "./org";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

async function stationOf(villageName: string) {
  const [row] = await db.select({ id: stations.id, townshipId: stations.townshipId }).from(stations).innerJoin(villages, eq(villages.id, stations.villageId)).where(eq(villages.name, villageName));
  return row!;
}

describe("organisation queries", () => {
  it("R-ORG-4 names the items that no agent of the station is responsible for", async () => {
    const liucun = await stationOf("刘村");
    const gaps = await itemsWithoutResponsibleAgent(db, liucun.id);
    expect(gaps.map((g) => g.code).sort()).toEqual(["GG-002", "ZX-004"]);
    const wangzhuang = await stationOf("王庄村");
    expect(await itemsWithoutResponsibleAgent(db, wangzhuang.id)).toEqual([]);
  });

  it("R-ORG-4 removing an agent's scope makes its items show up as uncovered", async () => {
    const s = await stationOf("王庄村");
    const staff = await stationStaff(db, s.id);
    const agent = staff.find((a) => !a.isHead && a.scope.length > 0)!;
    const [dropped] = agent.scope;
    await db.delete(agentScopes).where(eq(agentScopes.agentId, agent.agentId));
    const gaps = (await itemsWithoutResponsibleAgent(db, s.id)).map((g) => g.code);
    expect(gaps).toEqual(agent.scope);
    expect(gaps).toContain(dropped);
    await db.insert(agentScopes).values(agent.scope.map((itemCode) => ({ agentId: agent.agentId, itemCode })));
    expect(await itemsWithoutResponsibleAgent(db, s.id)).toEqual([]);
  });

  it("R-ORG-4 lists the head first, then agents with their scopes", async () => {
    const s = await stationOf("马寨村");
    const staff = await stationStaff(db, s.id);
    expect(staff[0]!.isHead).toBe(true);
    const all = await db.select().from(agents).where(eq(agents.stationId, s.id));
    expect(staff).toHaveLength(all.length);
  });

  it("R-ORG-6 counts villages, stations and operating stations per township", async () => {
    const [any] = await db.select({ districtId: stations.districtId }).from(stations).limit(1);
    const rows = await townshipsOfDistrict(db, any!.districtId);
    const mazhai = rows.find((r) => r.name === "马寨镇")!;
    expect(mazhai).toMatchObject({ villageCount: 5, stationCount: 4, operatingCount: 3 });
    const vs = await villagesOfTownship(db, mazhai.id);
    expect(vs.filter((v) => v.stationId === null).map((v) => v.name)).toEqual(["新庄村"]);
  });
});
