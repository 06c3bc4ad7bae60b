import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("org router", () => {
  it("R-ORG-3 my station carries the derived name built from district, township and village", async () => {
    const api = await callerAs(db, "wangzhuang-1");
    const s = await api.org.myStation();
    expect(s.name).toBe("二七区马寨镇王庄村便民服务代办站");
    expect(s.head?.isHead).toBe(true);
  });

  it("R-ORG-4 my station lists agents with scopes and the items without a responsible agent", async () => {
    const api = await callerAs(db, "liucun-head");
    const s = await api.org.myStation();
    expect(s.staff.length).toBeGreaterThanOrEqual(3);
    expect(s.staff.every((a) => a.scope.length > 0)).toBe(true);
    expect(s.itemsWithoutResponsibleAgent.map((i) => i.code)).toEqual(["GG-002", "ZX-004"]);
  });

  it("R-ORG-4 the station head gives an agent the uncovered items; the gap closes and the change is audited", async () => {
    const head = await callerAs(db, "liucun-head");
    const before = await head.org.myStation();
    const agent = before.staff.find((a) => !a.isHead)!;
    const r = await head.org.setAgentScope({ agentId: agent.agentId, itemCodes: [...agent.scope, "ZX-004", "GG-002", "ZX-004"] });
    expect(r.scope).toEqual([...new Set([...agent.scope, "ZX-004", "GG-002"])].sort());
    const after = await head.org.myStation();
    expect(after.itemsWithoutResponsibleAgent).toEqual([]);
    expect(after.staff.find((a) => a.agentId === agent.agentId)!.scope).toEqual(r.scope);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "org.setAgentScope"), eq(auditLog.entityId, agent.agentId)));
    expect(audit!.before).toEqual({ name: agent.name, scope: agent.scope });

    await expect(head.org.setAgentScope({ agentId: agent.agentId, itemCodes: ["ZZ-999"] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("ZZ-999") });
    expect(await code((await callerAs(db, "liucun-1")).org.setAgentScope({ agentId: agent.agentId, itemCodes: [] }))).toBe("FORBIDDEN");
    const other = (await (await callerAs(db, "wangzhuang-head")).org.myStation()).staff[0]!;
    expect(await code(head.org.setAgentScope({ agentId: other.agentId, itemCodes: [] }))).toBe("NOT_FOUND");
    expect((await head.org.myStation()).staff.find((a) => a.agentId === agent.agentId)!.scope).toEqual(r.scope);
  });

  it("R-ORG-2 the township centre sees its windows with their items and its villages", async () => {
    const api = await callerAs(db, "mazhai-supervisor");
    const c = await api.org.myCenter();
    expect(c.name).toBe("马寨镇便民服务中心");
    expect(c.windows.length).toBeGreaterThanOrEqual(3);
    expect(c.windows.every((w) => w.items.length > 0)).toBe(true);
    expect(c.villages.map((v) => v.name)).toContain("王庄村");
    expect(c.villages.find((v) => v.name === "王庄村")?.stationName).toBe("二七区马寨镇王庄村便民服务代办站");
  });

  it("R-ORG-1 the district sees every township with village and station counts", async () => {
    const api = await callerAs(db, "erqi-assessor");
    const d = await api.org.districtOverview();
    expect(d.code).toBe("410103");
    expect(d.townships.length).toBeGreaterThanOrEqual(3);
    expect(d.townships.reduce((n, t) => n + t.villageCount, 0)).toBeGreaterThanOrEqual(12);
    expect(d.approvalCenter?.name).toBe("二七区行政审批中心");
  });

  it("R-SEC-1 a village agent cannot see another village's station; the township sees only its own", async () => {
    const own = await (await callerAs(db, "wangzhuang-1")).org.myStation();
    const foreign = await (await callerAs(db, "liucun-1")).org.myStation();
    const agent = await callerAs(db, "wangzhuang-1");
    expect(await code(agent.org.station({ stationId: own.id }))).toBe("OK");
    expect(await code(agent.org.station({ stationId: foreign.id }))).toBe("FORBIDDEN");
    const mazhai = await callerAs(db, "mazhai-staff");
    expect(await code(mazhai.org.station({ stationId: own.id }))).toBe("OK");
    expect(await code(mazhai.org.station({ stationId: foreign.id }))).toBe("FORBIDDEN");
    const district = await callerAs(db, "erqi-inspector");
    expect(await code(district.org.station({ stationId: foreign.id }))).toBe("OK");
  });

  it("R-SEC-1 role procedures refuse other roles and anonymous callers", async () => {
    expect(await code((await callerAs(db, "mazhai-staff")).org.myStation())).toBe("FORBIDDEN");
    expect(await code((await callerAs(db, "wangzhuang-1")).org.myCenter())).toBe("FORBIDDEN");
    expect(await code((await callerAs(db, "mazhai-supervisor")).org.districtOverview())).toBe("FORBIDDEN");
    expect(await code((await callerAs(db, null)).org.myStation())).toBe("UNAUTHORIZED");
    expect(await code((await callerAs(db, null)).catalog.list())).toBe("UNAUTHORIZED");
  });

  it("unknown and malformed unit ids get a 4xx with a Chinese message naming the field", async () => {
    const api = await callerAs(db, "erqi-admin");
    await expect(api.org.station({ stationId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "代办站不存在" });
    await expect(api.org.township({ townshipId: "not-a-uuid" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.org.township({ townshipId: "x".repeat(100_000) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
