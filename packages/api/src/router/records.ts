import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { orgQueries, recordQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { applicantSchema, isoDateSchema, itemCodeSchema, requiredText, stationName } from "@bianmin/domain";
import { notFound } from "../errors";
import { actOnMatter, itemOf, registerMatter } from "../matters/service";
import { closeYear, recordBook } from "../records/archive";
import { LEDGER_COLUMNS, ledgerRow } from "../records/rows";
import { router, villageProcedure , stationHeadProcedure } from "../trpc";

const year = z.number({ error: "年度必须是数字" }).int({ error: "年度必须是整数" }).min(2000, { error: "年度不能早于2000年" }).max(2100, { error: "年度不正确" });

async function nameOf(db: Db, stationId: string): Promise<string> {
  const s = await orgQueries.stationWithUnits(db, stationId);
  if (!s) throw notFound("代办站");
  return stationName({ districtName: s.districtName, townshipName: s.townshipName, villageName: s.villageName });
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const recordsRouter = router({
  /** 便民服务事项登记表 for a date range (R-INT-3): the paper form's columns, ID numbers masked. */
  ledger: villageProcedure
    .input(z.object({ from: isoDateSchema("开始日期"), to: isoDateSchema("结束日期") }).refine((r) => r.from <= r.to, { error: "结束日期不能早于开始日期", path: ["to"] }))
    .query(async ({ ctx, input }) => {
      const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
      if (days > 366) throw new TRPCError({ code: "BAD_REQUEST", message: "结束日期：登记表一次最多导出一年" });
      const rows = await recordQueries.mattersRegisteredBetween(ctx.db, ctx.unit.stationId, input.from, nextDay(input.to));
      return {
        title: `${await nameOf(ctx.db, ctx.unit.stationId)} 便民服务事项登记表`,
        subtitle: `${input.from} 至 ${input.to}（共 ${rows.length} 件）`,
        sheetName: "登记表",
        columns: LEDGER_COLUMNS,
        rows: rows.map(ledgerRow),
        createdAt: ctx.now.toISOString(),
      };
    }),

  /** 服务记录本 of a year (R-RUL-4): every service, matters and consultations alike. */
  book: villageProcedure.input(z.object({ year })).query(async ({ ctx, input }) => {
    const rows = await recordQueries.mattersRegisteredBetween(ctx.db, ctx.unit.stationId, `${input.year}-01-01`, `${input.year + 1}-01-01`);
    const archive = await recordQueries.archiveOf(ctx.db, ctx.unit.stationId, input.year);
    return { ...recordBook(await nameOf(ctx.db, ctx.unit.stationId), input.year, rows, ctx.now.toISOString()), archived: archive !== null };
  }),

  /** One quick form for a consultation (R-INT-1, R-RUL-4): registered, answered to the citizen on the spot, recorded. */
  consultation: villageProcedure
    .input(
      z.object({
        idempotencyKey: z.uuid({ error: "提交编号格式不正确，请刷新页面重试" }),
        itemCode: itemCodeSchema,
        applicant: applicantSchema,
        question: requiredText("咨询内容", 500),
        answer: requiredText("答复内容", 1000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const item = await itemOf(ctx, input.itemCode);
      if (item.category !== "consultation") throw new TRPCError({ code: "BAD_REQUEST", message: "咨询事项：请选择咨询指南类事项" });
      const { matterId, created } = await registerMatter(ctx, ctx.unit, input.idempotencyKey, {
        type: "register",
        itemCode: input.itemCode,
        applicant: input.applicant,
        mode: "consultation",
        materials: [],
        fees: [],
        note: input.question,
      });
      if (!created) return { matterId };
      // the agent who answered on the spot is the one responsible for it, whoever's 归口 the topic is
      const accepted = await actOnMatter(ctx, matterId, 1, { type: "accept" }, { responsibleAgentId: ctx.user.id });
      const answered = await actOnMatter(ctx, matterId, accepted.version, { type: "complete", outcome: "answered", note: input.answer, documents: [] });
      await actOnMatter(ctx, matterId, answered.version, { type: "deliver", method: "inPerson", receivedBy: input.applicant.name, note: "当场答复" });
      return { matterId };
    }),

  /** The closed years with their checksums. */
  archives: villageProcedure.query(({ ctx }) => recordQueries.archivesOf(ctx.db, ctx.unit.stationId)),

  /** 年底存档 (R-RUL-4): the station head closes a year; its records freeze. */
  closeYear: stationHeadProcedure("只有站长可以年底存档").input(z.object({ year })).mutation(async ({ ctx, input }) => {
    return closeYear(ctx.db, { ...ctx.user, stationId: ctx.unit.stationId }, ctx.unit, await nameOf(ctx.db, ctx.unit.stationId), input.year, ctx.now);
  }),

  /**
   * The kept file of a closed year, byte for byte as stored (server side: the download route): its checksum checked
   * by the database against the one kept at closing, then its bytes in pieces as they are sent.
   */
  archiveFile: villageProcedure.input(z.object({ year, kind: z.enum(["xlsx", "pdf"], { error: "文件类型不正确" }) })).query(async ({ ctx, input }) => {
    const a = await recordQueries.archiveOf(ctx.db, ctx.unit.stationId, input.year);
    if (!a) throw notFound(`${input.year}年度存档`);
    const stored = input.kind === "xlsx" ? a.xlsxSha256 : a.pdfSha256;
    const now = await recordQueries.archiveFileCheck(ctx.db, a.id, input.kind);
    if (!now || now.sha256 !== stored) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "存档文件校验失败" });
    return { size: now.bytes, sha256: stored, filename: `服务记录本-${input.year}.${input.kind}`, parts: () => recordQueries.archiveFileParts(ctx.db, a.id, input.kind) };
  }),
});
