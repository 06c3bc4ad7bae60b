import { daysInMonth, isIsoDate } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";
import { rolloutProgress } from "./rollout";
import type { Progress, RolloutTownship } from "./rollout";

/** Progress of one township over time (建设进度, R-ORG-6), for a chart. */
export interface RolloutPoint extends Progress {
  date: IsoDate;
}

function monthEnd(year: number, month: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/** Every month end from the month of `from` that falls before `to`, then `to` itself; just `to` when `from` is later. */
export function monthEndsThrough(from: IsoDate, to: IsoDate): IsoDate[] {
  for (const d of [from, to]) if (!isIsoDate(d)) throw new DomainError("ROLLOUT_INVALID", `日期格式不正确：${d}`, { date: d });
  const dates: IsoDate[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let end = monthEnd(y, m); end < to; end = monthEnd(y, m)) {
    dates.push(end);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return [...dates, to];
}

/**
 * The township's progress at each month end from its first operating date up to `to`, and on `to` itself.
 * With no station operating yet the series is the single point `to`.
 */
export function rolloutSeries(township: RolloutTownship, to: IsoDate): RolloutPoint[] {
  const first = township.villages
    .map((v) => v.operatingSince)
    .filter((d): d is IsoDate => d !== null)
    .sort()[0];
  return monthEndsThrough(first ?? to, to).map((date) => {
    const { total, operating, percent } = rolloutProgress({ targets: [], townships: [township], on: date }).townships[0]!;
    return { date, total, operating, percent };
  });
}

/** How many more villages must have an operating station to reach `target` (0 when reached or no target). */
export function stationsShort(p: Progress, target: { percent: number } | null): number {
  if (!target) return 0;
  return Math.max(0, Math.ceil((target.percent * p.total) / 100) - p.operating);
}
