import { and, asc, eq, ilike, or } from "drizzle-orm";
import type { ServiceItemVersion } from "@bianmin/domain";
import type { Tx } from "../client";
import { serviceItems, serviceItemVersions } from "../schema";

const currentJoin = and(eq(serviceItemVersions.code, serviceItems.code), eq(serviceItemVersions.version, serviceItems.currentVersion));

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

/**
 * Publish a new version of an item (R-CAT-3): the old versions stay as they were; the item's current version
 * moves to the new one. The row lock makes two concurrent edits produce versions n+1 and n+2, not a clash.
 */
export async function createItemVersion(db: Tx, content: Omit<ServiceItemVersion, "version"> & { version?: number }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(serviceItems).where(eq(serviceItems.code, content.code)).for("update");
    if (!item) throw new Error(`事项 ${content.code} 不存在`);
    const version = item.currentVersion + 1;
    const [row] = await tx
      .insert(serviceItemVersions)
      .values({ ...content, version })
      .returning();
    await tx.update(serviceItems).set({ currentVersion: version }).where(eq(serviceItems.code, content.code));
    return row!;
  });
}
