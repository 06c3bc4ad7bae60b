import { asc, count, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { inspectionPhotos } from "../schema";

/** Photos of 明察暗访 visits (R-SUP-2): listed without their bytes; the bytes are read one photo at a time. */

export type PhotoInsert = typeof inspectionPhotos.$inferInsert;

const listed = {
  id: inspectionPhotos.id,
  mimeType: inspectionPhotos.mimeType,
  byteSize: inspectionPhotos.byteSize,
  caption: inspectionPhotos.caption,
  createdAt: inspectionPhotos.createdAt,
  createdBy: inspectionPhotos.createdBy,
};

export async function photosOf(db: Tx, inspectionId: string) {
  return db.select(listed).from(inspectionPhotos).where(eq(inspectionPhotos.inspectionId, inspectionId)).orderBy(asc(inspectionPhotos.createdAt), asc(inspectionPhotos.id));
}

export async function photoCount(db: Tx, inspectionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(inspectionPhotos).where(eq(inspectionPhotos.inspectionId, inspectionId));
  return row?.n ?? 0;
}

export async function insertPhoto(db: Tx, values: PhotoInsert) {
  const [row] = await db.insert(inspectionPhotos).values(values).returning(listed);
  return row!;
}

/** One photo with its bytes and its district (for the scope check), or null. */
export async function photoById(db: Tx, id: string) {
  const [row] = await db.select().from(inspectionPhotos).where(eq(inspectionPhotos.id, id));
  return row ?? null;
}

export async function deletePhoto(db: Tx, id: string): Promise<void> {
  await db.delete(inspectionPhotos).where(eq(inspectionPhotos.id, id));
}
