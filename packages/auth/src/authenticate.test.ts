import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { throttle, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { DEMO_PASSWORD } from "@bianmin/db/seed";
import { freshDb } from "@bianmin/db/testing";
import { authenticate } from "./authenticate";
import { addressOf } from "./options";
import { FREE_ADDRESS_FAILURES, FREE_FAILURES, lockDurationMs } from "./throttle";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const t0 = new Date("2026-03-02T01:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in", () => {
  it("R-SEC-4 a correct password signs in and the session user carries role and unit", async () => {
    const r = await authenticate(db, "village", "wangzhuang-1", DEMO_PASSWORD, t0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.user.role).toBe("agent");
    expect(r.user.stationId).toBeTruthy();
    expect(r.user.villageId).toBeTruthy();
    expect(r.user).not.toHaveProperty("passwordHash");
  });

  it("R-SEC-4 a wrong password or unknown user gets the same clear message", async () => {
    const wrong = await authenticate(db, "village", "mazhaicun-1", "nope", t0);
    const unknown = await authenticate(db, "village", "nobody-here", "nope", t0);
    expect(wrong).toEqual({ ok: false, message: "用户名或密码错误" });
    expect(unknown).toEqual({ ok: false, message: "用户名或密码错误" });
  });

  it("R-SEC-4 repeated failures lock the account for a growing time, even for the right password", async () => {
    const name = "houzhaicun-1";
    for (let i = 1; i < FREE_FAILURES; i++) expect((await authenticate(db, "village", name, "bad", t0)).ok).toBe(false);
    const fifth = await authenticate(db, "village", name, "bad", t0);
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.message).toMatch(/失败次数过多，请 30 秒后再试/);
    const blocked = await authenticate(db, "village", name, DEMO_PASSWORD, later(10_000));
    expect(blocked).toEqual({ ok: false, message: "登录失败次数过多，请 20 秒后再试" });
    // after the lock, one more failure doubles it
    const sixth = await authenticate(db, "village", name, "bad", later(31_000));
    expect(!sixth.ok && sixth.message).toMatch(/请 60 秒后再试/);
    const ok = await authenticate(db, "village", name, DEMO_PASSWORD, later(31_000 + 61_000));
    expect(ok.ok).toBe(true);
    expect(await db.select().from(throttle).where(eq(throttle.key, name))).toEqual([]);
  });

  it("R-SEC-4 lock durations double from 30 s and stop at 15 minutes", () => {
    expect(lockDurationMs(FREE_FAILURES - 1)).toBe(0);
    expect(lockDurationMs(FREE_FAILURES)).toBe(30_000);
    expect(lockDurationMs(FREE_FAILURES + 1)).toBe(60_000);
    expect(lockDurationMs(FREE_FAILURES + 20)).toBe(15 * 60_000);
  });

  it("R-SEC-1 each app admits only its roles and tells others where to go", async () => {
    const r = await authenticate(db, "village", "erqi-admin", DEMO_PASSWORD, t0);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("不能登录「村（社区）便民服务代办站」") });
    expect(!r.ok && r.message).toContain("区行政审批中心");
    expect((await authenticate(db, "district", "erqi-admin", DEMO_PASSWORD, t0)).ok).toBe(true);
    expect((await authenticate(db, "township", "mazhai-supervisor", DEMO_PASSWORD, t0)).ok).toBe(true);
    expect((await authenticate(db, "township", "wangzhuang-head", DEMO_PASSWORD, t0)).ok).toBe(false);
  });

  it("R-SEC-4 a deactivated user cannot sign in", async () => {
    await db.update(users).set({ active: false }).where(eq(users.username, "xinghua-1"));
    expect(await authenticate(db, "village", "xinghua-1", DEMO_PASSWORD, t0)).toEqual({ ok: false, message: "用户名或密码错误" });
  });

  it("R-SEC-4 empty and oversize input gets a message, not a crash", async () => {
    expect(await authenticate(db, "village", "  ", "x", t0)).toEqual({ ok: false, message: "请输入用户名" });
    expect(await authenticate(db, "village", "a", "", t0)).toEqual({ ok: false, message: "请输入密码" });
    expect((await authenticate(db, "village", "a".repeat(10_000), "x", t0)).ok).toBe(false);
  });

  it("R-SEC-4 one address failing on many accounts is slowed down too, without locking those accounts elsewhere", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < FREE_ADDRESS_FAILURES - 1; i++) expect((await authenticate(db, "village", `guess-${i}`, "bad", t0, address)).ok).toBe(false);
    const last = await authenticate(db, "village", "guess-last", "bad", t0, address);
    expect(!last.ok && last.message).toMatch(/失败次数过多，请 30 秒后再试/);
    // from that address even a right password waits; from another address the same account signs in
    expect(await authenticate(db, "village", "jiangang-1", DEMO_PASSWORD, later(1_000), address)).toEqual({ ok: false, message: "登录失败次数过多，请 29 秒后再试" });
    expect((await authenticate(db, "village", "jiangang-1", DEMO_PASSWORD, later(1_000), "198.51.100.2")).ok).toBe(true);
  });

  it("R-SEC-4 the address comes from the proxy's header; without one there is no shared address bucket", () => {
    expect(addressOf({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(addressOf({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(addressOf({})).toBeNull();
  });
});
