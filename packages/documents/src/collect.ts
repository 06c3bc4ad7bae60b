import { Writable } from "node:stream";

const BLOCK = 1 << 20;

/**
 * Gathers a document written in many small pieces into one Buffer. Pieces are joined into blocks of about 1 MB as
 * they come: a large PDF is written in hundreds of thousands of tiny chunks, each one a separate allocation.
 */
export class Collector {
  private blocks: Buffer[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  add(chunk: Uint8Array): void {
    this.pending.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= BLOCK) this.seal();
  }

  /** A writable stream that adds what is written to it. */
  stream(): Writable {
    return new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.add(chunk);
        done();
      },
    });
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
