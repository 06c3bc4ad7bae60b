import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { ItemContent, NewItem, ServiceItemVersion } from "@bianmin/domain";
import type { Tx } from "../client";
import { auditLog, serviceItems, serviceItemVersions, townships, windowItems, windows } from "../schema";

/** Join an item (`serviceItems`) to its current version: the version that new matters take. */
export const currentJoin = and(eq(serviceItemVersions.code, serviceItems.code), eq(serviceItemVersions.version, serviceItems.currentVersion));

export interface CatalogFilter {
  category?: ServiceItemVersion["category"];
  level?: ServiceItemVersion["level"];
  query?: string;
}

/** The current version of every active item, optionally filtered (R-CAT-1, R-CAT-2). */
export async function currentItems(db: Tx, filter: CatalogFilter = {}) {
  const q = filter.query?.trim();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select({ item: serviceItemVersions })
    .from(serviceItems)
    .innerJoin(serviceItemVersions, currentJoin)
    .where(
      and(
        eq(serviceItems.active, true),
        filter.category ? eq(serviceItemVersions.category, filter.category) : undefined,
        filter.level ? eq(serviceItemVersions.level, filter.level) : undefined,
        like ? or(ilike(serviceItemVersions.name, like), ilike(serviceItemVersions.code, like)) : undefined,
      ),
    )
    .orderBy(asc(serviceItemVersions.code))
    .then((rows) => rows.map((r) => r.item));
}

/** One version of an item: the given one, or the current one (R-CAT-3: past matters keep their version). */
export async function itemVersion(db: Tx, code: string, version?: number) {
  if (version !== undefined) {
    const [row] = await db
      .select()
      .from(serviceItemVersions)
      .where(and(eq(serviceItemVersions.code, code), eq(serviceItemVersions.version, version)));
    return row ?? null;
  }
  const [row] = await db.select({ item: serviceItemVersions }).from(serviceItems).innerJoin(serviceItemVersions, currentJoin).where(eq(serviceItems.code, code));
  return row?.item ?? null;
}

/** Every version of an item, oldest first. */
export async function itemVersions(db: Tx, code: string) {
  return db.select().from(serviceItemVersions).where(eq(serviceItemVersions.code, code)).orderBy(asc(serviceItemVersions.version));
}

/** Insert version n+1 of a locked item row and make it current. */
async function publishNext(tx: Tx, code: string, current: number, content: ItemContent, at?: Date) {
  const version = current + 1;
  const [row] = await tx
    .insert(serviceItemVersions)
    .values({ ...content, code, version, ...(at ? { createdAt: at } : {}) })
    .returning();
  await tx.update(serviceItems).set({ currentVersion: version }).where(eq(serviceItems.code, code));
  return row!;
}

/**
 * Publish a new version of an item (R-CAT-3): the old versions stay as they were; the item's current version
 * moves to the new one. The row lock makes two concurrent edits produce versions n+1 and n+2, not a clash.
 */
export async function createItemVersion(db: Tx, content: Omit<ServiceItemVersion, "version"> & { version?: number }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(serviceItems).where(eq(serviceItems.code, content.code)).for("update");
    if (!item) throw new Error(`事项 ${content.code} 不存在`);
    const { code: _code, version: _version, ...rest } = content;
    return publishNext(tx, content.code, item.currentVersion, rest);
  });
}

/** A new item with its first version; null when the code is taken. */
export async function createItem(tx: Tx, item: NewItem, at: Date) {
  const [created] = await tx.insert(serviceItems).values({ code: item.code, currentVersion: 0, createdAt: at }).onConflictDoNothing().returning();
  if (!created) return null;
  const { code, ...content } = item;
  return publishNext(tx, code, 0, content, at);
}

/**
 * Publish a revision against the version the editor saw (optimistic concurrency): `conflict` carries the
 * current version when someone published in between; null when the item does not exist.
 */
export async function reviseItem(tx: Tx, code: string, expectedVersion: number, content: ItemContent, at: Date) {
  const [item] = await tx.select().from(serviceItems).where(eq(serviceItems.code, code)).for("update");
  if (!item) return null;
  if (item.currentVersion !== expectedVersion) return { conflict: item.currentVersion } as const;
  return { published: await publishNext(tx, code, item.currentVersion, content, at) } as const;
}

/**
 * Every version of an item with who published it, when and why: the version table has no such columns, so they
 * come from the audit entry written with the version (seeded versions have none).
 */
export async function versionHistory(db: Tx, code: string) {
  return db
    .select({
      version: serviceItemVersions.version,
      name: serviceItemVersions.name,
      createdAt: serviceItemVersions.createdAt,
      publishedBy: auditLog.actorName,
      publishedAt: auditLog.at,
      note: sql<string | null>`${auditLog.after}->>'note'`,
    })
    .from(serviceItemVersions)
    .leftJoin(
      auditLog,
      and(
        eq(auditLog.entity, "serviceItem"),
        eq(auditLog.entityId, serviceItemVersions.code),
        inArray(auditLog.action, ["catalog.create", "catalog.revise"]),
        sql`(${auditLog.after}->>'version')::int = ${serviceItemVersions.version}`,
      ),
    )
    .where(eq(serviceItemVersions.code, code))
    .orderBy(asc(serviceItemVersions.version));
}

/** Every township-centre window of a district, with whether it handles the item. */
export async function districtWindowsFor(db: Tx, districtId: string, code: string) {
  return db
    .select({
      windowId: windows.id,
      number: windows.number,
      name: windows.name,
      townshipId: townships.id,
      townshipName: townships.name,
      townshipCode: townships.code,
      handles: sql<boolean>`exists (select 1 from ${windowItems} wi where wi.window_id = ${windows.id} and wi.item_code = ${code})`,
    })
    .from(windows)
    .innerJoin(townships, eq(townships.id, windows.townshipId))
    .where(eq(townships.districtId, districtId))
    .orderBy(asc(townships.code), asc(windows.number));
}

/** Replace which windows of a district handle an item (the caller has checked the windows). */
export async function setItemWindows(tx: Tx, districtId: string, code: string, windowIds: readonly string[]) {
  const ofDistrict = tx
    .select({ id: windows.id })
    .from(windows)
    .innerJoin(townships, eq(townships.id, windows.townshipId))
    .where(eq(townships.districtId, districtId));
  await tx.delete(windowItems).where(and(eq(windowItems.itemCode, code), inArray(windowItems.windowId, ofDistrict)));
  if (windowIds.length) await tx.insert(windowItems).values(windowIds.map((windowId) => ({ windowId, itemCode: code })));
}

/** Whether an item takes new matters (R-CAT-2); null when there is no such item. */
export async function itemActive(db: Tx, code: string): Promise<boolean | null> {
  const [row] = await db.select({ active: serviceItems.active }).from(serviceItems).where(eq(serviceItems.code, code));
  return row ? row.active : null;
}

/** Stop or resume an item taking new matters; returns whether it was active before, or null when there is none. */
export async function setItemActive(tx: Tx, code: string, active: boolean): Promise<boolean | null> {
  const [before] = await tx.select({ active: serviceItems.active }).from(serviceItems).where(eq(serviceItems.code, code)).for("update");
  if (!before) return null;
  await tx.update(serviceItems).set({ active }).where(eq(serviceItems.code, code));
  return before.active;
}

/** The current version of every stopped item, for the administrator's catalogue. */
export async function inactiveItems(db: Tx) {
  return db
    .select({ code: serviceItemVersions.code, name: serviceItemVersions.name, level: serviceItemVersions.level, version: serviceItemVersions.version })
    .from(serviceItems)
    .innerJoin(serviceItemVersions, currentJoin)
    .where(eq(serviceItems.active, false))
    .orderBy(asc(serviceItemVersions.code));
}

/** How many of the district's windows handle an item. */
export async function itemWindowCount(db: Tx, districtId: string, code: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(windowItems)
    .innerJoin(windows, eq(windows.id, windowItems.windowId))
    .innerJoin(townships, eq(townships.id, windows.townshipId))
    .where(and(eq(windowItems.itemCode, code), eq(townships.districtId, districtId)));
  return row?.n ?? 0;
}
