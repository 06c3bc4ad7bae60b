/** A closed-loop load: `clients` workers each send one request after another for `seconds`; latencies kept. */

export interface LoadResult {
  clients: number;
  seconds: number;
  ok: number;
  failed: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU time of this (the load-generating) process per completed request, in ms: its share of the 2 cores. */
  cpuPerOp: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Run `once` in a loop from `clients` workers; a rejected call counts as failed (its time is not kept). */
export async function closedLoop(clients: number, seconds: number, once: () => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t);
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  return { clients, seconds, ok, failed, perSecond: round(ok / elapsed), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), cpuPerOp: Math.round((used.user + used.system) / 10 / Math.max(ok, 1)) / 100 };
}
