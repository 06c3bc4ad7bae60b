import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../testing";
import type { Db } from "../client";
import { stations, users } from "../schema";
import { ARCHIVE_PART_BYTES, addArchivePart, archiveFileCheck, archiveFileParts, archiveOf, insertArchive, startArchiveParts } from "./records";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("kept archive files", () => {
  it("R-RUL-4 R-DATA-1 a kept file is stored from its pieces and read back in pieces of 1 MB, byte for byte, its checksum computed by the server", async () => {
    const [station] = await db.select().from(stations).limit(1);
    const [user] = await db.select({ id: users.id }).from(users).limit(1);
    // 2.5 MB and exactly 1 MB: a last piece shorter than the others, and none at all after a full one
    const files = { xlsx: randomBytes(2.5 * 2 ** 20), pdf: randomBytes(2 ** 20) };
    const { districtId, townshipId, villageId, id: stationId } = station!;
    // in a transaction, as closing a year writes it (the pieces gather in a temporary table dropped at commit)
    const row = await db.transaction(async (tx) => {
      await startArchiveParts(tx);
      for (const [kind, bytes] of Object.entries(files) as ["xlsx" | "pdf", Buffer][]) {
        for (let n = 0; n * ARCHIVE_PART_BYTES < bytes.length; n++) await addArchivePart(tx, kind, n, bytes.subarray(n * ARCHIVE_PART_BYTES, (n + 1) * ARCHIVE_PART_BYTES));
      }
      return insertArchive(tx, { districtId, townshipId, villageId, stationId, year: 2024, closedAt: new Date(), closedBy: user!.id, recordCount: 0, xlsxSha256: sha256(files.xlsx), pdfSha256: sha256(files.pdf) });
    });
    const kept = await archiveOf(db, station!.id, 2024);
    expect(kept).toMatchObject({ id: row!.id, year: 2024 });
    expect(kept).not.toHaveProperty("xlsx");
    for (const kind of ["xlsx", "pdf"] as const) {
      const parts: Buffer[] = [];
      for await (const p of archiveFileParts(db, row!.id, kind)) parts.push(p);
      expect(parts.map((p) => p.length)).toEqual(kind === "xlsx" ? [2 ** 20, 2 ** 20, 2 ** 19] : [2 ** 20]);
      expect(Buffer.compare(Buffer.concat(parts), files[kind])).toBe(0);
      expect(await archiveFileCheck(db, row!.id, kind)).toEqual({ bytes: files[kind].length, sha256: sha256(files[kind]) });
    }
  });
});
