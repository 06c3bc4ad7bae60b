import type { Calendar, DayKind } from "./calendar";
import { addDays, formatChineseDate } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

/**
 * Working-day arithmetic (R-DL-1, R-DL-2). The start day is never counted: the result of adding N working
 * days is the N-th working day after the start; adding 0 gives the start itself (即办件, settled on the spot).
 */

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError("INVALID_INPUT", `工作日数必须是非负整数：${n}`, { n });
  }
}

/** The N-th working day after `start` (N = 0: `start` itself). */
export function addWorkdays(calendar: Calendar, start: IsoDate, n: number): IsoDate {
  assertCount(n);
  calendar.day(start); // the start's year must be covered too
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (calendar.isWorkday(date)) left -= 1;
  }
  return date;
}

/**
 * Working days in (from, to]: the number N with addWorkdays(from, N) === to when `to` is a working day.
 * Negative when `to` is before `from` (minus the working days in (to, from]).
 */
export function workdaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  calendar.day(from);
  calendar.day(to);
  if (to < from) return -workdaysBetween(calendar, to, from);
  let count = 0;
  let date = from;
  while (date < to) {
    date = addDays(date, 1);
    if (calendar.isWorkday(date)) count += 1;
  }
  return count;
}

/** Working days in [from, to], both included (0 when `to` is before `from`). */
export function workdaysIn(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) if (calendar.isWorkday(date)) count += 1;
  return count;
}

/** One day passed over while counting, and why. */
export interface SkippedDay {
  date: IsoDate;
  weekday: string;
  kind: Exclude<DayKind, "workday" | "makeupWorkday">;
  name: string | null;
  /** "2024年2月10日（星期六）春节，休息日" */
  reason: string;
}

/** One working day that was counted. */
export interface CountedDay {
  date: IsoDate;
  ordinal: number;
  makeup: boolean;
  name: string | null;
}

/** An explainable deadline computation. */
export interface WorkdayExplanation {
  start: IsoDate;
  workdays: number;
  end: IsoDate;
  counted: CountedDay[];
  skipped: SkippedDay[];
  /** One Chinese paragraph summarising the computation. */
  text: string;
}

function skipReason(date: IsoDate, weekday: string, kind: SkippedDay["kind"], name: string | null): string {
  const head = `${formatChineseDate(date)}（${weekday}）`;
  return kind === "holiday" ? `${head}${name ?? "法定节假日"}，休息日` : `${head}周末休息日`;
}

/** Explains `addWorkdays`: which days were counted and which were skipped, and why. */
export function explainWorkdays(calendar: Calendar, start: IsoDate, n: number): WorkdayExplanation {
  const end = addWorkdays(calendar, start, n);
  const counted: CountedDay[] = [];
  const skipped: SkippedDay[] = [];
  let date = start;
  while (date < end) {
    date = addDays(date, 1);
    const d = calendar.day(date);
    if (d.isWorkday) {
      counted.push({ date, ordinal: counted.length + 1, makeup: d.kind === "makeupWorkday", name: d.name });
    } else {
      const kind = d.kind === "holiday" ? "holiday" : "weekend";
      skipped.push({ date, weekday: d.weekday, kind, name: d.name, reason: skipReason(date, d.weekday, kind, d.name) });
    }
  }
  const makeups = counted.filter((c) => c.makeup);
  const parts = [
    n === 0
      ? `时限为0个工作日（即办件），当日办结：${formatChineseDate(start)}。`
      : `自${formatChineseDate(start)}（受理当日不计）起算${n}个工作日，承诺办结日期为${formatChineseDate(end)}。`,
  ];
  if (skipped.length > 0) parts.push(`跳过${skipped.length}个休息日：${skipped.map((s) => s.reason).join("；")}。`);
  if (makeups.length > 0) {
    parts.push(`计入调休上班日：${makeups.map((m) => `${formatChineseDate(m.date)}${m.name ? `（${m.name}）` : ""}`).join("；")}。`);
  }
  return { start, workdays: n, end, counted, skipped, text: parts.join("") };
}
