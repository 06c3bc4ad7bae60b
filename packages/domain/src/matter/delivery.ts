/** Delivery, rating and the follow-up of bad ratings (R-FLW-3, R-FLW-4). */
import { addWorkdays } from "../deadline";
import { shanghaiDate } from "../dates";
import type { CommandOf } from "./commands";
import { DEFAULT_MATTER_SETTINGS } from "./context";
import type { MatterEvent } from "./events";
import type { MatterState } from "./state";
import { FOLLOW_UP_STEP_LABELS, FOLLOW_UP_STEPS, isBadRating } from "./vocabulary";
import {
  STATION_ROLES,
  FOLLOW_UP_ROLES,
  requireRole,
  refuse,
  guardRegistered,
  guardAccepted,
  guardCompleted,
  holderLabel,
  requireCustodian,
} from "./guards";
import type { Run } from "./guards";

export function deliver(r: Run, cmd: CommandOf<"deliver">): MatterEvent[] {
  const what = "送达";
  const { state } = r;
  requireRole(r.ctx.actor, STATION_ROLES, what);
  guardAccepted(state, what);
  guardCompleted(state, what);
  if (state.status !== "completed") refuse("ALREADY_DELIVERED", "结果已经送达，不能重复送达", state);
  if (state.custody?.kind !== "agent") {
    refuse("RESULT_NOT_RETURNED", `办理结果和材料仍由${holderLabel(state)}保管，须返还代办站后才能送达`, state);
  }
  const from = requireCustodian(r, what);
  return [r.emit("delivered", { method: cmd.method, from, receivedBy: cmd.receivedBy, note: cmd.note ?? null })];
}

export function rate(r: Run, cmd: CommandOf<"rate">): MatterEvent[] {
  const what = "评价";
  const { state, ctx } = r;
  requireRole(ctx.actor, [...STATION_ROLES, "applicant"], what);
  if (state.rating) refuse("ALREADY_RATED", "申请人已评价，不能重复评价", state);
  guardAccepted(state, what);
  if (state.status !== "delivered") refuse("NOT_DELIVERED", "办理结果尚未送达，不能评价", state);
  const rated = r.emit("rated", { level: cmd.level, comment: cmd.comment ?? null });
  if (!isBadRating(cmd.level)) return [rated, r.emit("closed", {})];
  const days = ctx.settings?.followUpDays ?? DEFAULT_MATTER_SETTINGS.followUpDays;
  const openedOn = shanghaiDate(r.at);
  return [rated, r.emit("followUpOpened", { openedOn, days, dueDate: addWorkdays(ctx.calendar, openedOn, days) })];
}

export function guardFollowUp(r: Run, what: string): NonNullable<MatterState["followUp"]> {
  requireRole(r.ctx.actor, FOLLOW_UP_ROLES, what);
  const { state } = r;
  if (state.followUp?.closedAt) refuse("MATTER_CLOSED", `整改回访已办结，不能${what}`, state);
  if (!state.followUp) {
    if (state.status !== "closed") guardRegistered(state, what);
    refuse("NO_FOLLOW_UP", `该事项没有不满意评价，没有整改回访，不能${what}`, state);
  }
  return state.followUp;
}

export function recordFollowUp(r: Run, cmd: CommandOf<"recordFollowUp">): MatterEvent[] {
  const followUp = guardFollowUp(r, "记录整改回访");
  const expected = FOLLOW_UP_STEPS[followUp.steps.length];
  if (expected !== cmd.step) {
    const msg = expected
      ? `应先记录「${FOLLOW_UP_STEP_LABELS[expected]}」，再记录「${FOLLOW_UP_STEP_LABELS[cmd.step]}」`
      : "整改回访各环节均已记录，请办结整改回访";
    refuse("FOLLOW_UP_STEP_ORDER", msg, r.state);
  }
  return [r.emit("followUpStepRecorded", { step: cmd.step, text: cmd.text })];
}

export function closeFollowUp(r: Run, cmd: CommandOf<"closeFollowUp">): MatterEvent[] {
  const followUp = guardFollowUp(r, "办结整改回访");
  const missing = FOLLOW_UP_STEPS.slice(followUp.steps.length);
  if (missing.length > 0) {
    refuse(
      "FOLLOW_UP_INCOMPLETE",
      `整改回访尚未完成，还须记录：${missing.map((s) => FOLLOW_UP_STEP_LABELS[s]).join("、")}`,
      r.state,
    );
  }
  return [r.emit("followUpClosed", { closedOn: shanghaiDate(r.at), note: cmd.note ?? null }), r.emit("closed", {})];
}
