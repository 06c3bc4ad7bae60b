import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { apiClients, districts, matterEvents, matters, stations, townships, villages } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import type { MatterStatus } from "@bianmin/domain";

/** Reads of the Open311 endpoint (R-API-1): clients by key, units by division code, requests for listings. */

export type ApiClientRow = typeof apiClients.$inferSelect;

export async function clientByKeyHash(db: Db, keyHash: string): Promise<ApiClientRow | null> {
  const [row] = await db.select().from(apiClients).where(eq(apiClients.keyHash, keyHash));
  return row ?? null;
}

/** A village by its 12-digit division code, with its township, district and station (if any). */
export async function villageByCode(db: Db, code: string) {
  const [row] = await db
    .select({
      villageId: villages.id,
      villageName: villages.name,
      townshipId: townships.id,
      townshipName: townships.name,
      districtId: districts.id,
      districtName: districts.name,
      station: stations,
    })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .innerJoin(districts, eq(districts.id, villages.districtId))
    .leftJoin(stations, eq(stations.villageId, villages.id))
    .where(eq(villages.code, code));
  return row ?? null;
}

/** The unit a division code names (6 digits district, 9 township, 12 village), as a filter on matters. */
export async function unitFilterOf(db: Db, code: string) {
  if (code.length === 6) {
    const [d] = await db.select({ id: districts.id }).from(districts).where(eq(districts.code, code));
    return d ? eq(matters.districtId, d.id) : null;
  }
  if (code.length === 9) {
    const [t] = await db.select({ id: townships.id }).from(townships).where(eq(townships.code, code));
    return t ? eq(matters.townshipId, t.id) : null;
  }
  const [v] = await db.select({ id: villages.id }).from(villages).where(eq(villages.code, code));
  return v ? eq(matters.villageId, v.id) : null;
}

/** The columns a request is written from: no names, phones or ID numbers are selected (the state is read for statuses only). */
const requestColumns = {
  id: matters.id,
  districtId: matters.districtId,
  townshipId: matters.townshipId,
  villageId: matters.villageId,
  stationId: matters.stationId,
  itemCode: matters.itemCode,
  itemName: matters.itemName,
  mode: matters.mode,
  channel: matters.channel,
  registeredAt: matters.registeredAt,
  state: matters.state,
};
export type RequestRow = Awaited<ReturnType<typeof requestRows>>[number];

export interface RequestFilter {
  ids: string[] | null;
  unit: SQL | null;
  statuses: MatterStatus[] | null;
  serviceCodes: string[];
  window: { from: Date; to: Date } | null;
  limit: number;
  offset: number;
}

/** One page of requests, newest first (ties broken by id, so pages never overlap). */
export async function requestRows(db: Db, f: RequestFilter) {
  return db
    .select(requestColumns)
    .from(matters)
    .where(
      and(
        f.ids ? inArray(matters.id, f.ids) : undefined,
        f.unit ?? undefined,
        f.statuses ? inArray(matters.status, f.statuses) : undefined,
        f.serviceCodes.length > 0 ? inArray(matters.itemCode, f.serviceCodes) : undefined,
        f.window ? and(gte(matters.registeredAt, f.window.from), lte(matters.registeredAt, f.window.to)) : undefined,
      ),
    )
    .orderBy(desc(matters.registeredAt), asc(matters.id))
    .limit(f.limit)
    .offset(f.offset);
}

/** The events of some matters, in order, for their public history. */
export async function eventRowsOf(db: Db, matterIds: string[]) {
  if (matterIds.length === 0) return [];
  return db.select().from(matterEvents).where(inArray(matterEvents.matterId, matterIds)).orderBy(asc(matterEvents.matterId), asc(matterEvents.seq));
}
