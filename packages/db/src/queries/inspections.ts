import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "../client";
import { agents, inspections, rectifications, stations, townships, users, villages } from "../schema";

/** 明察暗访 and 整改 (R-SUP-2): inspections of a district's stations, their rectifications, and the stations to choose from. */

export type InspectionRow = typeof inspections.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;
export type RectificationChange = Partial<Pick<typeof rectifications.$inferInsert, "status" | "report" | "reportedAt" | "reportedBy" | "confirmedAt" | "confirmedBy" | "confirmNote">>;

const inspector = alias(users, "inspector");
const reporter = alias(users, "reporter");
const confirmer = alias(users, "confirmer");

export interface InspectionFilter {
  townshipId?: string;
  stationId?: string;
  from?: string;
  to?: string;
}

/** Every station of a district with its township and village, and its staff (head first), for the inspection form. */
export async function stationsWithStaff(db: Tx, districtId: string) {
  const rows = await db
    .select({
      stationId: stations.id,
      townshipId: townships.id,
      townshipName: townships.name,
      townshipCode: townships.code,
      villageName: villages.name,
      villageCode: villages.code,
    })
    .from(stations)
    .innerJoin(villages, eq(villages.id, stations.villageId))
    .innerJoin(townships, eq(townships.id, stations.townshipId))
    .where(eq(stations.districtId, districtId))
    .orderBy(asc(townships.code), asc(villages.code));
  const staff = rows.length
    ? await db
        .select({ stationId: agents.stationId, userId: users.id, name: users.name, isHead: agents.isHead })
        .from(agents)
        .innerJoin(users, eq(users.id, agents.userId))
        .where(inArray(agents.stationId, rows.map((r) => r.stationId)))
        .orderBy(desc(agents.isHead), asc(agents.badgeNo))
    : [];
  return rows.map((r) => ({ ...r, staff: staff.filter((s) => s.stationId === r.stationId).map(({ userId, name, isHead }) => ({ userId, name, isHead })) }));
}

export async function insertInspection(db: Tx, values: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [row] = await db.insert(inspections).values(values).returning();
  return row!;
}

export async function insertRectifications(db: Tx, values: (typeof rectifications.$inferInsert)[]): Promise<RectificationRow[]> {
  return values.length ? db.insert(rectifications).values(values).returning() : [];
}

const inspectionColumns = {
  inspection: inspections,
  inspectorName: inspector.name,
  townshipName: townships.name,
  villageName: villages.name,
  villageCode: villages.code,
};

/** A district's inspections, newest first, optionally of one township or station and between two dates (inclusive). */
export async function inspectionsOfDistrict(db: Tx, districtId: string, f: InspectionFilter = {}) {
  return db
    .select(inspectionColumns)
    .from(inspections)
    .innerJoin(inspector, eq(inspector.id, inspections.inspectorId))
    .innerJoin(townships, eq(townships.id, inspections.townshipId))
    .innerJoin(villages, eq(villages.id, inspections.villageId))
    .where(
      and(
        eq(inspections.districtId, districtId),
        f.townshipId ? eq(inspections.townshipId, f.townshipId) : undefined,
        f.stationId ? eq(inspections.stationId, f.stationId) : undefined,
        f.from ? gte(inspections.inspectedOn, f.from) : undefined,
        f.to ? lte(inspections.inspectedOn, f.to) : undefined,
      ),
    )
    .orderBy(desc(inspections.inspectedOn), desc(inspections.createdAt));
}

/** One inspection with its names, or null. */
export async function inspectionById(db: Tx, id: string) {
  const [row] = await db
    .select(inspectionColumns)
    .from(inspections)
    .innerJoin(inspector, eq(inspector.id, inspections.inspectorId))
    .innerJoin(townships, eq(townships.id, inspections.townshipId))
    .innerJoin(villages, eq(villages.id, inspections.villageId))
    .where(eq(inspections.id, id));
  return row ?? null;
}

export interface RectificationFilter {
  districtId?: string;
  inspectionIds?: readonly string[];
  townshipId?: string;
  stationId?: string;
  status?: RectificationRow["status"];
}

/** Rectifications with their inspection's date and centre, the village, and who reported and confirmed them; oldest due first. */
export async function rectificationsWhere(db: Tx, f: RectificationFilter) {
  if (f.inspectionIds && f.inspectionIds.length === 0) return [];
  return db
    .select({
      rectification: rectifications,
      inspectedOn: inspections.inspectedOn,
      centerKind: inspections.centerKind,
      villageName: villages.name,
      reportedByName: reporter.name,
      confirmedByName: confirmer.name,
    })
    .from(rectifications)
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .innerJoin(villages, eq(villages.id, rectifications.villageId))
    .leftJoin(reporter, eq(reporter.id, rectifications.reportedBy))
    .leftJoin(confirmer, eq(confirmer.id, rectifications.confirmedBy))
    .where(
      and(
        f.districtId ? eq(rectifications.districtId, f.districtId) : undefined,
        f.inspectionIds ? inArray(rectifications.inspectionId, [...f.inspectionIds]) : undefined,
        f.townshipId ? eq(rectifications.townshipId, f.townshipId) : undefined,
        f.stationId ? eq(rectifications.stationId, f.stationId) : undefined,
        f.status ? eq(rectifications.status, f.status) : undefined,
      ),
    )
    .orderBy(asc(rectifications.dueDate), asc(villages.code), asc(rectifications.id));
}

export async function rectificationById(db: Tx, id: string): Promise<RectificationRow | null> {
  const [row] = await db.select().from(rectifications).where(eq(rectifications.id, id));
  return row ?? null;
}

/** Change a rectification if it is still at `version` (and bump it); null when someone changed it in between. */
export async function updateRectificationAt(db: Tx, id: string, version: number, set: RectificationChange): Promise<RectificationRow | null> {
  const [row] = await db
    .update(rectifications)
    .set({ ...set, version: version + 1 })
    .where(and(eq(rectifications.id, id), eq(rectifications.version, version)))
    .returning();
  return row ?? null;
}

/** Names of users by id (the agents findings name, who may since have left the station). */
export async function userNames(db: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
