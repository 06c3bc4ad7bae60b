import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { agentScopes, agents, catalogQueries, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { callerAs } from "./test-helpers";

/** Test helpers for matter flows against the seeded database (used by the API tests only). */

export const APPLICANT = { name: "刘秀兰", phone: "13903718765", idNumber: "11010519491231002X", address: "二七区马寨镇王庄村3组12号" };

/** The seeded user names of a station's staff who do / do not cover an item. */
export async function staffFor(db: Db, villageSlug: string, itemCode: string) {
  const rows = await db
    .select({ username: users.username, userId: users.id, covers: agentScopes.itemCode })
    .from(users)
    .innerJoin(agents, eq(agents.userId, users.id))
    .leftJoin(agentScopes, and(eq(agentScopes.agentId, agents.id), eq(agentScopes.itemCode, itemCode)));
  const mine = rows.filter((r) => r.username.startsWith(`${villageSlug}-`));
  return {
    covering: mine.filter((r) => r.covers !== null && !r.username.endsWith("-head")),
    others: mine.filter((r) => r.covers === null && !r.username.endsWith("-head")),
  };
}

/** The register command for an item with every required material handed in. */
export async function fullRegistration(db: Db, itemCode: string, mode: "agency" | "assisted" | "consultation" = "assisted") {
  const item = (await catalogQueries.itemVersion(db, itemCode))!;
  return {
    type: "register" as const,
    itemCode,
    applicant: APPLICANT,
    mode,
    materials: item.materials.filter((m) => m.required).map((m) => ({ key: m.key, count: m.count })),
    fees: item.fees.map((f) => ({ key: f.key, amountFen: f.amountFen })),
  };
}

/** Clock the user on and register a matter; returns the caller and the matter id. */
export async function registered(db: Db, username: string, itemCode: string, now: string, overrides: Record<string, unknown> = {}) {
  const api = await callerAs(db, username, now);
  await api.attendance.clockOn().catch(() => undefined);
  const command = { ...(await fullRegistration(db, itemCode)), ...overrides };
  const { matterId } = await api.matter.register({ idempotencyKey: randomUUID(), command: command as never });
  return { api, matterId };
}

/** Register and accept; returns the caller, matter id and current version. */
export async function accepted(db: Db, username: string, itemCode: string, now: string) {
  const { api, matterId } = await registered(db, username, itemCode, now);
  const r = await api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } });
  return { api, matterId, version: r.version };
}
