import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { appendAudit, recordArchives, recordQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import { tablePdf, tableXlsx } from "@bianmin/documents";
import type { TableExport } from "@bianmin/documents";
import { shanghaiDate } from "@bianmin/domain";
import type { SessionUser } from "@bianmin/auth";
import { BOOK_COLUMNS, bookRow } from "./rows";

export const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The record book of one station and year as an export (the same table for screen, XLSX and PDF). */
export function recordBook(stationName: string, year: number, rows: MatterRow[], createdAt: string): TableExport {
  return {
    title: `${stationName} 服务记录本`,
    subtitle: `${year}年度（共 ${rows.length} 条）`,
    sheetName: `${year}年服务记录`,
    columns: BOOK_COLUMNS,
    rows: rows.map(bookRow),
    createdAt,
  };
}

/** Refuse a write to a matter whose year has been archived (R-RUL-4: the year's records are frozen). */
export async function assertYearOpen(db: Db, stationId: string, registeredAt: Date): Promise<void> {
  const year = Number(shanghaiDate(registeredAt.toISOString()).slice(0, 4));
  const archive = await recordQueries.archiveOf(db, stationId, year);
  if (archive) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${year}年度服务记录已于${shanghaiDate(archive.closedAt.toISOString())}存档，不能再修改`,
    });
  }
}

/**
 * 年底存档: the station head closes a year. All of the year's matters must be concluded at the station; the book
 * is exported to XLSX and PDF, kept with their SHA-256 checksums, and the year is frozen.
 */
export async function closeYear(db: Db, user: SessionUser & { stationId: string }, unit: { districtId: string; townshipId: string; villageId: string; stationId: string }, stationName: string, year: number, now: Date) {
  const currentYear = Number(shanghaiDate(now.toISOString()).slice(0, 4));
  const month = Number(shanghaiDate(now.toISOString()).slice(5, 7));
  if (year > currentYear || (year === currentYear && month < 12)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `年度：${year}年尚未到年底，不能存档（每年12月起可整理存档）` });
  }
  if (await recordQueries.archiveOf(db, unit.stationId, year)) throw new TRPCError({ code: "BAD_REQUEST", message: `年度：${year}年度已经存档` });
  const open = await recordQueries.openMattersOfYear(db, unit.stationId, year);
  if (open > 0) throw new TRPCError({ code: "BAD_REQUEST", message: `${year}年度还有 ${open} 件事项未办结送达，请办完后再存档` });
  const rows = await recordQueries.mattersRegisteredBetween(db, unit.stationId, `${year}-01-01`, `${year + 1}-01-01`);
  const book = recordBook(stationName, year, rows, now.toISOString());
  book.footer = `存档：${shanghaiDate(now.toISOString())} 站长 ${user.name}`;
  const [xlsx, pdf] = await Promise.all([tableXlsx(book), tablePdf(book)]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(recordArchives)
      .values({ ...unit, year, closedAt: now, closedBy: user.id, recordCount: rows.length, xlsx, pdf, xlsxSha256: sha256(xlsx), pdfSha256: sha256(pdf) })
      .onConflictDoNothing()
      .returning({ id: recordArchives.id, xlsxSha256: recordArchives.xlsxSha256, pdfSha256: recordArchives.pdfSha256 });
    if (!row) throw new TRPCError({ code: "CONFLICT", message: `年度：${year}年度已经存档` });
    await appendAudit(tx, {
      districtId: unit.districtId,
      actorId: user.id,
      actorName: user.name,
      action: "records.closeYear",
      entity: "recordArchive",
      entityId: row.id,
      after: { year, recordCount: rows.length, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 },
      at: now,
    });
    return { year, recordCount: rows.length, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 };
  });
}
