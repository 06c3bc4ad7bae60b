import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, catalogQueries, matterQueries, serviceItems, serviceItemVersions, windowItems } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { itemContentOf } from "@bianmin/domain";
import type { ItemContent } from "@bianmin/domain";
import { accepted, registered, staffFor } from "../matter-fixture";
import { ZodError } from "zod";
import { describeZodError } from "../errors";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const TUE = "2026-03-03T10:00:00+08:00";
const admin = (now = MON) => callerAs(db, "erqi-admin", now);

async function current(code: string): Promise<ItemContent & { version: number }> {
  const row = (await catalogQueries.itemVersion(db, code))!;
  return { ...itemContentOf(row), version: row.version };
}

const auditOf = (code: string) => db.select().from(auditLog).where(and(eq(auditLog.entity, "serviceItem"), eq(auditLog.entityId, code))).orderBy(asc(auditLog.id));

const NEW_ITEM = {
  code: "ZZ-101",
  name: "农村建房用地资格初审",
  category: "certificate" as const,
  level: "township" as const,
  handlingBody: "乡镇（街道）自然资源所",
  legalBasis: "《中华人民共和国土地管理法》第六十二条",
  conditions: "本集体经济组织成员，符合一户一宅条件。",
  materials: [
    { key: "m1", name: "居民身份证", form: "originalAndCopy" as const, count: 1, required: true },
    { key: "m2", name: "户口簿", form: "originalAndCopy" as const, count: 1, required: true },
  ],
  fees: [],
  timeLimitDays: 10,
  inPerson: false,
  needsReview: true,
  needsSurvey: true,
  guide: "代办员收件后报乡镇（街道）自然资源所初审。",
};

describe("catalogue management by the district administrator", () => {
  it("R-CAT-3 a new item version leaves an older matter's receipt unchanged; a new matter gets the new version", async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    const old = await accepted(db, agent, "ZZ-012", MON);
    const receiptBefore = await old.api.matter.receipt({ matterId: old.matterId });
    expect(receiptBefore.item).toMatchObject({ code: "ZZ-012", version: 1, timeLimitDays: 2 });
    const [v1Before] = await db.select().from(serviceItemVersions).where(and(eq(serviceItemVersions.code, "ZZ-012"), eq(serviceItemVersions.version, 1)));

    const v1 = await current("ZZ-012");
    const { version: _v, ...content } = v1;
    const revised: ItemContent = {
      ...content,
      timeLimitDays: 3,
      materials: [{ ...content.materials[0]! }, { ...content.materials[1]!, name: "户口簿（户主页及本人页）" }, ...content.materials.slice(2)],
    };
    const r = await (await admin(TUE)).catalog.revise({ code: "ZZ-012", expectedVersion: 1, definition: revised, note: "时限调整为3个工作日，明确户口簿页面" });
    expect(r).toEqual({ code: "ZZ-012", version: 2, changes: 2, windowsCleared: 0 });

    // the old matter still reads version 1: time limit, materials and version on its receipt are as they were
    const receiptAfter = await old.api.matter.receipt({ matterId: old.matterId });
    expect(receiptAfter).toEqual(receiptBefore);
    expect(receiptAfter.materials.map((m) => m.name)).toContain("户口簿");
    // the version row itself is untouched
    const [v1After] = await db.select().from(serviceItemVersions).where(and(eq(serviceItemVersions.code, "ZZ-012"), eq(serviceItemVersions.version, 1)));
    expect(v1After).toEqual(v1Before);
    const [item] = await db.select().from(serviceItems).where(eq(serviceItems.code, "ZZ-012"));
    expect(item!.currentVersion).toBe(2);

    // a matter registered after the revision is on version 2
    const fresh = await accepted(db, agent, "ZZ-012", TUE);
    const receipt = await fresh.api.matter.receipt({ matterId: fresh.matterId });
    expect(receipt.item).toMatchObject({ code: "ZZ-012", version: 2, timeLimitDays: 3 });
    expect(receipt.materials.map((m) => m.name)).toContain("户口簿（户主页及本人页）");

    // the history names who published version 2, when and why; the diff lists exactly the changed fields
    const api = await admin(TUE);
    const history = await api.catalog.versions({ code: "ZZ-012" });
    const adminName = (await sessionUser(db, "erqi-admin")).name;
    expect(history.currentVersion).toBe(2);
    expect(history.versions.map((v) => [v.version, v.publishedBy, v.note])).toEqual([
      [1, null, null],
      [2, adminName, "时限调整为3个工作日，明确户口簿页面"],
    ]);
    expect(history.versions[1]!.createdAt).toEqual(new Date(TUE));
    const diff = await api.catalog.diff({ code: "ZZ-012", from: 1, to: 2 });
    expect(diff.changes.map((c) => [c.label, c.change, c.before, c.after])).toEqual([
      ["承诺时限", "changed", "2 个工作日", "3 个工作日"],
      ["申请材料：户口簿（户主页及本人页）", "changed", "户口簿（原件及复印件，1 份，必需）", "户口簿（户主页及本人页）（原件及复印件，1 份，必需）"],
    ]);
    expect((await api.catalog.diff({ code: "ZZ-012", from: 2, to: 2 })).changes).toEqual([]);
    expect(await codeOf(api.catalog.diff({ code: "ZZ-012", from: 1, to: 9 }))).toBe("NOT_FOUND");

    // R-SEC-2 the revision is audited with its note and changes
    const audit = await auditOf("ZZ-012");
    expect(audit.map((a) => a.action)).toEqual(["catalog.revise"]);
    expect(audit[0]).toMatchObject({ actorName: adminName, before: { version: 1 }, after: { version: 2, note: "时限调整为3个工作日，明确户口簿页面" } });
  });

  it("R-CAT-3 a revision against a stale version is a CONFLICT and publishes nothing; an unchanged definition is refused", async () => {
    const { version, ...content } = await current("ZZ-011");
    const api = await admin();
    await api.catalog.revise({ code: "ZZ-011", expectedVersion: version, definition: { ...content, guide: `${content.guide}（第一次修订）` }, note: "第一次修订" });
    const stale = api.catalog.revise({ code: "ZZ-011", expectedVersion: version, definition: { ...content, timeLimitDays: 9 }, note: "过期的修订" });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: "该事项刚刚已被他人修订，请刷新页面查看最新版本后再修改" });
    expect((await catalogQueries.itemVersions(db, "ZZ-011")).map((v) => v.version)).toEqual([1, 2]);
    const now = await current("ZZ-011");
    const { version: v2, ...same } = now;
    expect(await codeOf(api.catalog.revise({ code: "ZZ-011", expectedVersion: v2, definition: same, note: "没有改动" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.catalog.revise({ code: "ZZ-998", expectedVersion: 1, definition: same, note: "不存在" }))).toBe("NOT_FOUND");
  });

  it("R-CAT-2 the administrator adds a new item as version 1; a taken code is refused on the code field", async () => {
    const api = await admin();
    expect(await api.catalog.create({ definition: NEW_ITEM })).toEqual({ code: "ZZ-101", version: 1 });
    const { item } = await api.catalog.item({ code: "ZZ-101" });
    expect(item).toMatchObject({ ...NEW_ITEM, version: 1 });
    expect((await api.catalog.list({ query: "ZZ-101" })).map((i) => i.code)).toEqual(["ZZ-101"]);
    const again = await api.catalog.create({ definition: { ...NEW_ITEM, name: "另一个事项" } }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT", message: "事项编码 ZZ-101 已被使用，请换一个编码" });
    expect((await catalogQueries.itemVersion(db, "ZZ-101"))!.name).toBe(NEW_ITEM.name);
    const audit = await auditOf("ZZ-101");
    expect(audit.map((a) => [a.action, (a.after as { version: number }).version])).toEqual([["catalog.create", 1]]);
  });

  it("R-CAT-2 bad input gets field-level Chinese messages and writes nothing", async () => {
    const api = await admin();
    const auditCount = (await db.select().from(auditLog)).length;
    const bad = await api.catalog
      .create({
        definition: {
          ...NEW_ITEM,
          code: "zz-7",
          name: " ",
          timeLimitDays: -2,
          materials: [NEW_ITEM.materials[0]!, { ...NEW_ITEM.materials[1]!, name: "", count: 0 }],
          fees: [{ key: "f1", name: "工本费", amountFen: 100, basis: "" }],
        },
      })
      .catch((e: { code: string; cause?: unknown }) => e);
    expect(bad).toMatchObject({ code: "BAD_REQUEST" });
    const cause = (bad as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect(describeZodError(cause as ZodError).fieldErrors).toEqual({
      "definition.code": "事项编码格式不正确（应如 ZZ-001）",
      "definition.name": "事项名称不能为空",
      "definition.timeLimitDays": "承诺时限不能为负数",
      "definition.materials.1.name": "材料名称不能为空",
      "definition.materials.1.count": "材料份数至少为1",
      "definition.fees.0.basis": "收费依据不能为空",
    });
    const { version, ...content } = await current("ZZ-010");
    const consultationFee = api.catalog.revise({
      code: "ZZ-010",
      expectedVersion: version,
      definition: { ...content, category: "consultation", fees: [{ key: "f1", name: "咨询费", amountFen: 100, basis: "无" }] },
      note: "x",
    });
    await expect(consultationFee).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("咨询指南类事项一律免费") });
    await expect(consultationFee).rejects.toMatchObject({ message: expect.stringContaining("修订说明至少2个字") });
    expect((await db.select().from(auditLog)).length).toBe(auditCount);
    expect(await catalogQueries.itemVersion(db, "ZZ-007")).not.toBeNull();
    expect((await catalogQueries.itemVersions(db, "ZZ-010")).length).toBe(1);
  });

  it("R-SEC-1 only the system administrator maintains the catalogue: assessor, inspector, township staff and agents are refused", async () => {
    const { version, ...content } = await current("ZZ-009");
    for (const user of ["erqi-assessor", "erqi-inspector", "mazhai-staff", "mazhai-supervisor", "wangzhuang-1", "wangzhuang-head"]) {
      const api = await callerAs(db, user);
      expect(await codeOf(api.catalog.create({ definition: { ...NEW_ITEM, code: "ZZ-102" } })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.catalog.revise({ code: "ZZ-009", expectedVersion: version, definition: { ...content, timeLimitDays: 1 }, note: "越权修订" })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.catalog.setWindows({ code: "ZZ-009", windowIds: [] })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.catalog.windows({ code: "ZZ-009" })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.catalog.versions({ code: "ZZ-009" })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.catalog.diff({ code: "ZZ-009", from: 1, to: 1 })), user).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerAs(db, null)).catalog.versions({ code: "ZZ-009" }))).toBe("UNAUTHORIZED");
    expect(await catalogQueries.itemVersion(db, "ZZ-102")).toBeNull();
    expect((await catalogQueries.itemVersions(db, "ZZ-009")).length).toBe(1);
    expect(await auditOf("ZZ-009")).toEqual([]);
  });

  it("R-CAT-2 a township-level item is mapped to at most one existing window per township; the routing follows the mapping", async () => {
    const api = await admin();
    const { townships } = await api.catalog.windows({ code: "ZZ-013" });
    expect(townships.length).toBeGreaterThan(1);
    const [t1, t2] = townships;
    // seeded: the 综合窗口 of every township handles ZZ-013
    expect(t1!.windows.filter((w) => w.handles).map((w) => w.name)).toEqual(["综合窗口"]);
    const social1 = t1!.windows.find((w) => w.name === "社保窗口")!;
    const social2 = t2!.windows.find((w) => w.name === "社保窗口")!;

    const two = t1!.windows.slice(0, 2).map((w) => w.windowId);
    await expect(api.catalog.setWindows({ code: "ZZ-013", windowIds: two })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("只能指定一个窗口") });
    await expect(api.catalog.setWindows({ code: "ZZ-013", windowIds: [randomUUID()] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "所选窗口不存在或不属于本区" });
    await expect(api.catalog.setWindows({ code: "ZZ-012", windowIds: [social1.windowId] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "该事项为“村（社区）办理”，只有乡镇（街道）便民服务中心办理的事项才能指定窗口",
    });
    await expect(api.catalog.setWindows({ code: "ZZ-013", windowIds: ["x"] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("窗口编号格式不正确") });
    expect(await auditOf("ZZ-013")).toEqual([]);

    expect(await api.catalog.setWindows({ code: "ZZ-013", windowIds: [social1.windowId, social2.windowId] })).toEqual({ code: "ZZ-013", windows: 2 });
    const mapped = await db.select().from(windowItems).where(eq(windowItems.itemCode, "ZZ-013"));
    expect(mapped.map((m) => m.windowId).sort()).toEqual([social1.windowId, social2.windowId].sort());
    expect(await matterQueries.windowForItem(db, t1!.townshipId, "ZZ-013")).toMatchObject({ id: social1.windowId, name: "社保窗口" });
    const after = await api.catalog.windows({ code: "ZZ-013" });
    expect(after.townships.slice(2).every((t) => t.windows.every((w) => !w.handles))).toBe(true);
    const audit = await auditOf("ZZ-013");
    expect(audit.map((a) => a.action)).toEqual(["catalog.setWindows"]);
    expect(audit[0]!.after).toEqual([
      { township: t1!.townshipName, window: "社保窗口" },
      { township: t2!.townshipName, window: "社保窗口" },
    ]);
    expect((audit[0]!.before as unknown[]).length).toBe(townships.length);
  });

  it("R-CAT-2 a revision that moves a township item to the village ends its window mapping, in the same audited step", async () => {
    const api = await admin(TUE);
    const { version, ...content } = await current("ZZ-013");
    expect((await api.catalog.windows({ code: "ZZ-013" })).townships.some((t) => t.windows.some((w) => w.handles))).toBe(true);
    const r = await api.catalog.revise({ code: "ZZ-013", expectedVersion: version, definition: { ...content, level: "village" }, note: "下放到村（社区）办理" });
    expect(r.windowsCleared).toBeGreaterThan(0);
    expect(await db.select().from(windowItems).where(eq(windowItems.itemCode, "ZZ-013"))).toEqual([]);
    const audit = (await auditOf("ZZ-013")).at(-1)!;
    expect(audit.action).toBe("catalog.revise");
    expect(audit.after).toMatchObject({ windowsCleared: r.windowsCleared });
  });

  it("R-CAT-2 a stopped item leaves the catalogue and intake refuses it; its open matters go on; resuming brings it back", async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-009")).covering[0]!.username;
    const open = await accepted(db, agent, "ZZ-009", MON);
    const api = await admin(TUE);
    expect(await codeOf(api.catalog.setActive({ code: "ZZ-009", active: false, reason: "" }))).toBe("BAD_REQUEST");
    expect((await catalogQueries.itemActive(db, "ZZ-009"))).toBe(true);
    expect(await api.catalog.setActive({ code: "ZZ-009", active: false, reason: "上级取消该事项" })).toEqual({ code: "ZZ-009", active: false });
    await expect(api.catalog.setActive({ code: "ZZ-009", active: false, reason: "再次停用" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "该事项已停用" });
    expect((await api.catalog.inactive()).map((i) => i.code)).toEqual(["ZZ-009"]);
    expect((await api.catalog.list()).map((i) => i.code)).not.toContain("ZZ-009");
    expect((await api.catalog.item({ code: "ZZ-009" })).active).toBe(false);

    const e = await registered(db, agent, "ZZ-009", TUE).then(
      () => null,
      (x: { code: string; message: string; cause?: unknown }) => x,
    );
    expect(e).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("已停用，不再受理新的申请") });
    expect(describeZodError(e!.cause as ZodError).fieldErrors).toEqual({ "command.itemCode": expect.stringContaining("已停用") });
    // the matter accepted before goes on
    expect((await open.api.matter.get({ matterId: open.matterId })).status).toBe("inHandling");

    expect(await codeOf((await callerAs(db, "erqi-assessor", TUE)).catalog.setActive({ code: "ZZ-009", active: true, reason: "恢复" }))).toBe("FORBIDDEN");
    await api.catalog.setActive({ code: "ZZ-009", active: true, reason: "恢复受理" });
    expect((await api.catalog.list()).map((i) => i.code)).toContain("ZZ-009");
    await registered(db, agent, "ZZ-009", TUE);
    expect((await auditOf("ZZ-009")).map((a) => [a.action, (a.after as { reason?: string }).reason])).toEqual([
      ["catalog.stop", "上级取消该事项"],
      ["catalog.resume", "恢复受理"],
    ]);
  });
});
