import net from "node:net";
import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@bianmin/auth";
import { auditLog, createDb, matterEvents, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { createContext } from "./context";
import { DATABASE_UNAVAILABLE } from "./db-unavailable";
import { fullRegistration } from "./matter-fixture";
import { appRouter } from "./root";
import { callerAs, sessionUser } from "./test-helpers";

/**
 * The database goes away during a load of intakes (a TCP proxy in front of PostgreSQL is cut: connections reset,
 * new ones refused) and comes back. Requests fail fast with a 503 and a message, nothing is half-written, and the
 * same app (the same pool) works again once the database is back, without a restart.
 */

/** A TCP proxy to PostgreSQL that can be cut and restored. */
function proxyTo(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server!.close(() => resolve());
    });
  return { start, cut, port: () => port };
}

let seeded: { db: Db; url: string };
let db: Db;
let proxy: ReturnType<typeof proxyTo>;
let agent: SessionUser;
let command: Awaited<ReturnType<typeof fullRegistration>>;
const NOW = new Date("2026-03-02T10:00:00+08:00");

beforeAll(async () => {
  seeded = await freshDb();
  const url = new URL(seeded.url);
  proxy = proxyTo({ host: url.hostname, port: Number(url.port || 5432) });
  await proxy.start();
  url.port = String(proxy.port());
  db = createDb(url.toString(), { max: 10 });
  agent = await sessionUser(seeded.db, "wangzhuang-1");
  await (await callerAs(seeded.db, "wangzhuang-1", NOW)).attendance.clockOn();
  command = await fullRegistration(seeded.db, "ZZ-012");
});
afterAll(async () => {
  await db.close();
});

let succeeded = 0;
async function register(): Promise<{ status: number; message?: string; ms: number }> {
  const started = Date.now();
  const req = new Request("http://localhost/api/trpc/matter.register", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { idempotencyKey: randomUUID(), command } }) });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createContext({ db, user: agent, now: NOW }) });
  const body = (await res.json()) as { error?: { json: { message: string } } };
  if (res.status === 200) succeeded += 1;
  return { status: res.status, message: body.error?.json.message, ms: Date.now() - started };
}

describe("database outage", () => {
  it("R-SEC-3 cut during a load of intakes: every request ends within seconds with 200 or a 503 and a message; no matter is half-written; back again, the same pool serves without a restart", async () => {
    // a steady load; the database goes away once some intakes have gone through, with others in flight
    const load = Array.from({ length: 80 }, (_, i) => new Promise((r) => setTimeout(r, i * 25)).then(register));
    for (const until = Date.now() + 30_000; succeeded < 8 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 10));
    await proxy.cut();
    const results = await Promise.all(load);
    const after = await Promise.all(Array.from({ length: 5 }, register));

    for (const r of [...results, ...after]) {
      expect([200, 503]).toContain(r.status);
      expect(r.ms).toBeLessThan(15_000);
      if (r.status === 503) expect(r.message).toBe(DATABASE_UNAVAILABLE);
    }
    expect(after.every((r) => r.status === 503)).toBe(true);
    expect(results.some((r) => r.status === 503)).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(8);

    // all or nothing: every stored matter has its event and its audit entry; every audit entry its matter
    const ok = results.filter((r) => r.status === 200).length;
    const stored = await seeded.db.select({ id: matters.id }).from(matters).where(eq(matters.createdBy, agent.id));
    expect(stored.length).toBeGreaterThanOrEqual(ok);
    const [{ n: events }] = (await seeded.db.select({ n: count() }).from(matterEvents).innerJoin(matters, eq(matters.id, matterEvents.matterId)).where(eq(matters.createdBy, agent.id))) as [{ n: number }];
    expect(events).toBe(stored.length);
    const orphans = await seeded.db.execute(sql`select a.entity_id from ${auditLog} a where a.action = 'matter.register' and not exists (select 1 from ${matters} m where m.id::text = a.entity_id)`);
    expect([...orphans]).toEqual([]);
    const [{ n: audits }] = (await seeded.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "matter.register"))) as [{ n: number }];
    expect(audits).toBe(stored.length);

    // the database is back: the very same pool reconnects (connections refused a moment ago may still be closing)
    await proxy.start();
    let back = await register();
    for (let i = 0; i < 40 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await register();
    }
    expect(back.status).toBe(200);
  }, 120_000);
});
