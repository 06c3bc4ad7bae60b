/** Shared checks of the matter decider: roles, duty, status, custody and route. */
import type { Instant } from "../dates";
import { DomainError } from "../errors";
import { ROLE_LABELS } from "../roles";
import type { Role } from "../roles";
import type { AgentRef } from "./commands";
import type { Actor, DecideContext } from "./context";
import type { ActorRef, MatterEvent } from "./events";
import { COMPLETED_STATUSES, INTAKE_STATUSES, OPEN_HANDLING_STATUSES } from "./state";
import type { MatterState } from "./state";
import type { Route } from "./vocabulary";

export const STATION_ROLES: readonly Role[] = ["agent", "stationHead"];
export const WINDOW_ROLES: readonly Role[] = ["townshipStaff"];
export const FOLLOW_UP_ROLES: readonly Role[] = ["townshipStaff", "townshipSupervisor"];

export type Emit = <T extends MatterEvent["type"]>(type: T, data: Extract<MatterEvent, { type: T }>["data"]) => MatterEvent;

export interface Run {
  state: MatterState;
  ctx: DecideContext;
  at: Instant;
  actor: ActorRef;
  emit: Emit;
}

export function roleLabel(role: Actor["role"]): string {
  return role === "applicant" ? "申请人" : ROLE_LABELS[role];
}

export function requireRole(actor: Actor, roles: readonly (Role | "applicant")[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new DomainError("ROLE_NOT_ALLOWED", `${roleLabel(actor.role)}不能${what}`, { role: actor.role, allowed: roles });
  }
}

export function requireOnDuty(actor: Actor, what: string): void {
  if (actor.onDuty !== true) {
    throw new DomainError("AGENT_NOT_ON_DUTY", `${actor.name}当前未签到在岗，不能${what}；请先签到上岗`, { actorId: actor.id });
  }
}

export function refuse(code: DomainError["code"], message: string, state: MatterState): never {
  throw new DomainError(code, message, { status: state.status });
}

/** Refusals shared by all commands after registration: not registered, rejected, referred, closed. */
export function guardRegistered(state: MatterState, what: string): void {
  switch (state.status) {
    case "new":
      refuse("NOT_REGISTERED", `该事项尚未登记，不能${what}`, state);
      break;
    case "rejected":
      refuse("MATTER_REJECTED", `该事项已退回（不予受理），不能${what}`, state);
      break;
    case "referred":
      refuse("MATTER_REFERRED", `该事项已告知申请人向其他机关申请，不能${what}`, state);
      break;
    case "closed":
      refuse("MATTER_CLOSED", `该事项已办结归档，不能${what}`, state);
      break;
    default:
      break;
  }
}

/** As guardRegistered, and the matter must have been accepted. */
export function guardAccepted(state: MatterState, what: string): void {
  guardRegistered(state, what);
  if (INTAKE_STATUSES.includes(state.status)) refuse("NOT_ACCEPTED", `该事项尚未受理，不能${what}`, state);
}

export function guardNotCompleted(state: MatterState, what: string): void {
  if (COMPLETED_STATUSES.includes(state.status)) refuse("ALREADY_COMPLETED", `该事项已办结，不能${what}`, state);
}

export function guardCompleted(state: MatterState, what: string): void {
  if (OPEN_HANDLING_STATUSES.includes(state.status)) refuse("NOT_COMPLETED", `该事项尚未办结，不能${what}`, state);
}

export function holderLabel(state: MatterState): string {
  const c = state.custody;
  if (!c) return "无人";
  switch (c.kind) {
    case "agent":
      return `代办员${c.name}`;
    case "window":
      return `${c.windowName}（${c.staffName}）`;
    case "approvalCenter":
      return `区行政审批中心（${c.officerName}）`;
    case "applicant":
      return `申请人（${c.name}）`;
  }
}

export function requireCustodian(r: Run, what: string): AgentRef {
  const c = r.state.custody;
  if (!c || c.kind !== "agent" || c.id !== r.ctx.actor.id) {
    refuse("NOT_CUSTODIAN", `材料目前由${holderLabel(r.state)}保管，应由保管人${what}`, r.state);
  }
  return { id: c.id, name: c.name };
}

export function requireHandoverDone(state: MatterState, what: string): void {
  if (state.handoverPending) {
    refuse(
      "HANDOVER_PENDING",
      `首问代办员尚未将材料移交给归口代办员${state.responsibleAgent?.name ?? ""}，不能${what}；请先办理移交`,
      state,
    );
  }
}

export function requireRoute(state: MatterState, route: Route, what: string): void {
  if (state.route === route) return;
  const why: Record<Route, string> = {
    station: "该事项在村（社区）代办站办理",
    window: "该事项由乡镇（街道）便民服务中心窗口办理",
    approvalCenter: "该事项须到区行政审批中心办理",
  };
  refuse("WRONG_ROUTE", `${state.route ? why[state.route] : "该事项尚无办理路径"}，不能${what}`, state);
}

export function agentOf(actor: Actor): AgentRef {
  return actor.phone ? { id: actor.id, name: actor.name, phone: actor.phone } : { id: actor.id, name: actor.name };
}
