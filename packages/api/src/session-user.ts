import { eq } from "drizzle-orm";
import type { SessionUser } from "@bianmin/auth";
import { users } from "@bianmin/db";
import type { Db } from "@bianmin/db";

/** The session user of an account, as the sign-in builds it (tests and the demo history act as such users). */
export async function sessionUser(db: Db, username: string): Promise<SessionUser> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  const { id, name, role, districtId, townshipId, villageId, stationId, windowId } = u;
  return { id, username, name, role, districtId, townshipId, villageId, stationId, windowId };
}
