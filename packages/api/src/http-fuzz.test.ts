import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@bianmin/auth";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { MATRIX, USER } from "./access-matrix";
import type { Who } from "./access-matrix";
import { createContext } from "./context";
import { fullRegistration } from "./matter-fixture";
import { appRouter } from "./root";
import { sessionUser } from "./test-helpers";

/**
 * Fuzzed input against every mutation through the HTTP endpoint, as an allowed user: wrong types, huge strings,
 * unicode edge cases, SQL and HTML injection, dates out of range. Never a 500, never a stack, always a Chinese
 * message; a bad field is named.
 */

let db: Db;
const users = new Map<Who, SessionUser>();
beforeAll(async () => {
  ({ db } = await freshDb());
  for (const [who, username] of Object.entries(USER)) if (username) users.set(who as Who, await sessionUser(db, username));
});

type Procedures = Record<string, { _def: { type: string; inputs: { shape?: object; _zod?: { def?: { innerType?: { shape?: object } } } }[] } }>;
const PROCEDURES = appRouter._def.procedures as unknown as Procedures;
const MUTATIONS = Object.keys(PROCEDURES)
  .filter((p) => PROCEDURES[p]!._def.type === "mutation")
  .sort();
const keysOf = (path: string) => PROCEDURES[path]!._def.inputs.flatMap((s) => Object.keys(s.shape ?? s._zod?.def?.innerType?.shape ?? {}));

/** The hostile values: each is a wrong type, an extreme or an injection somewhere. */
const HOSTILE_STRINGS = [
  "'; drop table matters; --",
  "1' or '1'='1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u0000",
  "nul\u0000in the middle",
  "\uD800",
  "𠀀𪚥😀\u200B\u202E",
  "ＺＺ－０１２",
  "9999-12-31",
  "0000-00-00",
  "2026-02-30",
  "-271821-04-20T00:00:00Z",
  "NaN",
  "x".repeat(100_000),
];
const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.integer(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** A payload shaped like the procedure's input (its keys) with hostile values, or anything at all. */
const payloadFor = (path: string) => {
  const keys = keysOf(path);
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, hostile])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof(shaped, hostile);
};

/** The first role the matrix allows, so that the payload reaches the procedure's validation. */
const allowedUser = (path: string): SessionUser | null => {
  const who = MATRIX[path]!.find((w) => w !== "anonymous");
  return who ? users.get(who)! : null;
};

async function post(path: string, input: unknown, user: SessionUser | null) {
  const req = new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createContext({ db, user, now: new Date("2026-03-02T10:00:00+08:00") }) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { error?: { json: { message: string; data: { fieldErrors: Record<string, string> | null; stack?: string } } } } };
}

describe("fuzzed input over HTTP", () => {
  it("R-SEC-1 every mutation answers hostile payloads with a 4xx and a Chinese message, never a 500 or a stack", async () => {
    const failures: string[] = [];
    for (const path of MUTATIONS) {
      const user = allowedUser(path);
      await fc.assert(
        fc.asyncProperty(payloadFor(path), async (payload) => {
          const r = await post(path, payload, user);
          const err = r.body.error?.json;
          const bad = r.status >= 500 || (err && (!/[\u4e00-\u9fa5]/.test(err.message) || err.data.stack !== undefined)) || r.text.includes("    at ");
          if (bad) {
            failures.push(`${path} ${r.status} ${err?.message ?? ""} <- ${JSON.stringify(payload).slice(0, 120)}`);
            return false;
          }
          return true;
        }),
        { numRuns: 25, seed: 20261124, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("R-SEC-1 valid payloads with one field made hostile reach the rules and the database, and still never give a 500", async () => {
    const agent = users.get("agent")!;
    await post("attendance.clockOn", undefined, agent);
    const register = { idempotencyKey: "", command: await fullRegistration(db, "ZZ-012") };
    const cases: { path: string; who: Who; base: () => Record<string, unknown>; fields: string[][] }[] = [
      { path: "matter.register", who: "agent", base: () => ({ ...structuredClone(register), idempotencyKey: randomUUID() }), fields: [["command", "applicant", "name"], ["command", "applicant", "phone"], ["command", "applicant", "idNumber"], ["command", "applicant", "address"], ["command", "itemCode"], ["command", "mode"], ["command", "materials"], ["command", "fees"], ["idempotencyKey"]] },
      { path: "complaint.record", who: "stationHead", base: () => ({ channel: "box", complainantName: "张三", complainantPhone: "13800000000", content: "态度不好", about: "station" }), fields: [["channel"], ["complainantName"], ["complainantPhone"], ["content"], ["about"], ["otherUnit"], ["major"]] },
      { path: "reception.record", who: "agent", base: () => ({ cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "张桂兰", requests: ["申请老年人优待证"] }), fields: [["cadreName"], ["at"], ["visitors"], ["requests"], ["requests", "0"], ["dutyId"]] },
      { path: "appointment.book", who: "agent", base: () => ({ citizenName: "李桂芝", citizenPhone: "13903710001", reason: "晚上来办", channel: "hotline", startsAt: "2026-03-04T19:00:00+08:00", endsAt: "2026-03-04T20:00:00+08:00", agentId: agent.id }), fields: [["citizenName"], ["citizenPhone"], ["reason"], ["channel"], ["startsAt"], ["endsAt"], ["agentId"]] },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...c.fields), hostile, async (field, value) => {
          const payload = c.base();
          let at: Record<string, unknown> = payload;
          for (const k of field.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
          at[field.at(-1)!] = value;
          const r = await post(c.path, payload, users.get(c.who)!);
          const err = r.body.error?.json;
          if (r.status >= 500 || (err && !/[\u4e00-\u9fa5]/.test(err.message))) {
            failures.push(`${c.path} ${field.join(".")} ${r.status} ${err?.message ?? ""} <- ${JSON.stringify(value).slice(0, 80)}`);
            return false;
          }
          return true;
        }),
        { numRuns: 60, seed: 20261124, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("R-SEC-1 a NUL character or a broken surrogate in any text field is refused on that field, not passed to PostgreSQL", async () => {
    const head = users.get("stationHead")!;
    for (const content of ["nul\u0000in the middle", "\uD800"]) {
      const r = await post("complaint.record", { channel: "box", complainantName: "张三", complainantPhone: "13800000000", content, about: "station" }, head);
      expect(r.status).toBe(400);
      expect(r.body.error?.json.data.fieldErrors).toEqual({ content: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    }
  });

  it("R-SEC-1 injection strings accepted as text are stored as the very text, not run", async () => {
    const head = users.get("stationHead")!;
    const content = "<script>alert(1)</script>'; drop table complaints; --";
    const r = await post("complaint.record", { channel: "box", complainantName: "张三", complainantPhone: "13800000000", content, about: "station" }, head);
    expect(r.status).toBe(200);
    const stored = (r.body as unknown as { result: { data: { json: { content: string } } } }).result.data.json.content;
    expect(stored).toBe(content);
    const again = await post("complaint.record", { channel: "box", complainantName: "张三", complainantPhone: "13800000000", content: "后来的投诉", about: "station" }, head);
    expect(again.status).toBe(200);
  });
});
