import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../client";
import {
  agentScopes,
  agents,
  districtCenters,
  districts,
  leadingGroupMembers,
  serviceItems,
  serviceItemVersions,
  stations,
  townshipCenters,
  townships,
  users,
  villages,
  windowItems,
  windows,
} from "../schema";

/** A station with the names its derived title is made of (R-ORG-3). */
export async function stationWithUnits(db: Tx, stationId: string) {
  const [row] = await db
    .select({
      station: stations,
      villageName: villages.name,
      villageCode: villages.code,
      villageKind: villages.kind,
      townshipName: townships.name,
      townshipKind: townships.kind,
      districtName: districts.name,
    })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .innerJoin(townships, eq(townships.id, stations.townshipId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .where(eq(stations.id, stationId));
  return row ?? null;
}

/** The station's staff (head first) with the item codes each is responsible for. */
export async function stationStaff(db: Tx, stationId: string) {
  const rows = await db
    .select({
      agentId: agents.id,
      userId: users.id,
      name: users.name,
      phone: users.phone,
      role: users.role,
      isHead: agents.isHead,
      duties: agents.duties,
      badgeNo: agents.badgeNo,
    })
    .from(agents)
    .innerJoin(users, eq(users.id, agents.userId))
    .where(eq(agents.stationId, stationId))
    .orderBy(sql`${agents.isHead} desc`, asc(agents.badgeNo));
  const scopes = rows.length
    ? await db
        .select({ agentId: agentScopes.agentId, itemCode: agentScopes.itemCode })
        .from(agentScopes)
        .where(inArray(agentScopes.agentId, rows.map((r) => r.agentId)))
        .orderBy(asc(agentScopes.itemCode))
    : [];
  return rows.map((r) => ({ ...r, scope: scopes.filter((s) => s.agentId === r.agentId).map((s) => s.itemCode) }));
}

export async function leadingGroup(db: Tx, stationId: string) {
  return db.select().from(leadingGroupMembers).where(eq(leadingGroupMembers.stationId, stationId)).orderBy(sql`case ${leadingGroupMembers.groupRole} when '组长' then 0 when '副组长' then 1 else 2 end`, asc(leadingGroupMembers.name));
}

/** Active items that no agent of the station is responsible for (R-ORG-4). */
export async function itemsWithoutResponsibleAgent(db: Tx, stationId: string) {
  return db
    .select({ code: serviceItemVersions.code, name: serviceItemVersions.name })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.code, serviceItems.code), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .where(
      and(
        eq(serviceItems.active, true),
        sql`not exists (select 1 from ${agentScopes} s join ${agents} a on a.id = s.agent_id
                        where a.station_id = ${stationId} and s.item_code = ${serviceItems.code})`,
      ),
    )
    .orderBy(asc(serviceItems.code));
}

export async function townshipCenterOf(db: Tx, townshipId: string) {
  const [row] = await db
    .select({ center: townshipCenters, townshipName: townships.name, townshipCode: townships.code, townshipKind: townships.kind, districtName: districts.name })
    .from(townshipCenters)
    .innerJoin(townships, eq(townships.id, townshipCenters.townshipId))
    .innerJoin(districts, eq(districts.id, townshipCenters.districtId))
    .where(eq(townshipCenters.townshipId, townshipId));
  return row ?? null;
}

/** A centre's windows, each with the items it handles (current versions). */
export async function windowsWithItems(db: Tx, townshipId: string) {
  const ws = await db.select().from(windows).where(eq(windows.townshipId, townshipId)).orderBy(asc(windows.number));
  const items = ws.length
    ? await db
        .select({ windowId: windowItems.windowId, code: serviceItemVersions.code, name: serviceItemVersions.name })
        .from(windowItems)
        .innerJoin(serviceItems, eq(serviceItems.code, windowItems.itemCode))
        .innerJoin(
          serviceItemVersions,
          and(eq(serviceItemVersions.code, serviceItems.code), eq(serviceItemVersions.version, serviceItems.currentVersion)),
        )
        .where(inArray(windowItems.windowId, ws.map((w) => w.id)))
        .orderBy(asc(serviceItemVersions.code))
    : [];
  return ws.map((w) => ({ ...w, items: items.filter((i) => i.windowId === w.id).map(({ code, name }) => ({ code, name })) }));
}

/** The villages of a township, each with its station (if any), staff count and head. */
export async function villagesOfTownship(db: Tx, townshipId: string) {
  return db
    .select({
      villageId: villages.id,
      code: villages.code,
      name: villages.name,
      kind: villages.kind,
      stationId: stations.id,
      status: stations.status,
      operatingSince: stations.operatingSince,
      phone: stations.phone,
      agentCount: sql<number>`(select count(*)::int from ${agents} a where a.station_id = ${stations.id})`,
      headName: sql<string | null>`(select u.name from ${agents} a join ${users} u on u.id = a.user_id where a.station_id = ${stations.id} and a.is_head limit 1)`,
    })
    .from(villages)
    .leftJoin(stations, eq(stations.villageId, villages.id))
    .where(eq(villages.townshipId, townshipId))
    .orderBy(asc(villages.code));
}

/**
 * Every township of a district with its village count and station counts by status. (The subqueries name
 * "townships"."id" in full: drizzle leaves a lone table's columns unqualified, which a subquery would rebind.)
 */
export async function townshipsOfDistrict(db: Tx, districtId: string) {
  return db
    .select({
      id: townships.id,
      code: townships.code,
      name: townships.name,
      kind: townships.kind,
      villageCount: sql<number>`(select count(*)::int from ${villages} v where v.township_id = "townships"."id")`,
      stationCount: sql<number>`(select count(*)::int from ${stations} s where s.township_id = "townships"."id")`,
      operatingCount: sql<number>`(select count(*)::int from ${stations} s where s.township_id = "townships"."id" and s.status = 'operating')`,
    })
    .from(townships)
    .where(eq(townships.districtId, districtId))
    .orderBy(asc(townships.code));
}

export async function districtOf(db: Tx, districtId: string) {
  const [d] = await db.select().from(districts).where(eq(districts.id, districtId));
  if (!d) return null;
  const centers = await db.select().from(districtCenters).where(eq(districtCenters.districtId, districtId));
  return { ...d, approvalCenter: centers.find((c) => c.kind === "approval") ?? null, efficiencyCenter: centers.find((c) => c.kind === "efficiency") ?? null };
}

export async function countUsersByRole(db: Tx, districtId: string) {
  return db.select({ role: users.role, n: count() }).from(users).where(eq(users.districtId, districtId)).groupBy(users.role);
}

/** Replace an agent's 归口 items (R-ORG-4). */
export async function setAgentScope(tx: Tx, agentId: string, itemCodes: readonly string[]): Promise<void> {
  await tx.delete(agentScopes).where(eq(agentScopes.agentId, agentId));
  if (itemCodes.length) await tx.insert(agentScopes).values(itemCodes.map((itemCode) => ({ agentId, itemCode })));
}
