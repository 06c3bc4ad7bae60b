import { Writable } from "node:stream";

const BLOCK = 1 << 20;

/** Where a document's bytes go as they are written (a Collector, or a writer that stores them piece by piece). */
export interface ByteSink {
  add(chunk: Uint8Array): void;
}

/** A writable stream that hands what is written to a sink. */
export function writableOf(sink: ByteSink): Writable {
  return new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      sink.add(chunk);
      done();
    },
  });
}

/**
 * Gathers a document written in many small pieces into one Buffer. Pieces are joined into blocks of about 1 MB as
 * they come: a large PDF is written in hundreds of thousands of tiny chunks, each one a separate allocation.
 */
export class Collector implements ByteSink {
  private blocks: Buffer[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  add(chunk: Uint8Array): void {
    this.pending.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= BLOCK) this.seal();
  }

  bytes(): Buffer {
    this.seal();
    const all = Buffer.concat(this.blocks);
    this.blocks = [];
    return all;
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
