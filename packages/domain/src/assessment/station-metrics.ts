import type { Calendar } from "../calendar";
import { formatChineseDate, isIsoDate } from "../dates";
import type { IsoDate } from "../dates";
import { DomainError } from "../errors";
import type { RatingLevel } from "../matter/vocabulary";
import { CHECKLIST_STATUS_LABELS, summarizeChecklist } from "../standardization";
import type { ChecklistEntry, ChecklistStatus } from "../standardization";
import { listed, onTimeCompletions, ratingCounts } from "./agent-metrics";
import type { PeriodCompletion } from "./agent-metrics";
import type { Period } from "./periods";
import { periodContains } from "./periods";

/**
 * The metrics of one station over one half-year (R-ASM-2), computed from plain facts of the records on the same
 * principle as the agents' (R-ASM-1), each with one Chinese line saying where its number comes from.
 *
 * 服务记录得分 (record keeping, 0–100) is two halves:
 *  - 年度存档 (50): the previous year's 服务记录本 closed (年底存档) by 31 January → 50; closed later but within the
 *    period → 25; not closed by the end of the period → 0. A station not yet operating in the previous year has
 *    nothing to close → 50.
 *  - 登记台账 (50): of the matters (consultations included) accepted in the period, the share with both a receipt
 *    number and a lookup code, times 50; none accepted → 50 (nothing left unrecorded).
 */

export const STATION_METRIC_KEYS = [
  "onTimeCompleted",
  "completed",
  "goodRatings",
  "ratings",
  "complaints",
  "inspectionFindings",
  "checklistPassed",
  "checklistItems",
  "recordKeepingScore",
] as const;
export type StationMetricKey = (typeof STATION_METRIC_KEYS)[number];
export type StationMetrics = Record<StationMetricKey, number>;

/** Points of the two halves of the record-keeping score. */
export const ARCHIVE_POINTS = 50;
export const ARCHIVE_LATE_POINTS = 25;
export const LEDGER_POINTS = 50;
/** The previous year's record book must be closed by this day of the following year (month-day). */
export const ARCHIVE_DUE_MONTH_DAY = "01-31";

/** Facts of one station, as the records hold them; anything outside the period is ignored. */
export interface StationPeriodFacts {
  /** The day the station started operating, or null while it is being built. */
  operatingSince: IsoDate | null;
  /** Matters of the station completed, with the promised date in force. */
  completions: readonly PeriodCompletion[];
  /** Ratings of the station's matters, with the day each was given. */
  ratings: readonly { level: RatingLevel; ratedOn: IsoDate }[];
  /** Complaints about the station, with the day each was received. */
  complaints: readonly { receivedOn: IsoDate }[];
  /** Inspections of the station, with the number of failed checks of each. */
  inspections: readonly { inspectedOn: IsoDate; problemCount: number }[];
  /** The station's standardisation checklist as it stands (null when none was started). */
  checklist: { status: ChecklistStatus; entries: readonly ChecklistEntry[]; areaM2: number | null } | null;
  /** The day the previous year's record book was closed (年底存档), or null if it has not been. */
  previousYearArchivedOn: IsoDate | null;
  /** Matters accepted by the station (consultations included), with the day and what the ledger holds. */
  accepted: readonly { acceptedOn: IsoDate; receiptNo: string | null; lookupCode: string | null }[];
}

export interface StationMetricLine {
  key: StationMetricKey;
  value: number;
  /** One Chinese line: where the number comes from. */
  explanation: string;
}

export interface StationMetricsResult {
  metrics: StationMetrics;
  /** One line per metric, in the order of STATION_METRIC_KEYS. */
  lines: StationMetricLine[];
}

function assertDate(label: string, d: string): void {
  if (!isIsoDate(d)) throw new DomainError("INVALID_INPUT", `${label}格式不正确：${d}`, { value: d });
}

function assertFacts(f: StationPeriodFacts): void {
  if (f.operatingSince !== null) assertDate("运行起始日期", f.operatingSince);
  for (const c of f.completions) {
    assertDate("办结日期", c.completedOn);
    if (c.promisedDate !== null) assertDate("承诺办结日期", c.promisedDate);
  }
  for (const r of f.ratings) assertDate("评价日期", r.ratedOn);
  for (const c of f.complaints) assertDate("投诉日期", c.receivedOn);
  for (const i of f.inspections) {
    assertDate("明察暗访日期", i.inspectedOn);
    if (!Number.isInteger(i.problemCount) || i.problemCount < 0) throw new DomainError("INVALID_INPUT", `明察暗访发现问题数不正确：${i.problemCount}`, {});
  }
  if (f.previousYearArchivedOn !== null) assertDate("存档日期", f.previousYearArchivedOn);
  for (const a of f.accepted) assertDate("受理日期", a.acceptedOn);
}

/** The archive half of the record-keeping score, with its explanation. */
export function archivePoints(period: Period, operatingSince: IsoDate | null, archivedOn: IsoDate | null): { points: number; explanation: string } {
  const year = period.year - 1;
  const due = `${period.year}-${ARCHIVE_DUE_MONTH_DAY}`;
  if (operatingSince === null || operatingSince > `${year}-12-31`) {
    return { points: ARCHIVE_POINTS, explanation: `${year}年度尚未运行，无需年底存档，计${ARCHIVE_POINTS}分` };
  }
  if (archivedOn !== null && archivedOn <= due) {
    return { points: ARCHIVE_POINTS, explanation: `${year}年度服务记录本已于${formatChineseDate(archivedOn)}存档（${formatChineseDate(due)}前），计${ARCHIVE_POINTS}分` };
  }
  if (archivedOn !== null && archivedOn <= period.end) {
    return { points: ARCHIVE_LATE_POINTS, explanation: `${year}年度服务记录本于${formatChineseDate(archivedOn)}存档，晚于${formatChineseDate(due)}，计${ARCHIVE_LATE_POINTS}分` };
  }
  return { points: 0, explanation: `${year}年度服务记录本至${formatChineseDate(period.end)}未存档，计0分` };
}

/** The ledger half: accepted matters of the period with both a receipt number and a lookup code. */
export function ledgerPoints(period: Period, accepted: StationPeriodFacts["accepted"]): { points: number; explanation: string } {
  const inPeriod = accepted.filter((a) => periodContains(period, a.acceptedOn));
  if (inPeriod.length === 0) return { points: LEDGER_POINTS, explanation: `考核期内未受理事项，登记台账无缺项，计${LEDGER_POINTS}分` };
  const complete = inPeriod.filter((a) => !!a.receiptNo && !!a.lookupCode).length;
  const points = Math.round(((LEDGER_POINTS * complete) / inPeriod.length) * 100) / 100;
  return {
    points,
    explanation: `考核期内受理事项（含咨询）${inPeriod.length}件，有回执编号和查询码的${complete}件，计${points}分`,
  };
}

/** Computes the rubric metrics of one station for one half-year from the facts, each with its explanation. */
export function stationMetrics(calendar: Calendar, period: Period, facts: StationPeriodFacts): StationMetricsResult {
  if (period.kind !== "halfYear") throw new DomainError("PERIOD_INVALID", `代办站考核按半年进行，${period.label}不是半年考核期`, { key: period.key });
  assertFacts(facts);
  const inPeriod = (d: string) => periodContains(period, d);
  const span = `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;

  const done = facts.completions.filter((c) => inPeriod(c.completedOn));
  const { withDeadline, onTime, late, noDeadline } = onTimeCompletions(calendar, done);

  const rated = facts.ratings.filter((r) => inPeriod(r.ratedOn));
  const { good, byLevel } = ratingCounts(rated);

  const complaints = facts.complaints.filter((c) => inPeriod(c.receivedOn)).length;

  const visits = facts.inspections.filter((i) => inPeriod(i.inspectedOn));
  const findings = visits.reduce((s, i) => s + i.problemCount, 0);

  const checklist = facts.checklist ? summarizeChecklist(facts.checklist.entries, facts.checklist.areaM2) : null;
  const items = checklist?.total ?? summarizeChecklist([], null).total;

  const archive = archivePoints(period, facts.operatingSince, facts.previousYearArchivedOn);
  const ledger = ledgerPoints(period, facts.accepted);
  const recordKeeping = Math.round((archive.points + ledger.points) * 100) / 100;

  const lines: StationMetricLine[] = [
    {
      key: "onTimeCompleted",
      value: onTime,
      explanation:
        `按期办结件数：办结日期不晚于承诺办结日期（已按暂停计时顺延）的${onTime}件` + (late.length > 0 ? `；超期办结${late.length}件：${listed(late)}` : ""),
    },
    {
      key: "completed",
      value: withDeadline,
      explanation: `办结件数：${span}本站办结的有承诺办结日期的事项${withDeadline}件` + (noDeadline > 0 ? `（另有${noDeadline}件无承诺期限，不计入）` : ""),
    },
    { key: "goodRatings", value: good, explanation: `满意评价数：评价为非常满意、满意或基本满意的${good}次` },
    {
      key: "ratings",
      value: rated.length,
      explanation: `评价总数：${span}本站事项收到评价${rated.length}次` + (byLevel ? `（${byLevel}）` : ""),
    },
    { key: "complaints", value: complaints, explanation: `有效投诉：考核期内群众对本站的投诉${complaints}件` },
    {
      key: "inspectionFindings",
      value: findings,
      explanation: `明察暗访发现问题：考核期内接受明察暗访${visits.length}次，未通过的检查项共${findings}项`,
    },
    {
      key: "checklistPassed",
      value: checklist?.passed ?? 0,
      explanation: checklist
        ? `规范化建设达标项：检查表（${CHECKLIST_STATUS_LABELS[facts.checklist!.status]}）${items}项中达标${checklist.passed}项` +
          (checklist.failing.length > 0 ? `；未达标：${checklist.failing.join("；")}` : "")
        : "规范化建设达标项：尚未填写规范化建设检查表，计0项",
    },
    { key: "checklistItems", value: items, explanation: `规范化建设检查项：规范化建设检查表共${items}项` },
    {
      key: "recordKeepingScore",
      value: recordKeeping,
      explanation: `服务记录得分：年底存档——${archive.explanation}；登记台账——${ledger.explanation}；合计${recordKeeping}分（满分100分）`,
    },
  ];
  const metrics = Object.fromEntries(lines.map((l) => [l.key, l.value])) as StationMetrics;
  return { metrics, lines };
}
