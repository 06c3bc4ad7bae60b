import { and, asc, eq, gte, lt, notInArray, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { shanghaiDayStart as shanghaiStart } from "../dates";
import { matters, recordArchives } from "../schema";


/** A station's matters registered in [from, to) (Shanghai days), oldest first, with their full state. */
export async function mattersRegisteredBetween(db: Tx, stationId: string, from: string, toExclusive: string) {
  return db
    .select()
    .from(matters)
    .where(and(eq(matters.stationId, stationId), gte(matters.registeredAt, shanghaiStart(from)), lt(matters.registeredAt, shanghaiStart(toExclusive))))
    .orderBy(asc(matters.registeredAt));
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

export async function archiveOf(db: Tx, stationId: string, year: number) {
  const [row] = await db.select().from(recordArchives).where(and(eq(recordArchives.stationId, stationId), eq(recordArchives.year, year)));
  return row ?? null;
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
