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
 * Joins bytes written in many small pieces into blocks of at least `size` as they come (a large PDF is written in
 * hundreds of thousands of tiny chunks, each one a separate allocation) and hands each block on; `flush()` hands
 * on what is left.
 */
export class BlockJoiner implements ByteSink {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly onBlock: (block: Buffer) => void,
    private readonly size = BLOCK,
  ) {}

  add(chunk: Uint8Array): void {
    this.pending.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= this.size) this.flush();
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const block = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.onBlock(block);
  }
}

/** Gathers a document written in many small pieces into one Buffer, in blocks of about 1 MB on the way. */
export class Collector implements ByteSink {
  private blocks: Buffer[] = [];
  private readonly joiner = new BlockJoiner((block) => this.blocks.push(block));

  add(chunk: Uint8Array): void {
    this.joiner.add(chunk);
  }

  bytes(): Buffer {
    this.joiner.flush();
    const all = Buffer.concat(this.blocks);
    this.blocks = [];
    return all;
  }
}
