/** Handover, transfer, approval-centre visit, completion and return of results (R-INT-6, R-FLW-1..3). */
import { shanghaiDate } from "../dates";
import type { AgentRef, CommandOf } from "./commands";
import type { MatterEvent } from "./events";
import { PAUSE_REASON_LABELS } from "./vocabulary";
import type { Route } from "./vocabulary";
import {
  STATION_ROLES,
  WINDOW_ROLES,
  requireRole,
  refuse,
  guardAccepted,
  guardNotCompleted,
  guardCompleted,
  holderLabel,
  requireCustodian,
  requireHandoverDone,
  requireRoute,
  agentOf,
} from "./guards";
import type { Run } from "./guards";

export function handover(r: Run, cmd: CommandOf<"handover">): MatterEvent[] {
  const what = "移交材料";
  const { state } = r;
  requireRole(r.ctx.actor, STATION_ROLES, what);
  guardAccepted(state, what);
  if (state.status === "delivered" || state.status === "followUp") {
    refuse("ALREADY_DELIVERED", `结果已送达申请人，不能${what}`, state);
  }
  if (state.status === "transferred") refuse("ALREADY_TRANSFERRED", `材料已传递至窗口，不能${what}`, state);
  const holder = state.custody;
  if (!holder || holder.kind !== "agent") {
    refuse(state.status === "completed" ? "RESULT_NOT_RETURNED" : "NOT_CUSTODIAN", `材料目前由${holderLabel(state)}保管，不能在代办员之间${what}`, state);
  }
  const to = cmd.toAgent ?? state.responsibleAgent;
  if (!to || to.id === holder.id) refuse("HANDOVER_NOT_NEEDED", `材料已由代办员${holder.name}保管，无需移交`, state);
  if (r.ctx.actor.id !== holder.id && r.ctx.actor.id !== to.id) {
    refuse("NOT_CUSTODIAN", `移交应由交出材料的${holder.name}或接收材料的${to.name}登记`, state);
  }
  return [r.emit("handedOver", { from: { id: holder.id, name: holder.name }, to })];
}

export function transferToWindow(r: Run, cmd: CommandOf<"transferToWindow">): MatterEvent[] {
  const what = "传递至乡镇（街道）便民服务中心窗口";
  const { state } = r;
  requireRole(r.ctx.actor, STATION_ROLES, what);
  guardAccepted(state, what);
  guardNotCompleted(state, what);
  requireRoute(state, "window", what);
  if (state.status !== "inHandling") refuse("ALREADY_TRANSFERRED", "该事项已传递至窗口，不能重复传递", state);
  requireHandoverDone(state, what);
  const from = requireCustodian(r, "传递");
  if (!cmd.window) refuse("WINDOW_REQUIRED", "没有找到受理该事项的便民服务中心窗口，不能传递", state);
  return [r.emit("transferredToWindow", { window: cmd.window, from })];
}

export function receiveAtWindow(r: Run): MatterEvent[] {
  const what = "接收传递的事项";
  const { state } = r;
  requireRole(r.ctx.actor, WINDOW_ROLES, what);
  guardAccepted(state, what);
  guardNotCompleted(state, what);
  requireRoute(state, "window", what);
  if (state.status === "inHandling") refuse("NOT_TRANSFERRED", "代办站尚未传递该事项，窗口不能接收", state);
  if (state.status !== "transferred") refuse("ALREADY_RECEIVED", "窗口已接收该事项，不能重复接收", state);
  const holder = state.custody;
  if (!holder || holder.kind !== "agent" || !state.window) {
    refuse("NOT_CUSTODIAN", `材料目前由${holderLabel(state)}保管，窗口不能接收`, state);
  }
  const from: AgentRef = { id: holder.id, name: holder.name };
  return [r.emit("receivedAtWindow", { window: state.window, from, staff: { id: r.ctx.actor.id, name: r.ctx.actor.name } })];
}

export function submitToApprovalCenter(r: Run, cmd: CommandOf<"submitToApprovalCenter">): MatterEvent[] {
  const what = "送区行政审批中心办理";
  const { state } = r;
  requireRole(r.ctx.actor, STATION_ROLES, what);
  guardAccepted(state, what);
  guardNotCompleted(state, what);
  requireRoute(state, "approvalCenter", what);
  if (state.status !== "inHandling") refuse("ALREADY_TRANSFERRED", "该事项已送区行政审批中心，不能重复送交", state);
  requireHandoverDone(state, what);
  const from = requireCustodian(r, "送交");
  return [r.emit("submittedToApprovalCenter", { from, officerName: cmd.officerName, note: cmd.note ?? null })];
}

export function complete(r: Run, cmd: CommandOf<"complete">): MatterEvent[] {
  const what = "办结";
  const { state, ctx } = r;
  guardAccepted(state, what);
  guardNotCompleted(state, what);
  if (state.route === "window") {
    requireRole(ctx.actor, WINDOW_ROLES, "办结乡镇（街道）窗口办理的事项");
    if (state.status !== "atWindow") refuse("NOT_AT_WINDOW", "窗口尚未接收该事项，不能办结", state);
  } else if (state.route === "approvalCenter") {
    requireRole(ctx.actor, STATION_ROLES, "登记区行政审批中心的办理结果");
    if (state.status !== "atApprovalCenter") refuse("NOT_AT_APPROVAL_CENTER", "该事项尚未送区行政审批中心，不能办结", state);
  } else {
    requireRole(ctx.actor, STATION_ROLES, what);
    requireHandoverDone(state, what);
    requireCustodian(r, what);
  }
  if (state.pause) {
    refuse("CLOCK_PAUSED", `计时已因「${PAUSE_REASON_LABELS[state.pause.reason]}」暂停，请先恢复计时再办结`, state);
  }
  const consultation = state.mode === "consultation";
  if (consultation !== (cmd.outcome === "answered")) {
    refuse(
      "OUTCOME_NOT_ALLOWED",
      consultation ? "咨询事项的办结结果只能是「已答复」" : "「已答复」只用于咨询事项，请选择准予批准、不予批准或已发证",
      state,
    );
  }
  if (cmd.outcome === "certificateIssued" && cmd.documents.length === 0) {
    refuse("DOCUMENTS_REQUIRED", "已发证须登记所发证照（结果文书）", state);
  }
  return [
    r.emit("completed", {
      outcome: cmd.outcome,
      reason: cmd.outcome === "notApproved" ? (cmd.reason ?? null) : null,
      documents: cmd.documents.map((d) => ({ name: d.name, ...(d.number ? { number: d.number } : {}) })),
      completedOn: shanghaiDate(r.at),
      note: cmd.note ?? null,
    }),
  ];
}

export function guardResultReturn(r: Run, route: Route, holderKind: "window" | "approvalCenter", what: string): AgentRef {
  const { state } = r;
  guardAccepted(state, what);
  requireRoute(state, route, what);
  guardCompleted(state, what);
  if (state.status !== "completed") refuse("ALREADY_DELIVERED", `结果已送达申请人，不能${what}`, state);
  if (state.custody?.kind !== holderKind) refuse("RESULT_ALREADY_RETURNED", "办理结果和材料已返还代办站", state);
  const to = state.responsibleAgent;
  if (!to) refuse("NOT_ACCEPTED", `该事项尚未受理，不能${what}`, state);
  return to;
}

export function returnFromWindow(r: Run, cmd: CommandOf<"returnFromWindow">): MatterEvent[] {
  const what = "返还办理结果";
  requireRole(r.ctx.actor, WINDOW_ROLES, what);
  const to = guardResultReturn(r, "window", "window", what);
  const window = r.state.window;
  if (!window) refuse("NOT_TRANSFERRED", "该事项没有传递记录，不能返还结果", r.state);
  return [
    r.emit("resultReturned", { window, staff: { id: r.ctx.actor.id, name: r.ctx.actor.name }, to, note: cmd.note ?? null }),
  ];
}

export function collectFromApprovalCenter(r: Run, cmd: CommandOf<"collectFromApprovalCenter">): MatterEvent[] {
  const what = "领取区行政审批中心的办理结果";
  requireRole(r.ctx.actor, STATION_ROLES, what);
  guardResultReturn(r, "approvalCenter", "approvalCenter", what);
  return [r.emit("resultCollected", { officerName: cmd.officerName, to: agentOf(r.ctx.actor), note: cmd.note ?? null })];
}
