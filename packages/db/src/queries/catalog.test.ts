import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../testing";
import type { Db } from "../client";
import { serviceItems } from "../schema";
import { createItemVersion, currentItems, itemVersion, itemVersions } from "./catalog";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("catalogue queries", () => {
  it("R-CAT-2 lists current items filtered by category, level and search word", async () => {
    const all = await currentItems(db);
    const consult = await currentItems(db, { category: "consultation" });
    expect(consult.length).toBeGreaterThanOrEqual(5);
    expect(consult.every((i) => i.category === "consultation")).toBe(true);
    const village = await currentItems(db, { level: "village" });
    expect(village.every((i) => i.level === "village")).toBe(true);
    const found = await currentItems(db, { query: "最低生活保障" });
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.length).toBeLessThan(all.length);
    expect(await currentItems(db, { query: "%_\\" })).toEqual([]);
  });

  it("R-CAT-3 a new version becomes current while the old one stays exactly as it was", async () => {
    const [first] = await currentItems(db, { query: "ZZ-001" });
    const v1 = await itemVersion(db, first!.code, 1);
    const v2 = await createItemVersion(db, { ...first!, name: `${first!.name}（修订）`, timeLimitDays: first!.timeLimitDays + 2 });
    expect(v2.version).toBe(2);
    expect((await itemVersion(db, first!.code))?.name).toBe(`${first!.name}（修订）`);
    expect(await itemVersion(db, first!.code, 1)).toEqual(v1);
    expect((await itemVersions(db, first!.code)).map((v) => v.version)).toEqual([1, 2]);
    const [row] = await db.select().from(serviceItems).where(eq(serviceItems.code, first!.code));
    expect(row?.currentVersion).toBe(2);
  });

  it("R-CAT-3 the version table refuses edits in place", async () => {
    const [first] = await currentItems(db, { query: "ZZ-002" });
    const attempt = db.execute(sql`update service_item_versions set name = 'x' where code = ${first!.code}`);
    await expect(attempt.catch((e: Error) => Promise.reject(e.cause ?? e))).rejects.toThrow(/版本不可修改/);
    await expect(db.execute(sql`delete from service_item_versions where code = ${first!.code}`)).rejects.toThrow();
    expect((await itemVersion(db, first!.code))?.name).toBe(first!.name);
  });
});
