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

/** A tRPC caller acting as a seeded user (or anonymous with null). */
export async function callerAs(db: Db, username: string | null) {
  const user = username ? await sessionUser(db, username) : null;
  return createCaller(createContext({ db, user, now: new Date("2026-03-02T02:00:00Z") }));
}
