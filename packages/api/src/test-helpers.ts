import { eq } from "drizzle-orm";
import type { SessionUser } from "@bianmin/auth";
import { users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { createContext } from "./context";
import { createCaller } from "./root";

/** The session user of a seeded account, as the sign-in would build it. */
export async function sessionUser(db: Db, username: string): Promise<SessionUser> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no seeded user ${username}`);
  const { id, name, role, districtId, townshipId, villageId, stationId, windowId } = u;
  return { id, username, name, role, districtId, townshipId, villageId, stationId, windowId };
}

/** A tRPC caller acting as a seeded user (or anonymous with null), at a given moment. */
export async function callerAs(db: Db, username: string | null, now: Date | string = "2026-03-02T10:00:00+08:00", clientKey = "test") {
  const user = username ? await sessionUser(db, username) : null;
  return createCaller(createContext({ db, user, now: typeof now === "string" ? new Date(now) : now, clientKey, publicUrl: "http://village.test" }));
}

/** The code of a tRPC refusal, or "OK". */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (typeof code === "string") return code;
    throw e;
  }
}
