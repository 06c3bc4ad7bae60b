/**
 * A discrete-event simulation for the demo history. Each actor's life (a matter, a shift, a complaint) is an async
 * function that waits for simulated moments with `p.at(ms)`; the scheduler wakes processes in time order and lets
 * a process run until it waits again or ends.
 *
 * Processes belong to lanes (a station): a lane runs one process at a time, strictly in time order, while up to
 * `concurrency` lanes run side by side. Since what a station's processes do never depends on another station's,
 * a history depends only on its seed, whatever the interleaving.
 */

interface Entry {
  ms: number;
  seq: number;
  lane: string;
  wake: () => void;
}

/** Ends a process quietly: what it would do next cannot happen (e.g. it falls in a year without calendar data). */
export class StopProcess extends Error {}

export interface Proc {
  /** The process's own simulated moment: the one it last waited for. */
  readonly now: number;
  /** Wait until `ms` (never earlier than the process's own moment). */
  at(ms: number): Promise<void>;
}

/** A binary heap ordered by moment, then by insertion. */
class Queue {
  private items: Entry[] = [];
  private less(a: Entry, b: Entry) {
    return a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
  }
  push(e: Entry) {
    const xs = this.items;
    xs.push(e);
    for (let i = xs.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(xs[i]!, xs[parent]!)) break;
      [xs[i], xs[parent]] = [xs[parent]!, xs[i]!];
      i = parent;
    }
  }
  peek(): Entry | undefined {
    return this.items[0];
  }
  pop(): Entry | undefined {
    const xs = this.items;
    const top = xs[0];
    const last = xs.pop();
    if (xs.length > 0 && last) {
      xs[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < xs.length && this.less(xs[l]!, xs[m]!)) m = l;
        if (r < xs.length && this.less(xs[r]!, xs[m]!)) m = r;
        if (m === i) break;
        [xs[i], xs[m]] = [xs[m]!, xs[i]!];
        i = m;
      }
    }
    return top;
  }
}

export class Simulation {
  private queue = new Queue();
  private seq = 0;
  private busy = new Set<string>();
  private released: (() => void) | null = null;
  /** Processes that failed with an unexpected error, with the first messages. */
  readonly failures: { process: string; message: string }[] = [];
  failureCount = 0;

  private release(lane: string) {
    this.busy.delete(lane);
    const r = this.released;
    this.released = null;
    r?.();
  }

  /** Start a process at `ms` in `lane`. */
  spawn(name: string, lane: string, ms: number, body: (p: Proc) => Promise<void>): void {
    let own = ms;
    const proc: Proc = {
      get now() {
        return own;
      },
      at: (target: number) =>
        new Promise<void>((resolve) => {
          const when = Math.max(target, own);
          const wake = () => {
            own = when;
            resolve();
          };
          this.queue.push({ ms: when, seq: this.seq++, lane, wake });
          this.release(lane);
        }),
    };
    const start = () => {
      body(proc)
        .catch((e: unknown) => {
          if (e instanceof StopProcess) return;
          this.failureCount += 1;
          if (this.failures.length < 20) this.failures.push({ process: name, message: e instanceof Error ? e.message : String(e) });
        })
        .finally(() => this.release(lane));
    };
    this.queue.push({ ms, seq: this.seq++, lane, wake: start });
  }

  /** Run every wake-up up to `untilMs` in time order; `onTick` sees each wake-up's moment. */
  async run(untilMs: number, opts: { concurrency?: number; onTick?: (ms: number) => void } = {}): Promise<void> {
    const concurrency = opts.concurrency ?? 1;
    for (;;) {
      const e = this.queue.peek();
      const ready = e !== undefined && e.ms <= untilMs;
      if (!ready && this.busy.size === 0) return;
      if (!ready || this.busy.has(e.lane) || this.busy.size >= concurrency) {
        // a running process may still queue an earlier moment: wait for one to yield, then look again
        await new Promise<void>((resolve) => (this.released = resolve));
        continue;
      }
      this.queue.pop();
      this.busy.add(e.lane);
      opts.onTick?.(e.ms);
      e.wake();
    }
  }
}
