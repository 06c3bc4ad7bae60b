import type { Calendar } from "../calendar";
import { formatChineseDate, isInstant, isIsoDate, shanghaiDate } from "../dates";
import type { Instant, IsoDate } from "../dates";
import { workdaysIn } from "../deadline";
import { DomainError } from "../errors";
import { findingsAgainstAgent } from "../inspection";
import type { InspectionFinding } from "../inspection";
import { deadlineStatusOn } from "../lights";
import { RATING_LABELS, RATING_LEVELS, isBadRating } from "../matter/vocabulary";
import type { RatingLevel } from "../matter/vocabulary";
import type { Period } from "./periods";
import { periodContains } from "./periods";

/**
 * The metrics of one agent over one bimonthly period (R-ASM-1), computed from plain facts of the records, each
 * with one Chinese line saying where its number comes from. The rubric turns them into points.
 */

export const AGENT_METRIC_KEYS = [
  "attendedDays",
  "dutyDays",
  "mattersHandled",
  "onTimeCompleted",
  "completed",
  "goodRatings",
  "ratings",
  "complaints",
  "inspectionFindings",
  "selfReviewScore",
  "teamScore",
] as const;
export type AgentMetricKey = (typeof AGENT_METRIC_KEYS)[number];
export type AgentMetrics = Record<AgentMetricKey, number>;

/** 非常满意、满意、基本满意 count as satisfied; 不满意 and worse do not. */
export const GOOD_RATING_LEVELS: readonly RatingLevel[] = RATING_LEVELS.filter((l) => !isBadRating(l));

/** Self-review points: a self-review submitted within its window scores full, a missing one nothing. */
export const SELF_REVIEW_SUBMITTED_SCORE = 100;

/** Facts of one agent, as the records hold them; anything outside the period is ignored. */
export interface AgentPeriodFacts {
  /** The agent's user id (inspection findings name agents by it). */
  agentUserId: string;
  /**
   * First day the agent could be on duty: the later of the station's opening and the agent's start (the
   * caller decides the start, e.g. the account's opening or the first clock-on, whichever is earlier).
   */
  servingSince: IsoDate;
  /** Shanghai days of the agent's clock-ons (repeats allowed: several clock-ons on one day count once). */
  attendanceDays: readonly IsoDate[];
  /** Matters the agent was responsible for, with the completion day (办结日期) and the promised date in force. */
  completions: readonly PeriodCompletion[];
  /** Ratings of the agent's matters, with the day each was given. */
  ratings: readonly { level: RatingLevel; ratedOn: IsoDate }[];
  /** Complaints about the agent's station, with the day each was received. */
  stationComplaints: readonly { receivedOn: IsoDate }[];
  /** Inspections of the agent's station, with their findings. */
  inspections: readonly { inspectedOn: IsoDate; findings: readonly InspectionFinding[] }[];
  /** The agent's self-review of this period, if submitted. */
  selfReview: { submittedAt: Instant } | null;
  /** The assessment team's score out of 100, null until entered. */
  teamScore: number | null;
}

export interface MetricLine {
  key: AgentMetricKey;
  value: number;
  /** One Chinese line: where the number comes from. */
  explanation: string;
}

export interface AgentMetricsResult {
  metrics: AgentMetrics;
  /** One line per metric, in the order of AGENT_METRIC_KEYS. */
  lines: MetricLine[];
}

const MAX_LISTED = 5;

/** A completed matter as assessments see it: its receipt number, completion day and the promised date in force. */
export interface PeriodCompletion {
  receiptNo: string | null;
  completedOn: IsoDate;
  promisedDate: IsoDate | null;
}

/**
 * Of completions (already limited to a period): those with a promised date, how many were completed on time by the
 * deadline rule (`deadlineStatusOn`: pauses already moved the promised date), and each late one described.
 */
export function onTimeCompletions(calendar: Calendar, done: readonly PeriodCompletion[]): { withDeadline: number; onTime: number; late: string[]; noDeadline: number } {
  const withDeadline = done.filter((c): c is PeriodCompletion & { promisedDate: IsoDate } => c.promisedDate !== null);
  const late: string[] = [];
  let onTime = 0;
  for (const c of withDeadline) {
    const s = deadlineStatusOn(calendar, { promisedDate: c.promisedDate, completedOn: c.completedOn }, c.completedOn);
    if (s.kind === "closed" && s.result === "onTime") onTime += 1;
    else if (s.kind === "closed") {
      late.push(`${c.receiptNo ?? "未编号事项"}承诺${formatChineseDate(c.promisedDate)}、${formatChineseDate(c.completedOn)}办结，超期${s.lateWorkdays}个工作日`);
    }
  }
  return { withDeadline: withDeadline.length, onTime, late, noDeadline: done.length - withDeadline.length };
}

/** Of ratings (already limited to a period): how many are good (GOOD_RATING_LEVELS), and the count per level in words. */
export function ratingCounts(rated: readonly { level: RatingLevel }[]): { good: number; byLevel: string } {
  const good = rated.filter((r) => GOOD_RATING_LEVELS.includes(r.level)).length;
  const byLevel = RATING_LEVELS.map((l) => [l, rated.filter((r) => r.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${RATING_LABELS[l]}${n}次`)
    .join("、");
  return { good, byLevel };
}

/** Completions listed in an explanation, at most a few and then a count. */
export function listed(items: string[]): string {
  return items.length <= MAX_LISTED ? items.join("；") : `${items.slice(0, MAX_LISTED).join("；")}等${items.length}件`;
}

function assertDate(label: string, d: string): void {
  if (!isIsoDate(d)) throw new DomainError("INVALID_INPUT", `${label}格式不正确：${d}`, { value: d });
}

/** Every date of the facts must be a real calendar day (a malformed one would silently fall outside the period). */
function assertFacts(f: AgentPeriodFacts): void {
  assertDate("任职起始日期", f.servingSince);
  for (const d of f.attendanceDays) assertDate("签到日期", d);
  for (const c of f.completions) {
    assertDate("办结日期", c.completedOn);
    if (c.promisedDate !== null) assertDate("承诺办结日期", c.promisedDate);
  }
  for (const r of f.ratings) assertDate("评价日期", r.ratedOn);
  for (const c of f.stationComplaints) assertDate("投诉日期", c.receivedOn);
  for (const i of f.inspections) assertDate("明察暗访日期", i.inspectedOn);
  if (f.selfReview && !isInstant(f.selfReview.submittedAt)) {
    throw new DomainError("INVALID_INPUT", `自我评议提交时间格式不正确：${f.selfReview.submittedAt}`, {});
  }
}

/** The team score line alone (it is the one metric entered by people, and may change on a draft). */
export function teamScoreLine(teamScore: number | null): MetricLine {
  if (teamScore !== null && (!Number.isFinite(teamScore) || teamScore < 0 || teamScore > 100)) {
    throw new DomainError("INVALID_INPUT", `考核小组评分应在0到100之间：${teamScore}`, { teamScore });
  }
  return teamScore === null
    ? { key: "teamScore", value: 0, explanation: "考核小组评分：考核小组尚未评分，暂按0分计；确认前须录入评分" }
    : { key: "teamScore", value: teamScore, explanation: `考核小组评分：考核小组评定${teamScore}分（满分100分）` };
}

/** Computes the rubric metrics of one agent for one period from the facts, each with its explanation. */
export function agentMetrics(calendar: Calendar, period: Period, facts: AgentPeriodFacts): AgentMetricsResult {
  assertFacts(facts);
  const inPeriod = (d: string) => periodContains(period, d);
  const span = `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;

  // attendance: working days of the period from the day the agent could serve, and those with a clock-on
  const dutyFrom = facts.servingSince > period.start ? facts.servingSince : period.start;
  const dutyDays = dutyFrom <= period.end ? workdaysIn(calendar, dutyFrom, period.end) : 0;
  const days = new Set(facts.attendanceDays.filter(inPeriod));
  const attended = [...days].filter((d) => d >= dutyFrom && calendar.isWorkday(d));
  const offDays = days.size - attended.length;
  const dutyText =
    dutyFrom <= period.end
      ? `应出勤天数：${formatChineseDate(dutyFrom)}至${formatChineseDate(period.end)}按工作日历共${dutyDays}个工作日` +
        (dutyFrom > period.start ? `（${formatChineseDate(dutyFrom)}起在岗）` : "")
      : `应出勤天数：考核期内尚未在岗，计0天`;

  // completions: matters the agent was responsible for, completed in the period
  const done = facts.completions.filter((c) => inPeriod(c.completedOn));
  const { withDeadline, onTime, late, noDeadline } = onTimeCompletions(calendar, done);

  // ratings given in the period on the agent's matters
  const rated = facts.ratings.filter((r) => inPeriod(r.ratedOn));
  const { good, byLevel } = ratingCounts(rated);

  const complaints = facts.stationComplaints.filter((c) => inPeriod(c.receivedOn)).length;

  const visits = facts.inspections.filter((i) => inPeriod(i.inspectedOn));
  const findings = visits.reduce((s, i) => s + findingsAgainstAgent(i.findings, facts.agentUserId), 0);

  const selfReviewScore = facts.selfReview ? SELF_REVIEW_SUBMITTED_SCORE : 0;

  const team = teamScoreLine(facts.teamScore);

  const lines: MetricLine[] = [
    {
      key: "attendedDays",
      value: attended.length,
      explanation:
        `出勤天数：应出勤的工作日中有${attended.length}天签到上岗（同一天多次签到计1天）` +
        (offDays > 0 ? `；另有${offDays}天在休息日或在岗前签到，不计入` : ""),
    },
    { key: "dutyDays", value: dutyDays, explanation: dutyText },
    {
      key: "mattersHandled",
      value: done.length,
      explanation: `办理件数：${span}办结的、本人为归口代办员的事项共${done.length}件`,
    },
    {
      key: "onTimeCompleted",
      value: onTime,
      explanation:
        `按期办结件数：办结日期不晚于承诺办结日期（已按暂停计时顺延）的${onTime}件` + (late.length > 0 ? `；超期办结${late.length}件：${listed(late)}` : ""),
    },
    {
      key: "completed",
      value: withDeadline,
      explanation: `办结件数：有承诺办结日期的办结事项${withDeadline}件` + (noDeadline > 0 ? `（另有${noDeadline}件无承诺期限，不计入）` : ""),
    },
    {
      key: "goodRatings",
      value: good,
      explanation: `满意评价数：评价为非常满意、满意或基本满意的${good}次`,
    },
    {
      key: "ratings",
      value: rated.length,
      explanation:
        `评价总数：${span}本人归口事项收到评价${rated.length}次` +
        (byLevel ? `（${byLevel}）` : ""),
    },
    {
      key: "complaints",
      value: complaints,
      explanation: `有效投诉：考核期内群众对本代办站的投诉${complaints}件；投诉针对代办站、不指向个人，计入本站每位代办员`,
    },
    {
      key: "inspectionFindings",
      value: findings,
      explanation: `明察暗访发现问题：本站考核期内接受明察暗访${visits.length}次，未通过且指名本人或未指名具体人员的检查项共${findings}项`,
    },
    {
      key: "selfReviewScore",
      value: selfReviewScore,
      explanation: facts.selfReview
        ? `自我评议得分：已于${formatChineseDate(shanghaiDate(facts.selfReview.submittedAt))}按时提交自我评议，计${SELF_REVIEW_SUBMITTED_SCORE}分（评议内容由考核小组阅读后计入考核小组评分）`
        : "自我评议得分：未提交本期自我评议，计0分",
    },
    team,
  ];
  const metrics = Object.fromEntries(lines.map((l) => [l.key, l.value])) as AgentMetrics;
  return { metrics, lines };
}
