/** Lawful clock pauses (R-DL-3). */
import { addWorkdays, workdaysBetween } from "../deadline";
import { shanghaiDate } from "../dates";
import type { Role } from "../roles";
import type { CommandOf } from "./commands";
import type { MatterEvent } from "./events";
import { PAUSE_REASON_LABELS } from "./vocabulary";
import { STATION_ROLES, WINDOW_ROLES, requireRole, refuse, guardAccepted, guardNotCompleted } from "./guards";
import type { Run } from "./guards";

/** Whoever has the matter in hand runs its clock: the window while it is at the window, the station otherwise. */
function clockRoles(r: Run): readonly Role[] {
  return r.state.status === "atWindow" ? WINDOW_ROLES : STATION_ROLES;
}

export function pauseClock(r: Run, cmd: CommandOf<"pauseClock">): MatterEvent[] {
  const what = "暂停计时";
  const { state } = r;
  requireRole(r.ctx.actor, clockRoles(r), what);
  guardAccepted(state, what);
  guardNotCompleted(state, what);
  if (state.pause) refuse("CLOCK_ALREADY_PAUSED", `计时已因「${PAUSE_REASON_LABELS[state.pause.reason]}」暂停`, state);
  if (state.item?.timeLimitDays === 0) refuse("PAUSE_NOT_ALLOWED", "即办件当场办结，不能暂停计时", state);
  if (cmd.reason === "siteSurvey" && !r.ctx.item.needsSurvey) {
    refuse("PAUSE_NOT_ALLOWED", `「${r.ctx.item.name}」不需要现场勘查，不能以现场勘查为由暂停计时`, state);
  }
  return [r.emit("clockPaused", { reason: cmd.reason, pausedOn: shanghaiDate(r.at), note: cmd.note ?? null })];
}

export function resumeClock(r: Run, cmd: CommandOf<"resumeClock">): MatterEvent[] {
  const what = "恢复计时";
  const { state, ctx } = r;
  requireRole(ctx.actor, clockRoles(r), what);
  guardAccepted(state, what);
  if (!state.pause || !state.promisedDate) refuse("CLOCK_NOT_PAUSED", "计时没有暂停，无需恢复", state);
  const resumedOn = shanghaiDate(r.at);
  const pausedWorkdays = workdaysBetween(ctx.calendar, state.pause.pausedOn, resumedOn);
  return [
    r.emit("clockResumed", {
      reason: state.pause.reason,
      pausedOn: state.pause.pausedOn,
      resumedOn,
      pausedWorkdays,
      previousPromisedDate: state.promisedDate,
      promisedDate: addWorkdays(ctx.calendar, state.promisedDate, pausedWorkdays),
      note: cmd.note ?? null,
    }),
  ];
}
