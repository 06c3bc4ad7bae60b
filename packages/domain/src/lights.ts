import type { Calendar } from "./calendar";
import { addWorkdays, workdaysBetween } from "./deadline";
import { shanghaiDate } from "./dates";
import type { Instant, IsoDate } from "./dates";
import { DomainError } from "./errors";
import type { MatterState } from "./matter/state";

/** Deadline status lights (R-DL-4): green / yellow / red while open, on time / late once completed. */

export const LIGHTS = ["green", "yellow", "red"] as const;
export type Light = (typeof LIGHTS)[number];
export const LIGHT_LABELS: Record<Light, string> = { green: "绿灯（正常）", yellow: "黄灯（临近期限）", red: "红灯（已超期）" };

export type ClosedResult = "onTime" | "late";
export const CLOSED_RESULT_LABELS: Record<ClosedResult, string> = { onTime: "按期办结", late: "超期办结" };

export interface LightOptions {
  /** Yellow when at most this many working days remain. Default 2. */
  yellowWithinDays?: number;
}
export const DEFAULT_YELLOW_WITHIN_DAYS = 2;

export type DeadlineStatus =
  | { kind: "none" }
  | {
      kind: "open";
      light: Light;
      /** The promised date in force, moved by a running pause as if it ended today. */
      promisedDate: IsoDate;
      /** Working days left after today (0: due today); negative: working days overdue. */
      remainingWorkdays: number;
      paused: boolean;
    }
  | { kind: "closed"; result: ClosedResult; promisedDate: IsoDate; completedOn: IsoDate; lateWorkdays: number };

/** Facts needed to light a deadline, for callers that hold a projection row rather than a MatterState. */
export interface DeadlineFacts {
  promisedDate: IsoDate;
  /** Set once completed. */
  completedOn?: IsoDate | null;
  /** Set while the clock is paused. */
  pausedOn?: IsoDate | null;
}

/** Light of one deadline on `today` (a Shanghai calendar day). */
export function deadlineStatusOn(
  calendar: Calendar,
  facts: DeadlineFacts,
  today: IsoDate,
  options: LightOptions = {},
): Exclude<DeadlineStatus, { kind: "none" }> {
  const yellow = options.yellowWithinDays ?? DEFAULT_YELLOW_WITHIN_DAYS;
  if (!Number.isInteger(yellow) || yellow < 0) {
    throw new DomainError("INVALID_INPUT", `黄灯提前量必须是非负整数个工作日：${yellow}`, { yellow });
  }
  if (facts.completedOn) {
    const late = facts.completedOn > facts.promisedDate;
    return {
      kind: "closed",
      result: late ? "late" : "onTime",
      promisedDate: facts.promisedDate,
      completedOn: facts.completedOn,
      lateWorkdays: late ? workdaysBetween(calendar, facts.promisedDate, facts.completedOn) : 0,
    };
  }
  const paused = Boolean(facts.pausedOn);
  const promisedDate =
    facts.pausedOn && today > facts.pausedOn
      ? addWorkdays(calendar, facts.promisedDate, workdaysBetween(calendar, facts.pausedOn, today))
      : facts.promisedDate;
  const remainingWorkdays = workdaysBetween(calendar, today, promisedDate);
  const light: Light = today > promisedDate ? "red" : remainingWorkdays <= yellow ? "yellow" : "green";
  return { kind: "open", light, promisedDate, remainingWorkdays, paused };
}

/** Deadline status of a matter at an instant; `none` before acceptance and for rejected or referred matters. */
export function matterDeadlineStatus(
  state: MatterState,
  now: Instant,
  calendar: Calendar,
  options: LightOptions = {},
): DeadlineStatus {
  if (!state.promisedDate) return { kind: "none" };
  return deadlineStatusOn(
    calendar,
    { promisedDate: state.promisedDate, completedOn: state.completion?.completedOn ?? null, pausedOn: state.pause?.pausedOn ?? null },
    shanghaiDate(now),
    options,
  );
}

/** The short answer: "green" | "yellow" | "red" for open matters, "onTime" | "late" for completed ones, null otherwise. */
export function matterLight(
  state: MatterState,
  now: Instant,
  calendar: Calendar,
  options: LightOptions = {},
): Light | ClosedResult | null {
  const s = matterDeadlineStatus(state, now, calendar, options);
  return s.kind === "none" ? null : s.kind === "open" ? s.light : s.result;
}

/** Deadline status of the follow-up of a bad rating (due within its own working days); `none` without one. */
export function followUpDeadlineStatus(
  state: MatterState,
  now: Instant,
  calendar: Calendar,
  options: LightOptions = {},
): DeadlineStatus {
  const f = state.followUp;
  if (!f) return { kind: "none" };
  return deadlineStatusOn(calendar, { promisedDate: f.dueDate, completedOn: f.closedOn }, shanghaiDate(now), options);
}
