import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { appendAudit, recordQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import { writeTablePdf, writeTableXlsx } from "@bianmin/documents";
import type { TableExport, TableHeading, TableSource } from "@bianmin/documents";
import { shanghaiDate } from "@bianmin/domain";
import type { SessionUser } from "@bianmin/auth";
import { ArchiveFileSink } from "./archive-file-sink";
import { archiveInOwnProcess } from "./archive-process";
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

/** What the archive process needs to write a year's archive (it connects to the database itself). */
export interface YearArchiveJob {
  databaseUrl: string;
  user: { id: string; name: string };
  unit: { districtId: string; townshipId: string; villageId: string; stationId: string };
  stationName: string;
  year: number;
  /** The moment of the request, ISO. */
  now: string;
}

export interface YearArchive {
  year: number;
  recordCount: number;
  xlsxSha256: string;
  pdfSha256: string;
}

/**
 * 年底存档: the station head closes a year. All of the year's matters must be concluded at the station; the book
 * is exported to XLSX and PDF, kept with their SHA-256 checksums, and the year is frozen. The checks run here;
 * the export runs in a process of its own (archive-process.ts), so its memory never adds to the app's.
 */
export async function closeYear(db: Db, user: SessionUser & { stationId: string }, unit: YearArchiveJob["unit"], stationName: string, year: number, now: Date): Promise<YearArchive> {
  const currentYear = Number(shanghaiDate(now.toISOString()).slice(0, 4));
  const month = Number(shanghaiDate(now.toISOString()).slice(5, 7));
  if (year > currentYear || (year === currentYear && month < 12)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `年度：${year}年尚未到年底，不能存档（每年12月起可整理存档）` });
  }
  if (await recordQueries.archiveOf(db, unit.stationId, year)) throw new TRPCError({ code: "BAD_REQUEST", message: `年度：${year}年度已经存档` });
  const open = await recordQueries.openMattersOfYear(db, unit.stationId, year);
  if (open > 0) throw new TRPCError({ code: "BAD_REQUEST", message: `${year}年度还有 ${open} 件事项未办结送达，请办完后再存档` });
  return archiveInOwnProcess({ databaseUrl: db.url, user: { id: user.id, name: user.name }, unit, stationName, year, now: now.toISOString() });
}

/**
 * The archive's own work (in the archive process): the year's book exported to XLSX and PDF, each written into the
 * archive's transaction piece by piece as it is made, then the archive row and its audit entry.
 */
export async function writeYearArchive(db: Db, job: YearArchiveJob): Promise<YearArchive> {
  const { unit, year, user } = job;
  return db.transaction(async (tx) => {
    await recordQueries.startArchiveParts(tx);
    // the rows come from one snapshot on a connection of their own, once for each file
    const { recordCount, xlsx, pdf } = await recordQueries.readRegisteredBetween(db, unit.stationId, `${year}-01-01`, `${year + 1}-01-01`, async (found) => {
      const book = recordBookSource(job.stationName, year, found, job.now);
      book.footer = `存档：${shanghaiDate(job.now)} 站长 ${user.name}`;
      const xlsx = new ArchiveFileSink(tx, "xlsx");
      await writeTableXlsx(book, xlsx);
      const pdf = new ArchiveFileSink(tx, "pdf");
      await writeTablePdf(book, pdf);
      return { recordCount: found.count, xlsx: await xlsx.finish(), pdf: await pdf.finish() };
    });
    const row = await recordQueries.insertArchive(tx, { ...unit, year, closedAt: new Date(job.now), closedBy: user.id, recordCount, xlsxSha256: xlsx.sha256, pdfSha256: pdf.sha256 });
    if (!row) throw new TRPCError({ code: "CONFLICT", message: `年度：${year}年度已经存档` });
    await appendAudit(tx, {
      districtId: unit.districtId,
      actorId: user.id,
      actorName: user.name,
      action: "records.closeYear",
      entity: "recordArchive",
      entityId: row.id,
      after: { year, recordCount, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 },
      at: new Date(job.now),
    });
    return { year, recordCount, xlsxSha256: row.xlsxSha256, pdfSha256: row.pdfSha256 };
  });
}
