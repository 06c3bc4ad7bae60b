import type { SessionUser } from "@bianmin/auth";
import { matterQueries } from "@bianmin/db";
import type { ActorFacts, Tx } from "@bianmin/db";
import type { Actor } from "@bianmin/domain";

/** The acting user as the decider sees them, from their facts: for station staff, whether on duty and their 归口 items. */
export function actorFrom(user: SessionUser, facts: ActorFacts): Actor {
  const base: Actor = { id: user.id, name: user.name, role: user.role, phone: facts.phone ?? undefined };
  if (user.role !== "agent" && user.role !== "stationHead") return base;
  return { ...base, onDuty: facts.onDuty, scope: facts.scope };
}

/** The acting user as the decider sees them, read in one round trip. */
export async function actorOf(db: Tx, user: SessionUser): Promise<Actor> {
  return actorFrom(user, await matterQueries.actorFacts(db, user.id));
}
