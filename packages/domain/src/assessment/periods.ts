import { daysInMonth, isIsoDate } from "../dates";
import type { IsoDate } from "../dates";
import { DomainError } from "../errors";

/**
 * Assessment periods are real calendar periods (R-ASM-3): bimonthly Jan–Feb, Mar–Apr, …, Nov–Dec, and
 * half-year Jan–Jun, Jul–Dec. Keys: "2025-B1" … "2025-B6", "2025-H1", "2025-H2".
 */

export const PERIOD_KINDS = ["bimonthly", "halfYear"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1..6 for bimonthly, 1..2 for half-year. */
  index: number;
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
  key: string;
  /** "2025年第1双月（1—2月）", "2025年上半年（1—6月）" */
  label: string;
}

const SPEC: Record<PeriodKind, { count: number; months: number; letter: string }> = {
  bimonthly: { count: 6, months: 2, letter: "B" },
  halfYear: { count: 2, months: 6, letter: "H" },
};

const pad = (n: number) => String(n).padStart(2, "0");

/** The period `index` of `year`. */
export function period(kind: PeriodKind, year: number, index: number): Period {
  const spec = SPEC[kind];
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(index) || index < 1 || index > spec.count) {
    throw new DomainError("PERIOD_INVALID", `考核期不存在：${year}年第${index}个${kind === "bimonthly" ? "双月" : "半年"}`, {
      kind,
      year,
      index,
    });
  }
  const firstMonth = (index - 1) * spec.months + 1;
  const lastMonth = firstMonth + spec.months - 1;
  const label =
    kind === "bimonthly"
      ? `${year}年第${index}双月（${firstMonth}—${lastMonth}月）`
      : `${year}年${index === 1 ? "上" : "下"}半年（${firstMonth}—${lastMonth}月）`;
  return {
    kind,
    year,
    index,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    key: `${year}-${spec.letter}${index}`,
    label,
  };
}

/** The period of the given kind that contains `date`. */
export function periodContaining(kind: PeriodKind, date: IsoDate): Period {
  if (!isIsoDate(date)) throw new DomainError("PERIOD_INVALID", `日期格式不正确：${date}`, { date });
  const month = Number(date.slice(5, 7));
  return period(kind, Number(date.slice(0, 4)), Math.floor((month - 1) / SPEC[kind].months) + 1);
}

/** The following period (across the year end). */
export function nextPeriod(p: Period): Period {
  return p.index < SPEC[p.kind].count ? period(p.kind, p.year, p.index + 1) : period(p.kind, p.year + 1, 1);
}

/** The preceding period (across the year start). */
export function previousPeriod(p: Period): Period {
  return p.index > 1 ? period(p.kind, p.year, p.index - 1) : period(p.kind, p.year - 1, SPEC[p.kind].count);
}

/** The period assessed at `date`: assessments at the start of a period cover the previous one (每个双月初). */
export function periodToAssess(kind: PeriodKind, date: IsoDate): Period {
  return previousPeriod(periodContaining(kind, date));
}

/** True when `date` lies in the period. */
export function periodContains(p: Period, date: IsoDate): boolean {
  return date >= p.start && date <= p.end;
}

/** Parses "2025-B3" or "2025-H2". */
export function parsePeriodKey(key: string): Period {
  const m = /^(\d{4})-([BH])(\d)$/.exec(key);
  if (!m) throw new DomainError("PERIOD_INVALID", `考核期编号格式不正确：${key}（应如 2025-B1 或 2025-H2）`, { key });
  return period(m[2] === "B" ? "bimonthly" : "halfYear", Number(m[1]), Number(m[3]));
}
