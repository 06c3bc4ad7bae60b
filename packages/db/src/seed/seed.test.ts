import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { serviceItemVersionSchema } from "@bianmin/domain";
import { freshDb } from "../testing";
import type { Db } from "../client";
import { agentScopes, agents, calendarDays, districtCenters, districts, serviceItemVersions, stations, townshipCenters, townships, users, villages, windows } from "../schema";
import { ROLES } from "../schema";
import { verifyPassword } from "../password";
import { DEMO_PASSWORD, seed } from "./index";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("demo seed", () => {
  it("R-ORG-1 seeds 二七区 with townships of both kinds and villages of both kinds, each with its division code", async () => {
    const [d] = await db.select().from(districts);
    expect(d).toMatchObject({ code: "410103", name: "二七区" });
    const ts = await db.select().from(townships);
    expect(ts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ts.map((t) => t.kind))).toEqual(new Set(["town", "subdistrict"]));
    for (const t of ts) expect(t.code).toMatch(new RegExp(`^${d!.code}\\d{3}$`));
    const vs = await db.select().from(villages);
    expect(vs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(vs.map((v) => v.kind))).toEqual(new Set(["village", "community"]));
    const byId = new Map(ts.map((t) => [t.id, t]));
    for (const v of vs) expect(v.code.slice(0, 9)).toBe(byId.get(v.townshipId)!.code);
  });

  it("R-ORG-1 refuses a division code of the wrong length", async () => {
    const [d] = await db.select().from(districts);
    await expect(db.insert(townships).values({ districtId: d!.id, code: "41010", name: "错误乡", kind: "town" })).rejects.toThrow();
    const [t] = await db.select().from(townships).limit(1);
    await expect(db.insert(villages).values({ districtId: d!.id, townshipId: t!.id, code: "4101031002", name: "错误村", kind: "village" })).rejects.toThrow();
  });

  it("R-ORG-2 every township has one centre with windows, and the district has an approval and an efficiency centre", async () => {
    const ts = await db.select().from(townships);
    const cs = await db.select().from(townshipCenters);
    expect(cs.map((c) => c.townshipId).sort()).toEqual(ts.map((t) => t.id).sort());
    const ws = await db.select({ townshipId: windows.townshipId, n: count() }).from(windows).groupBy(windows.townshipId);
    expect(ws).toHaveLength(ts.length);
    for (const w of ws) expect(w.n).toBeGreaterThanOrEqual(3);
    const dc = await db.select().from(districtCenters);
    expect(dc.map((c) => c.kind).sort()).toEqual(["approval", "efficiency"]);
  });

  it("R-ORG-3 at most one station per village, stations at most villages", async () => {
    const vs = await db.select().from(villages);
    const ss = await db.select().from(stations);
    expect(ss.length).toBeGreaterThan(vs.length / 2);
    expect(new Set(ss.map((s) => s.villageId)).size).toBe(ss.length);
    await expect(
      db.insert(stations).values({ ...ss[0]!, id: undefined, createdAt: undefined }),
    ).rejects.toThrow();
  });

  it("R-ORG-4 each station has a head and 2–4 agents, each agent with a scope", async () => {
    const ss = await db.select().from(stations);
    for (const s of ss) {
      const staff = await db.select().from(agents).where(eq(agents.stationId, s.id));
      expect(staff.filter((a) => a.isHead)).toHaveLength(1);
      const plain = staff.filter((a) => !a.isHead);
      expect(plain.length).toBeGreaterThanOrEqual(2);
      expect(plain.length).toBeLessThanOrEqual(4);
      for (const a of staff) {
        const [{ n }] = (await db.select({ n: count() }).from(agentScopes).where(eq(agentScopes.agentId, a.id))) as [{ n: number }];
        expect(n).toBeGreaterThan(0);
      }
    }
  });

  it("R-SEC-1 there is a user for every role, each tied to a unit of its level", async () => {
    const us = await db.select().from(users);
    expect(new Set(us.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const u of us) {
      if (u.role === "agent" || u.role === "stationHead") expect(u.stationId).not.toBeNull();
      else if (u.role === "townshipStaff" || u.role === "townshipSupervisor") expect(u.townshipId).not.toBeNull();
      else expect(u.townshipId).toBeNull();
    }
  });

  it("R-SEC-4 seeded passwords are stored as scrypt hashes with their own salts", async () => {
    const us = await db.select().from(users).limit(3);
    expect(new Set(us.map((u) => u.passwordHash)).size).toBe(3);
    for (const u of us) {
      expect(u.passwordHash).toMatch(/^scrypt\$/);
      expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    expect(await verifyPassword(DEMO_PASSWORD, us[0]!.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong", us[0]!.passwordHash)).toBe(false);
  });

  it("R-CAT-1 seeds the whole seed catalogue in its three categories", async () => {
    const items = await db.select().from(serviceItemVersions);
    const names = items.map((i) => i.name).join("|");
    for (const word of ["生育服务", "流动人口婚育证明", "独生子女", "最低生活保障", "大病医疗救助", "廉租", "土地", "就业", "医疗保险", "养老保险", "证明", "法律咨询", "政策咨询", "农技", "市场信息", "劳动力"]) {
      expect(names, word).toContain(word);
    }
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(["certificate", "consultation", "publicAffairs"]));
  });

  it("R-CAT-2 every seeded item has all the fields of a service item and most are free", async () => {
    const items = await db.select().from(serviceItemVersions);
    for (const i of items) serviceItemVersionSchema.parse(i);
    const free = items.filter((i) => i.fees.length === 0).length;
    expect(free / items.length).toBeGreaterThan(0.7);
    expect(items.some((i) => i.fees.length > 0)).toBe(true);
    expect(new Set(items.map((i) => i.level))).toEqual(new Set(["village", "township", "district"]));
  });

  it("R-DL-1 the calendar holds every day of 2024–2026 with holidays and 调休 make-up days", async () => {
    const [{ n }] = (await db.select({ n: count() }).from(calendarDays)) as [{ n: number }];
    expect(n).toBe(366 + 365 + 365);
    const [sf] = await db.select().from(calendarDays).where(eq(calendarDays.date, "2026-02-17"));
    expect(sf).toMatchObject({ isWorkday: false, name: "春节" });
    const [makeup] = await db.select().from(calendarDays).where(eq(calendarDays.date, "2026-02-14"));
    expect(makeup?.isWorkday).toBe(true);
    expect(makeup?.name).toContain("调休上班");
    const [plain] = await db.select().from(calendarDays).where(eq(calendarDays.date, "2026-03-07"));
    expect(plain).toMatchObject({ isWorkday: false, name: "周六" });
  });

  it("seeding twice changes nothing", async () => {
    const before = await db.execute(sql`select (select count(*) from users) u, (select count(*) from stations) s, (select count(*) from calendar_days) c, (select count(*) from service_item_versions) i`);
    const again = await seed(db);
    expect(again.created).toBe(false);
    const after = await db.execute(sql`select (select count(*) from users) u, (select count(*) from stations) s, (select count(*) from calendar_days) c, (select count(*) from service_item_versions) i`);
    expect(after).toEqual(before);
  });
});
