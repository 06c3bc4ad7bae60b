import type { Calendar } from "./calendar";
import { isWeekend, shanghaiDate } from "./dates";
import type { Instant } from "./dates";
import type { Light } from "./lights";
import { LIGHTS } from "./lights";
import { isBadRating, RATING_LEVELS } from "./matter/vocabulary";
import type { RatingLevel } from "./matter/vocabulary";

/**
 * The township's daily supervision of its villages (R-SUP-1, §五(七)): what the dashboard counts and how it
 * turns the counts into one light per village. Pure: the caller brings matters already lit for today.
 */

export type LightCounts = Record<Light, number>;

/** Open matters (accepted, not completed) by light; matters without a light (no calendar data) are not counted. */
export function countLights(rows: readonly { light: string | null }[]): LightCounts {
  const counts: LightCounts = { green: 0, yellow: 0, red: 0 };
  for (const r of rows) if ((LIGHTS as readonly string[]).includes(r.light ?? "")) counts[r.light as Light] += 1;
  return counts;
}

/** Red matters, most overdue first (remaining working days most negative), then by promised date. */
export function overdueFirst<T extends { light: string | null; remainingWorkdays: number | null; promisedDate: string | null }>(rows: readonly T[]): T[] {
  return rows
    .filter((r) => r.light === "red")
    .slice()
    .sort((a, b) => (a.remainingWorkdays ?? 0) - (b.remainingWorkdays ?? 0) || (a.promisedDate ?? "").localeCompare(b.promisedDate ?? ""));
}

export interface RatingDistribution {
  counts: Record<RatingLevel, number>;
  total: number;
  /** 非常满意 + 满意 + 基本满意 over all ratings, in percent with one decimal; null without ratings. */
  satisfactionPercent: number | null;
  bad: number;
}

/** Ratings on the national five-level scale; a rating below 基本满意 is bad (R-FLW-4). */
export function ratingDistribution(levels: readonly RatingLevel[]): RatingDistribution {
  const counts = Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as Record<RatingLevel, number>;
  for (const l of levels) counts[l] += 1;
  const total = levels.length;
  const bad = levels.filter(isBadRating).length;
  return { counts, total, bad, satisfactionPercent: total === 0 ? null : Math.round(((total - bad) * 1000) / total) / 10 };
}

export interface VillageSignals {
  /** Whether the village has a station at all, and whether it is operating. */
  station: "none" | "building" | "operating";
  lights: LightCounts;
  overdueFollowUps: number;
  /** Escalated complaints the centre has not closed yet. */
  openEscalations: number;
  /** Complaints the station has not closed (any status but closed). */
  openComplaints: number;
  /** Agents on duty now, and agents of the station. */
  onDuty: number;
  agents: number;
  /** Whether agents are expected on duty now (office hours of a working day; see `dutyExpected`). */
  dutyExpected: boolean;
}

export interface VillageHealth {
  light: Light;
  /** Chinese reasons, most serious first; empty when green. */
  reasons: string[];
}

/**
 * One light per village: red when a matter or a follow-up is overdue or an escalated complaint waits for the
 * centre; yellow when a matter nears its deadline, a complaint is open, or nobody is on duty on a working day;
 * green otherwise. A village without an operating station is yellow (it is not serving its people yet).
 */
export function villageHealth(s: VillageSignals): VillageHealth {
  const red: string[] = [];
  const yellow: string[] = [];
  if (s.lights.red > 0) red.push(`${s.lights.red}件事项超期`);
  if (s.overdueFollowUps > 0) red.push(`${s.overdueFollowUps}件差评整改回访超期`);
  if (s.openEscalations > 0) red.push(`${s.openEscalations}件上报投诉待中心处理`);
  if (s.station === "none") yellow.push("尚未建站");
  else if (s.station === "building") yellow.push("代办站建设中，尚未确认规范运行");
  if (s.lights.yellow > 0) yellow.push(`${s.lights.yellow}件事项临近期限`);
  if (s.openComplaints > 0) yellow.push(`${s.openComplaints}件投诉未办结`);
  if (s.station === "operating" && s.dutyExpected && s.agents > 0 && s.onDuty === 0) yellow.push("当前无代办员签到在岗");
  if (red.length > 0) return { light: "red", reasons: [...red, ...yellow] };
  if (yellow.length > 0) return { light: "yellow", reasons: yellow };
  return { light: "green", reasons: [] };
}

/** Office hours in which a station's agents are expected on duty (Beijing time), on working days. */
export const DUTY_HOURS = { from: "08:30", to: "17:30" } as const;

/** Whether agents are expected on duty at `now`: a working day (weekdays when the calendar lacks the year), in office hours. */
export function dutyExpected(calendar: Calendar, now: Instant): boolean {
  const day = shanghaiDate(now);
  const workday = calendar.covers(Number(day.slice(0, 4))) ? calendar.isWorkday(day) : !isWeekend(day);
  const time = new Date(Date.parse(now) + 8 * 3600_000).toISOString().slice(11, 16);
  return workday && time >= DUTY_HOURS.from && time < DUTY_HOURS.to;
}

/** Share of expected agent-days actually attended, in percent with one decimal; null when none were expected. */
export function attendancePercent(attendedAgentDays: number, expectedAgentDays: number): number | null {
  if (expectedAgentDays <= 0) return null;
  return Math.round((Math.min(attendedAgentDays, expectedAgentDays) * 1000) / expectedAgentDays) / 10;
}
