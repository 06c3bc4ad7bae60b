import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { appendAudit, recordQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import { tablePdf, tableXlsx } from "@bianmin/documents";
import type { TableExport, TableHeading, TableSource } from "@bianmin/documents";
import { shanghaiDate } from "@bianmin/domain";
import type { SessionUser } from "@bianmin/auth";
import { BOOK_COLUMNS, bookRow } from "./rows";
import type { BookMatter } from "./rows";

export const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

const bookHeading = (stationName: string, year: number, count: number, createdAt: string): TableHeading => ({
  title: `${stationName} 服务记录本`,
  subtitle: `${year}年度（共 ${count} 条）`,
  sheetName: `${year}年服务记录`,
  columns: BOOK_COLUMNS,
  createdAt,
});

/** The record book of one station and year as an export (the same table for screen, XLSX and PDF). */
export function recordBook(stationName: string, year: number, rows: MatterRow[], createdAt: string): TableExport {
  return { ...bookHeading(stationName, year, rows.length, createdAt), rows: rows.map(bookRow) };
}

/** The record book read as it is written (a year of a busy station does not fit in memory at once). */
function recordBookSource(stationName: string, year: number, found: { count: number; batches: () => AsyncIterable<BookMatter[]> }, createdAt: string): TableSource {
  return {
    ...bookHeading(stationName, year, found.count, createdAt),
    batches: async function* () {
      let i = 0;
      for await (const batch of found.batches()) yield batch.map((m) => bookRow(m, i++));
    },
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
  // one after the other, each streaming the rows from one snapshot: the files take memory, the rows do not
  const { recordCount, xlsx, pdf } = await recordQueries.readRegisteredBetween(db, unit.stationId, `${year}-01-01`, `${year + 1}-01-01`, async (found) => {
    const book = recordBookSource(stationName, year, found, now.toISOString());
    book.footer = `存档：${shanghaiDate(now.toISOString())} 站长 ${user.name}`;
    const xlsx = await tableXlsx(book);
    return { recordCount: found.count, xlsx, pdf: await tablePdf(book) };
  });
  return db.transaction(async (tx) => {
    const row = await recordQueries.insertArchive(tx, { ...unit, year, closedAt: now, closedBy: user.id, recordCount, xlsxSha256: sha256(xlsx), pdfSha256: sha256(pdf) }, { xlsx, pdf });
    if (!row) throw new TRPCError({ code: "CONFLICT", message: `年度：${year}年度已经存档` });
    await appendAudit(tx, {
      districtId: unit.districtId,
      actorId: user.id,
      actorName: user.name,
      action: "records.closeYear",
      entity: "recordArchive",
      entityId: row.id,
      after: { year, recordCount, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 },
      at: now,
    });
    return { year, recordCount, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 };
  });
}
