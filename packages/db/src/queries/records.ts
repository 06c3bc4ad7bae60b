import { and, asc, eq, getTableColumns, gte, lt, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { shanghaiDayStart as shanghaiStart } from "../dates";
import { matters, recordArchives } from "../schema";
import type { MatterRow } from "./matters";

/** A station's matters registered in [from, to) (Shanghai days), oldest first, with their full state. */
export async function mattersRegisteredBetween(db: Tx, stationId: string, from: string, toExclusive: string) {
  return db
    .select()
    .from(matters)
    .where(and(eq(matters.stationId, stationId), gte(matters.registeredAt, shanghaiStart(from)), lt(matters.registeredAt, shanghaiStart(toExclusive))))
    .orderBy(asc(matters.registeredAt));
}

/** What a record book shows of a matter. */
export type BookMatter = Pick<MatterRow, "registeredAt" | "itemName" | "state">;

/** Rows a cursor fetches at a time. */
const CURSOR_ROWS = 500;

/**
 * Reads a station's matters registered in [from, to) (Shanghai days) in one snapshot, for exports too large to hold:
 * `read` gets their count and `batches()`, which may be called again and yields the same matters each time, oldest
 * first, a few hundred at a time through a cursor.
 */
export async function readRegisteredBetween<T>(
  db: Db,
  stationId: string,
  from: string,
  toExclusive: string,
  read: (found: { count: number; batches: () => AsyncIterable<BookMatter[]> }) => Promise<T>,
): Promise<T> {
  const start = shanghaiStart(from).toISOString();
  const end = shanghaiStart(toExclusive).toISOString();
  let out: { value: T } | undefined;
  await db.$client.begin("isolation level repeatable read read only", async (tx) => {
    const where = tx`station_id = ${stationId} and registered_at >= ${start}::timestamptz and registered_at < ${end}::timestamptz`;
    const [row] = await tx<{ n: number }[]>`select count(*)::int as n from matters where ${where}`;
    async function* batches(): AsyncIterable<BookMatter[]> {
      const cursor = tx<{ ms: number; itemName: string; state: BookMatter["state"] }[]>`
        select (extract(epoch from registered_at) * 1000)::float8 as ms, item_name as "itemName", state
        from matters where ${where} order by registered_at, id`.cursor(CURSOR_ROWS);
      for await (const rows of cursor) yield rows.map((r) => ({ registeredAt: new Date(r.ms), itemName: r.itemName, state: r.state }));
    }
    out = { value: await read({ count: row?.n ?? 0, batches }) };
  });
  return out!.value;
}

/** Statuses in which a matter's record at the station is complete (nothing more for the station to write). */
export const CONCLUDED_STATUSES = ["rejected", "referred", "delivered", "followUp", "closed"];

/** How many of a year's matters are still in the station's hands. */
export async function openMattersOfYear(db: Tx, stationId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matters)
    .where(
      and(
        eq(matters.stationId, stationId),
        gte(matters.registeredAt, shanghaiStart(`${year}-01-01`)),
        lt(matters.registeredAt, shanghaiStart(`${year + 1}-01-01`)),
        notInArray(matters.status, CONCLUDED_STATUSES),
      ),
    );
  return row?.n ?? 0;
}

/** The size of the pieces a kept file is sent to and read from the server in. */
export const ARCHIVE_PART_BYTES = 1 << 20;

export type ArchiveFileKind = "xlsx" | "pdf";

/**
 * Keeping a closed year's files (R-RUL-4) in three steps inside one transaction: a temporary table for the pieces
 * (dropped at commit), the pieces as they are made, then the archive row with each file joined from its pieces by
 * the server. A bytea parameter travels as hex text, so a file sent whole would take several times its size in
 * memory (the text, then the message carrying it); in pieces of 1 MB, written as the export runs, neither the
 * files nor their text are ever held whole.
 */
export async function startArchiveParts(tx: Tx): Promise<void> {
  await tx.execute(sql`create temp table archive_parts (kind text not null, n int not null, part bytea not null) on commit drop`);
}

export async function addArchivePart(tx: Tx, kind: ArchiveFileKind, n: number, part: Buffer): Promise<void> {
  await tx.execute(sql`insert into archive_parts values (${kind}, ${n}, ${part})`);
}

/** The archive row from the pieces sent; null when the year is kept already. */
export async function insertArchive(tx: Tx, values: Omit<typeof recordArchives.$inferInsert, "xlsx" | "pdf">) {
  const joined = (kind: ArchiveFileKind) => sql`(select coalesce(string_agg(part, ''::bytea order by n), ''::bytea) from archive_parts where kind = ${kind})`;
  const [row] = await tx
    .insert(recordArchives)
    .values({ ...values, xlsx: joined("xlsx"), pdf: joined("pdf") })
    .onConflictDoNothing()
    .returning({ id: recordArchives.id, xlsxSha256: recordArchives.xlsxSha256, pdfSha256: recordArchives.pdfSha256 });
  return row ?? null;
}

/** A station's closed year, without its files (they are read in pieces: archiveFileParts), or null. */
export async function archiveOf(db: Tx, stationId: string, year: number) {
  const { xlsx: _xlsx, pdf: _pdf, ...columns } = getTableColumns(recordArchives);
  const [row] = await db.select(columns).from(recordArchives).where(and(eq(recordArchives.stationId, stationId), eq(recordArchives.year, year)));
  return row ?? null;
}

/** A kept file's size and its SHA-256, computed now by the server from the bytes it keeps. */
export async function archiveFileCheck(db: Tx, archiveId: string, kind: ArchiveFileKind) {
  const file = recordArchives[kind];
  const [row] = await db
    .select({ bytes: sql<number>`octet_length(${file})`, sha256: sql<string>`encode(sha256(${file}), 'hex')` })
    .from(recordArchives)
    .where(eq(recordArchives.id, archiveId));
  return row ?? null;
}

/** A kept file in pieces of 1 MB, first to last: a download holds one piece at a time, not the file. */
export async function* archiveFileParts(db: Tx, archiveId: string, kind: ArchiveFileKind): AsyncIterable<Buffer> {
  const file = recordArchives[kind];
  for (let offset = 0; ; offset += ARCHIVE_PART_BYTES) {
    const [row] = await db
      .select({ part: sql<Buffer>`substring(${file} from ${offset + 1}::int for ${ARCHIVE_PART_BYTES}::int)` })
      .from(recordArchives)
      .where(eq(recordArchives.id, archiveId));
    if (!row || row.part.length === 0) return;
    yield row.part;
    if (row.part.length < ARCHIVE_PART_BYTES) return;
  }
}

/** The closed years of a station, without the files. */
export async function archivesOf(db: Tx, stationId: string) {
  return db
    .select({
      id: recordArchives.id,
      year: recordArchives.year,
      closedAt: recordArchives.closedAt,
      closedBy: recordArchives.closedBy,
      recordCount: recordArchives.recordCount,
      xlsxSha256: recordArchives.xlsxSha256,
      pdfSha256: recordArchives.pdfSha256,
      xlsxBytes: sql<number>`octet_length(${recordArchives.xlsx})`,
      pdfBytes: sql<number>`octet_length(${recordArchives.pdf})`,
    })
    .from(recordArchives)
    .where(eq(recordArchives.stationId, stationId))
    .orderBy(asc(recordArchives.year));
}
