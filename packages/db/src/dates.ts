/** The first instant of a calendar day in Asia/Shanghai ("YYYY-MM-DD"), for range queries on timestamps. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
