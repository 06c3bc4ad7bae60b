import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("catalog router", () => {
  it("R-CAT-1 every signed-in role reads the catalogue of three categories", async () => {
    for (const user of ["wangzhuang-1", "mazhai-staff", "erqi-admin"]) {
      const items = await (await callerAs(db, user)).catalog.list();
      expect(new Set(items.map((i) => i.category))).toEqual(new Set(["certificate", "consultation", "publicAffairs"]));
    }
  });

  it("R-CAT-2 an item's guide carries materials, fees with basis, time limit, level and flags", async () => {
    const api = await callerAs(db, "wangzhuang-1");
    const items = await api.catalog.list();
    const paid = items.find((i) => i.fees.length > 0)!;
    const { item } = await api.catalog.item({ code: paid.code });
    expect(item.fees[0]!.basis.length).toBeGreaterThan(0);
    expect(item.materials.length).toBeGreaterThan(0);
    expect(item.guide.length).toBeGreaterThan(0);
    expect(typeof item.inPerson).toBe("boolean");
  });

  it("R-CAT-2 a malformed item code gets a 400 naming the field in Chinese", async () => {
    const api = await callerAs(db, "wangzhuang-1");
    await expect(api.catalog.item({ code: "drop table;" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.catalog.item({ code: "ZZ-999" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "事项 ZZ-999不存在" });
    await expect(api.catalog.list({ query: "字".repeat(51) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
