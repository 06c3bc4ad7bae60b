import { z } from "zod";
import { CATEGORIES, itemCodeSchema, LEVELS } from "@bianmin/domain";
import { catalogQueries } from "@bianmin/db";
import { notFound } from "../errors";
import { authedProcedure, router } from "../trpc";

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
      const versions = await catalogQueries.itemVersions(ctx.db, input.code);
      return { item, versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt })) };
    }),
});
