import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  CATEGORIES,
  diffItemVersions,
  itemCodeSchema,
  itemContentOf,
  itemContentSchema,
  LEVEL_LABELS,
  LEVELS,
  newItemSchema,
  requiredText,
  versionNoteSchema,
} from "@bianmin/domain";
import { appendAudit, catalogQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { fieldRefusal, notFound } from "../errors";
import { authedProcedure, router, districtAdminProcedure } from "../trpc";

export const CATALOG_CONFLICT = "该事项刚刚已被他人修订，请刷新页面查看最新版本后再修改";

const versionNumber = (label: string) => z.number({ error: `${label}必须是数字` }).int({ error: `${label}须为整数` }).min(1, { error: `${label}至少为1` }).max(10_000, { error: `${label}过大` });

/** Only the district's system administrator maintains the catalogue (R-CAT-2). */
const adminProcedure = districtAdminProcedure("只有系统管理员可以维护事项目录");

async function versionOf(db: Tx, code: string, version: number) {
  const row = await catalogQueries.itemVersion(db, code, version);
  if (!row) throw notFound(`事项 ${code} 第${version}版`);
  return row;
}

export const catalogRouter = router({
  /** The current catalogue (R-CAT-1), filtered by category, level or a search word. */
  list: authedProcedure
    .input(
      z
        .object({
          category: z.enum(CATEGORIES, { error: "服务类别不正确" }).optional(),
          level: z.enum(LEVELS, { error: "办理层级不正确" }).optional(),
          query: z.string().trim().max(50, { error: "搜索词不能超过50字" }).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => catalogQueries.currentItems(ctx.db, input ?? {})),

  /** One item with its guide (R-CAT-2): the current version, or a given past version (R-CAT-3). */
  item: authedProcedure
    .input(z.object({ code: itemCodeSchema, version: z.number().int().min(1).max(10_000).optional() }))
    .query(async ({ ctx, input }) => {
      const item = await catalogQueries.itemVersion(ctx.db, input.code, input.version);
      if (!item) throw notFound(`事项 ${input.code}${input.version ? ` 第${input.version}版` : ""}`);
      const [versions, active] = await Promise.all([catalogQueries.itemVersions(ctx.db, input.code), catalogQueries.itemActive(ctx.db, input.code)]);
      return { item, active: active === true, versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt })) };
    }),

  /** Admin: a new item with its first version (R-CAT-2). */
  create: adminProcedure.input(z.object({ definition: newItemSchema })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await catalogQueries.createItem(tx, input.definition, ctx.now);
      if (!row) throw fieldRefusal("definition.code", `事项编码 ${input.definition.code} 已被使用，请换一个编码`, "CONFLICT");
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "catalog.create", entity: "serviceItem", entityId: row.code, after: { version: row.version, note: "新增事项", content: itemContentOf(row) }, at: ctx.now });
      return { code: row.code, version: row.version };
    }),
  ),

  /**
   * Admin: publish a revision as version n+1 against the version the editor saw (R-CAT-3). The old version stays
   * as it was, so matters registered on it keep their guide and receipt; new matters get the new version.
   */
  revise: adminProcedure
    .input(z.object({ code: itemCodeSchema, expectedVersion: versionNumber("版本号"), definition: itemContentSchema, note: versionNoteSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const before = await catalogQueries.itemVersion(tx, input.code);
        if (!before) throw notFound(`事项 ${input.code}`);
        const changes = diffItemVersions(itemContentOf(before), input.definition);
        if (changes.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "内容与当前版本相同，无需发布新版本" });
        const r = await catalogQueries.reviseItem(tx, input.code, input.expectedVersion, input.definition, ctx.now);
        if (!r) throw notFound(`事项 ${input.code}`);
        if ("conflict" in r) throw new TRPCError({ code: "CONFLICT", message: CATALOG_CONFLICT });
        // only township-level items go to a township window: a level change away from it ends the mapping
        const windowsCleared = input.definition.level === "township" ? 0 : await catalogQueries.itemWindowCount(tx, ctx.unit.districtId, input.code);
        if (windowsCleared > 0) await catalogQueries.setItemWindows(tx, ctx.unit.districtId, input.code, []);
        await appendAudit(tx, {
          districtId: ctx.unit.districtId,
          actorId: ctx.user.id,
          actorName: ctx.user.name,
          action: "catalog.revise",
          entity: "serviceItem",
          entityId: input.code,
          before: { version: before.version },
          after: { version: r.published.version, note: input.note, changes: changes.map(({ label, change, before: b, after: a }) => ({ label, change, before: b, after: a })), windowsCleared },
          at: ctx.now,
        });
        return { code: input.code, version: r.published.version, changes: changes.length, windowsCleared };
      }),
    ),

  /**
   * Admin: stop an item taking new matters, or resume it, with the reason (R-CAT-2). Matters already registered
   * on it go on to the end; the item leaves the agents' catalogue and intake refuses it while stopped.
   */
  setActive: adminProcedure
    .input(z.object({ code: itemCodeSchema, active: z.boolean({ error: "请选择停用或启用" }), reason: requiredText("说明", 200) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const before = await catalogQueries.setItemActive(tx, input.code, input.active);
        if (before === null) throw notFound(`事项 ${input.code}`);
        if (before === input.active) throw fieldRefusal("active", input.active ? "该事项已在受理中，无需启用" : "该事项已停用");
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: input.active ? "catalog.resume" : "catalog.stop", entity: "serviceItem", entityId: input.code, before: { active: before }, after: { active: input.active, reason: input.reason }, at: ctx.now });
        return { code: input.code, active: input.active };
      }),
    ),

  /** Admin: the stopped items, to see and resume them. */
  inactive: adminProcedure.query(({ ctx }) => catalogQueries.inactiveItems(ctx.db)),

  /** Admin: the district's township-centre windows, by township, marking those that handle the item. */
  windows: adminProcedure.input(z.object({ code: itemCodeSchema })).query(async ({ ctx, input }) => {
    const item = await catalogQueries.itemVersion(ctx.db, input.code);
    if (!item) throw notFound(`事项 ${input.code}`);
    const rows = await catalogQueries.districtWindowsFor(ctx.db, ctx.unit.districtId, input.code);
    const townships = new Map<string, { townshipId: string; townshipName: string; windows: { windowId: string; number: number; name: string; handles: boolean }[] }>();
    for (const r of rows) {
      const t = townships.get(r.townshipId) ?? { townshipId: r.townshipId, townshipName: r.townshipName, windows: [] };
      t.windows.push({ windowId: r.windowId, number: r.number, name: r.name, handles: r.handles });
      townships.set(r.townshipId, t);
    }
    return { code: item.code, level: item.level, townships: [...townships.values()] };
  }),

  /**
   * Admin: which window handles a township-level item in each township of the district (one window at most per
   * township). Replaces the district's mapping of the item as a whole.
   */
  setWindows: adminProcedure
    .input(z.object({ code: itemCodeSchema, windowIds: z.array(z.uuid({ error: "窗口编号格式不正确" }), { error: "窗口列表格式不正确" }).max(200, { error: "窗口过多" }) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const item = await catalogQueries.itemVersion(tx, input.code);
        if (!item) throw notFound(`事项 ${input.code}`);
        if (item.level !== "township") {
          throw fieldRefusal("windowIds", `该事项为“${LEVEL_LABELS[item.level]}”，只有乡镇（街道）便民服务中心办理的事项才能指定窗口`);
        }
        const all = await catalogQueries.districtWindowsFor(tx, ctx.unit.districtId, input.code);
        const chosen = [...new Set(input.windowIds)].map((id) => all.find((w) => w.windowId === id));
        if (chosen.some((w) => !w)) throw fieldRefusal("windowIds", "所选窗口不存在或不属于本区");
        const perTownship = new Map<string, string>();
        for (const w of chosen) {
          const other = perTownship.get(w!.townshipId);
          if (other) throw fieldRefusal("windowIds", `${w!.townshipName}只能指定一个窗口（已选“${other}”和“${w!.name}”）`);
          perTownship.set(w!.townshipId, w!.name);
        }
        const before = all.filter((w) => w.handles).map((w) => ({ township: w.townshipName, window: w.name }));
        await catalogQueries.setItemWindows(tx, ctx.unit.districtId, input.code, chosen.map((w) => w!.windowId));
        const after = chosen.map((w) => ({ township: w!.townshipName, window: w!.name }));
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "catalog.setWindows", entity: "serviceItem", entityId: input.code, before, after, at: ctx.now });
        return { code: input.code, windows: after.length };
      }),
    ),

  /** Admin: every version of an item with who published it, when and why (R-CAT-3). */
  versions: adminProcedure.input(z.object({ code: itemCodeSchema })).query(async ({ ctx, input }) => {
    const rows = await catalogQueries.versionHistory(ctx.db, input.code);
    if (rows.length === 0) throw notFound(`事项 ${input.code}`);
    const current = await catalogQueries.itemVersion(ctx.db, input.code);
    return { code: input.code, name: current!.name, currentVersion: current!.version, versions: rows };
  }),

  /** Admin: what changed between two versions of an item, field by field. */
  diff: adminProcedure
    .input(z.object({ code: itemCodeSchema, from: versionNumber("起始版本"), to: versionNumber("对比版本") }))
    .query(async ({ ctx, input }) => {
      const [a, b] = await Promise.all([versionOf(ctx.db, input.code, input.from), versionOf(ctx.db, input.code, input.to)]);
      const changes = diffItemVersions(itemContentOf(a), itemContentOf(b)).map(({ kind, field, label, change, before, after }) => ({ kind, field, label, change, before, after }));
      return { code: input.code, from: input.from, to: input.to, changes };
    }),
});
