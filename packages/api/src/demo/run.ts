import type { Rng } from "./random";
import type { Simulation } from "./sim";
import type { World } from "./world";

/** What every process of the demo history shares: the district, the scheduler, the seed and the counters. */
export interface Run {
  w: World;
  sim: Simulation;
  rng: Rng;
  tally: Tally;
  /** The end of the history (ms). */
  untilMs: number;
}

/** Counts of what the history did, by name. */
export class Tally {
  readonly counts: Record<string, number> = {};
  add(name: string, n = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }
}

/** The domain code behind a tRPC refusal, if any. */
export function domainCodeOf(e: unknown): string | null {
  const cause = (e as { cause?: { domainCode?: unknown } } | null)?.cause;
  return typeof cause?.domainCode === "string" ? cause.domainCode : null;
}
