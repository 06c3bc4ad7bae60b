import { createHash } from "node:crypto";
import { recordQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { BlockJoiner } from "@bianmin/documents";
import type { ByteSink } from "@bianmin/documents";

type Kind = "xlsx" | "pdf";

/**
 * A kept file written straight into the archive's transaction while the export makes it: bytes gather into
 * pieces of 1 MB, each piece is hashed and sent as soon as it is full (one send at a time, in order), so the file
 * is never held whole. The export's writers cannot wait for the database; the pieces they outrun wait in order.
 */
export class ArchiveFileSink implements ByteSink {
  private readonly joiner = new BlockJoiner((part) => this.send(part), recordQueries.ARCHIVE_PART_BYTES);
  private parts = 0;
  private bytes = 0;
  private readonly hash = createHash("sha256");
  private sending: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly tx: Tx,
    private readonly kind: Kind,
  ) {}

  add(chunk: Uint8Array): void {
    this.joiner.add(chunk);
  }

  /** Send what is left; the file's size and SHA-256 once every piece is in. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    this.joiner.flush();
    await this.sending;
    if (this.failure) throw this.failure;
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }

  private send(part: Buffer): void {
    this.hash.update(part);
    this.bytes += part.length;
    const n = this.parts++;
    // a failed send is kept for finish(): left unhandled until then, it would end the process
    this.sending = this.sending.then(() => (this.failure ? undefined : recordQueries.addArchivePart(this.tx, this.kind, n, part))).catch((e: unknown) => {
      this.failure ??= e;
    });
  }
}
