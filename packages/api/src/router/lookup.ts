import { z } from "zod";
import { lookupProgress } from "../matters/lookup";
import { publicProcedure, router } from "../trpc";

export const lookupRouter = router({
  /** Public progress lookup (no login): receipt number or short code + the phone's last four digits. */
  progress: publicProcedure
    .input(
      z.object({
        code: z.string({ error: "请输入回执编号或查询码" }).trim().min(4, { error: "回执编号或查询码不正确" }).max(40, { error: "回执编号或查询码不正确" }),
        phoneLast4: z.string({ error: "请输入手机号后四位" }).trim().regex(/^\d{4}$/, { error: "手机号后四位应为4位数字" }),
      }),
    )
    .query(({ ctx, input }) => lookupProgress(ctx.db, ctx.clientKey, input.code, input.phoneLast4, ctx.now)),
});
