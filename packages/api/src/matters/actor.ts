import { eq } from "drizzle-orm";
import type { SessionUser } from "@bianmin/auth";
import { matterQueries, users } from "@bianmin/db";
import type { Db, Tx } from "@bianmin/db";
import type { Actor } from "@bianmin/domain";

/** The acting user as the decider sees them: for station staff, whether on duty and their 归口 items. */
export async function actorOf(db: Db | Tx, user: SessionUser): Promise<Actor> {
  const [u] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, user.id));
  const base: Actor = { id: user.id, name: user.name, role: user.role, phone: u?.phone };
  if (user.role !== "agent" && user.role !== "stationHead") return base;
  const facts = await matterQueries.agentFacts(db, user.id);
  return { ...base, onDuty: facts.onDuty, scope: facts.scope };
}
