/** The first instant of a calendar day in Asia/Shanghai ("YYYY-MM-DD"), for range queries on timestamps. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The instants [start, end) covering the Shanghai calendar days from `from` to `to` inclusive. */
export function shanghaiDaysRange(from: string, to: string): { start: Date; end: Date } {
  const end = shanghaiDayStart(to);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: shanghaiDayStart(from), end };
}
