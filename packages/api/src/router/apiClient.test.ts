import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClients, auditLog, hashApiKey, verifyAuditChain } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { DEMO_OPEN311_CLIENT, DEMO_OPEN311_KEY } from "@bianmin/db/seed";
import { freshDb } from "@bianmin/db/testing";
import { call } from "../open311/testing";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const FORM = { jurisdiction_id: "410103100202", service_code: "ZX-001", last_name: "王", first_name: "大爷", phone: "13903710001", address_string: "王庄村5组" };

async function clients(): Promise<number> {
  return (await db.select({ n: count() }).from(apiClients))[0]!.n;
}

describe("开放接口: Open311 clients and their keys", () => {
  it("R-API-1 R-SEC-2 the administrator issues a key shown once; only its hash and prefix are kept; the key files applications; the issue is audited", async () => {
    const admin = await callerAs(db, "erqi-admin", MON);
    const issued = await admin.apiClient.issue({ name: "县级政务服务平台", contact: "张工 0371-60000000" });
    expect(issued.key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    expect(issued.keyPrefix).toBe(issued.key.slice(0, 10));
    const [row] = await db.select().from(apiClients).where(eq(apiClients.id, issued.id));
    expect(row).toMatchObject({ name: "县级政务服务平台", contact: "张工 0371-60000000", keyHash: hashApiKey(issued.key), keyPrefix: issued.keyPrefix, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(issued.key);
    const listed = (await admin.apiClient.list()).find((c) => c.id === issued.id)!;
    expect(listed).toMatchObject({ name: "县级政务服务平台", keyPrefix: issued.keyPrefix, createdByName: expect.any(String), revokedAt: null, requestCount: 0 });
    expect(JSON.stringify(listed)).not.toContain(issued.key);
    const res = await call(db, "requests.json", { method: "POST", form: { ...FORM, api_key: issued.key } });
    expect(res.status).toBe(200);
    expect((await admin.apiClient.list()).find((c) => c.id === issued.id)!.requestCount).toBe(1);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, issued.id));
    expect(audits).toEqual([expect.objectContaining({ action: "apiClient.issue", entity: "apiClient", after: { name: "县级政务服务平台", contact: "张工 0371-60000000", keyPrefix: issued.keyPrefix } })]);
    expect(JSON.stringify(audits)).not.toContain(issued.key);
  });

  it("R-API-1 R-SEC-2 a revoked key is refused from then on (403); revoking is audited and cannot be done twice", async () => {
    const admin = await callerAs(db, "erqi-admin", MON);
    const issued = await admin.apiClient.issue({ name: "便民服务APP" });
    await admin.apiClient.revoke({ clientId: issued.id });
    const res = await call(db, "requests.json", { method: "POST", form: { ...FORM, api_key: issued.key } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual([{ code: 403, description: "api_key 已被吊销，请向区行政审批中心重新申请" }]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, issued.id));
    expect(audits.map((a) => a.action)).toEqual(["apiClient.issue", "apiClient.revoke"]);
    await expect(admin.apiClient.revoke({ clientId: issued.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("已于之前吊销") });
    // the same name may be issued again once the old key is revoked
    expect((await admin.apiClient.issue({ name: "便民服务APP" })).key).not.toBe(issued.key);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("R-SEC-1 only the district's 系统管理员 manages clients: assessors, inspectors and station staff are refused", async () => {
    const before = await clients();
    for (const username of ["erqi-assessor", "erqi-inspector"]) {
      const api = await callerAs(db, username, MON);
      expect(await codeOf(api.apiClient.list()), username).toBe("FORBIDDEN");
      expect(await codeOf(api.apiClient.issue({ name: "越权签发" })), username).toBe("FORBIDDEN");
    }
    const agent = await callerAs(db, "wangzhuang-1", MON);
    expect(await codeOf(agent.apiClient.issue({ name: "越权签发" }))).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, null, MON)).apiClient.list())).toBe("UNAUTHORIZED");
    expect(await clients()).toBe(before);
  });

  it("R-API-1 bad input is refused with a message naming the field and changes nothing", async () => {
    const admin = await callerAs(db, "erqi-admin", MON);
    const before = await clients();
    await expect(admin.apiClient.issue({ name: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("接入系统名称不能为空") });
    await expect(admin.apiClient.issue({ name: "长".repeat(51) })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("接入系统名称不能超过50个字") });
    await expect(admin.apiClient.issue({ name: DEMO_OPEN311_CLIENT })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("已有名为") });
    await expect(admin.apiClient.revoke({ clientId: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("接入系统编号格式不正确") });
    await expect(admin.apiClient.revoke({ clientId: "0b5f6a56-3c0e-4c55-9f83-1f9a4e0e2b11" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await clients()).toBe(before);
  });

  it("R-API-1 the seed has a demo client whose documented key works", async () => {
    const admin = await callerAs(db, "erqi-admin", MON);
    expect((await admin.apiClient.list()).find((c) => c.name === DEMO_OPEN311_CLIENT)).toMatchObject({ keyPrefix: DEMO_OPEN311_KEY.slice(0, 10), revokedAt: null });
    expect((await call(db, "requests.json", { method: "POST", form: { ...FORM, api_key: DEMO_OPEN311_KEY } })).status).toBe(200);
  });
});
