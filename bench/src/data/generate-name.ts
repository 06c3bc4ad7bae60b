/** The database `pnpm bench:data --matters N` makes: bianmin_bench_1m for 1,000,000 matters, bianmin_bench_250k for 250,000. */
export function benchDatabaseName(matters: number): string {
  const label = matters % 1_000_000 === 0 ? `${matters / 1_000_000}m` : matters % 1000 === 0 ? `${matters / 1000}k` : String(matters);
  return `bianmin_bench_${label}`;
}
