import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@bianmin/auth";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { createContext } from "./context";
import { appRouter } from "./root";
import { sessionUser } from "./test-helpers";

let db: Db;
let agent: SessionUser;
beforeAll(async () => {
  ({ db } = await freshDb());
  agent = await sessionUser(db, "wangzhuang-1");
});

/** Call a query over HTTP exactly as the apps' /api/trpc route does. */
async function get(path: string, input: unknown, user: SessionUser | null = agent) {
  const url = `http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req: new Request(url), router: appRouter, createContext: () => createContext({ db, user }) });
  return { status: res.status, body: (await res.json()) as { error?: { json: { message: string; data: { fieldErrors: Record<string, string> | null; stack?: string } } } } };
}

describe("tRPC over HTTP", () => {
  it("a bad field gets a 400 with a Chinese message naming the field", async () => {
    const r = await get("catalog.item", { code: "bad code" });
    expect(r.status).toBe(400);
    expect(r.body.error?.json.message).toMatch(/^事项编码格式不正确/);
    expect(r.body.error?.json.data.fieldErrors).toEqual({ code: expect.stringContaining("事项编码") });
    expect(r.body.error?.json.data.stack).toBeUndefined();
  });

  it("a wrong type or oversize string is a 400, never a 500", async () => {
    for (const input of [{ code: 42 }, { code: "ZZ-001", version: "x" }, { code: "Z".repeat(1_000_000) }, null, "junk"]) {
      const r = await get("catalog.item", input);
      expect(r.status, JSON.stringify(input).slice(0, 40)).toBe(400);
      expect(r.body.error?.json.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const bad = await get("org.township", { townshipId: "'; drop table users; --" }, await sessionUser(db, "erqi-admin"));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.json.message).toContain("乡镇（街道）");
  });

  it("R-SEC-1 anonymous is 401 and a foreign unit is 403 without data in the error", async () => {
    expect((await get("org.myStation", undefined, null)).status).toBe(401);
    const liucun = await sessionUser(db, "liucun-1");
    const r = await get("org.station", { stationId: liucun.stationId }, agent);
    expect(r.status).toBe(403);
    expect(JSON.stringify(r.body)).not.toContain("刘村");
  });
});
