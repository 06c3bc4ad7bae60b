import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { ArchiveFileSink } from "./archive-file-sink";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("a kept file written while it is made", () => {
  it("R-DATA-1 small writes become pieces of 1 MB in order, with the size and SHA-256 of the whole", async () => {
    const file = randomBytes(2.5 * 2 ** 20);
    const pieces = await db.transaction(async (tx) => {
      await recordQueries.startArchiveParts(tx);
      const sink = new ArchiveFileSink(tx, "pdf");
      for (let at = 0; at < file.length; at += 65_536) sink.add(file.subarray(at, at + 65_536));
      expect(await sink.finish()).toEqual({ bytes: file.length, sha256: createHash("sha256").update(file).digest("hex") });
      return tx.execute<{ n: number; size: number; whole: Buffer }>(sql`select n, octet_length(part) as size, (select string_agg(part, ''::bytea order by n) from archive_parts) as whole from archive_parts order by n`);
    });
    expect(pieces.map((p) => [p.n, p.size])).toEqual([[0, 2 ** 20], [1, 2 ** 20], [2, 2 ** 19]]);
    expect(Buffer.compare(pieces[0]!.whole, file)).toBe(0);
  });

  it("R-DATA-1 a piece the database refuses fails the file at its end, without ending the process", async () => {
    await expect(
      db.transaction(async (tx) => {
        // no table for the pieces: the first send fails
        const sink = new ArchiveFileSink(tx, "xlsx");
        sink.add(randomBytes(2 ** 20 + 1));
        await new Promise((r) => setTimeout(r, 50));
        return sink.finish();
      }),
    ).rejects.toThrow(/archive_parts/);
  });
});
