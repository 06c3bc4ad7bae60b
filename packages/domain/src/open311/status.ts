/**
 * How a matter looks to other channels through Open311 GeoReport v2 (R-API-1): its open/closed status, the
 * extended status FixMyStreet uses, who has it in hand, the promised date and its public history. Nothing
 * here names a person: the wording is what any member of the public may read.
 */
import { formatChineseDate } from "../dates";
import type { IsoDate, Instant } from "../dates";
import type { MatterEvent } from "../matter/events";
import { evolve } from "../matter/evolve";
import { initialMatterState } from "../matter/state";
import type { MatterState } from "../matter/state";
import {
  DELIVERY_METHOD_LABELS,
  FOLLOW_UP_STEP_LABELS,
  OUTCOME_LABELS,
  PAUSE_REASON_LABELS,
  RATING_LABELS,
} from "../matter/vocabulary";
import { MATTER_STATUS_LABELS } from "../matter/vocabulary";
import type { MatterStatus } from "../matter/vocabulary";

/** The two statuses of the standard. */
export const OPEN311_STATUSES = ["open", "closed"] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** The extended statuses of FixMyStreet's Open311 extension that a matter can be in (given with extensions=true). */
export const OPEN311_EXTENDED_STATUSES = ["OPEN", "IN_PROGRESS", "ACTION_SCHEDULED", "FIXED", "NO_FURTHER_ACTION", "NOT_COUNCILS_RESPONSIBILITY"] as const;
export type Open311ExtendedStatus = (typeof OPEN311_EXTENDED_STATUSES)[number];

/**
 * open or closed by matter status: a request is closed once the applicant has the result (delivered, rated,
 * followed up, archived) or the station turned it away (rejected) or sent the applicant elsewhere (referred).
 * A completed matter whose result still waits to be delivered is open.
 */
export const OPEN311_STATUS_OF: Record<Exclude<MatterStatus, "new">, Open311Status> = {
  registered: "open",
  awaitingSupplement: "open",
  inHandling: "open",
  transferred: "open",
  atWindow: "open",
  atApprovalCenter: "open",
  completed: "open",
  delivered: "closed",
  followUp: "closed",
  closed: "closed",
  rejected: "closed",
  referred: "closed",
};

/** The matter statuses that show as `open` or `closed` (for filtering in the database). */
export function matterStatusesOf(status: Open311Status): MatterStatus[] {
  return (Object.entries(OPEN311_STATUS_OF) as [MatterStatus, Open311Status][]).filter(([, s]) => s === status).map(([m]) => m);
}

/**
 * The extended status: OPEN while waiting for intake, IN_PROGRESS once accepted, ACTION_SCHEDULED when completed
 * and the result is to be delivered, FIXED when delivered, NO_FURTHER_ACTION when rejected at intake or not
 * approved, NOT_COUNCILS_RESPONSIBILITY when referred to another body.
 */
export function extendedStatusOf(state: MatterState): Open311ExtendedStatus {
  switch (state.status) {
    case "new":
    case "registered":
    case "awaitingSupplement":
      return "OPEN";
    case "inHandling":
    case "transferred":
    case "atWindow":
    case "atApprovalCenter":
      return "IN_PROGRESS";
    case "completed":
      return "ACTION_SCHEDULED";
    case "delivered":
    case "followUp":
    case "closed":
      return state.completion?.outcome === "notApproved" ? "NO_FURTHER_ACTION" : "FIXED";
    case "rejected":
      return "NO_FURTHER_ACTION";
    case "referred":
      return "NOT_COUNCILS_RESPONSIBILITY";
  }
}

/**
 * status_notes: the status in the words of the public progress lookup, with what the applicant needs to know
 * (what to bring, why the clock is paused, where to apply instead).
 */
export function statusNotes(state: MatterState): string {
  const label = MATTER_STATUS_LABELS[state.status];
  if (state.pause) return `${label}（暂停计时：${PAUSE_REASON_LABELS[state.pause.reason]}）`;
  if (state.status === "referred" && state.referral) return `${label}：请向「${state.referral.body}」申请`;
  if (state.status === "registered" && state.missing.length > 0) return `${label}：请携带${state.missing.map((m) => m.name).join("、")}到代办站`;
  if (state.status === "awaitingSupplement") return `${label}：${state.missing.map((m) => m.name).join("、")}`;
  return label;
}

/** Which unit has the matter in hand now (agency_responsible); the API puts the unit's name to it. */
export type AgencyKind = "station" | "window" | "townshipCenter" | "approvalCenter";

export function agencyOf(state: MatterState): { kind: AgencyKind; windowName: string | null } {
  const window = { kind: "window" as const, windowName: state.window?.name ?? null };
  switch (state.status) {
    case "transferred":
    case "atWindow":
      return window;
    case "atApprovalCenter":
      return { kind: "approvalCenter", windowName: null };
    case "completed":
      if (state.custody?.kind === "window") return window;
      if (state.custody?.kind === "approvalCenter") return { kind: "approvalCenter", windowName: null };
      return { kind: "station", windowName: null };
    case "followUp":
      return { kind: "townshipCenter", windowName: null };
    default:
      return { kind: "station", windowName: null };
  }
}

/**
 * expected_datetime: the promised completion date (R-DL-2), as the end of that day in Asia/Shanghai. The
 * promise is "done by that day", whatever the station's office hours, so the day's last second is given.
 */
export function expectedDatetime(promisedDate: IsoDate | null): Instant | null {
  return promisedDate ? `${promisedDate}T23:59:59+08:00` : null;
}

/** One line of public wording per event: what happened, never who, never a reason that may carry personal data. */
export function publicEventNote(e: MatterEvent): string {
  switch (e.type) {
    case "registered":
      return e.actor.role === "applicant" ? "网上申请已提交，待代办站受理" : "代办站已登记，待受理";
    case "supplementRequested":
      return `出具补交材料清单：${e.data.lines.map((l) => l.name).join("、")}`;
    case "materialsSupplied":
      return e.data.stillMissing.length ? `收到材料，仍缺：${e.data.stillMissing.map((l) => l.name).join("、")}` : "收到材料，材料已齐全";
    case "accepted":
      return e.data.timeLimitDays === 0 ? "已受理，当场办结" : `已受理，承诺${formatChineseDate(e.data.promisedDate)}前办结`;
    case "rejected":
      return "已退回（不予受理），书面理由已告知申请人";
    case "referred":
      return `非本站事项，已告知申请人向「${e.data.body}」申请`;
    case "handedOver":
      return "材料已移交归口代办员";
    case "transferredToWindow":
      return `已传递至乡镇（街道）便民服务中心${e.data.window.name}`;
    case "receivedAtWindow":
      return `${e.data.window.name}已接收材料`;
    case "submittedToApprovalCenter":
      return "已送区行政审批中心办理";
    case "completed":
      return `办结：${OUTCOME_LABELS[e.data.outcome]}`;
    case "resultReturned":
      return "窗口已将办理结果返还代办站";
    case "resultCollected":
      return "代办员已从区行政审批中心领回办理结果";
    case "clockPaused":
      return `暂停计时：${PAUSE_REASON_LABELS[e.data.reason]}`;
    case "clockResumed":
      return `恢复计时，承诺办结日期顺延至${formatChineseDate(e.data.promisedDate)}`;
    case "delivered":
      return `办理结果已送达申请人（${DELIVERY_METHOD_LABELS[e.data.method]}）`;
    case "rated":
      return `申请人评价：${RATING_LABELS[e.data.level]}`;
    case "followUpOpened":
      return `启动整改回访，${formatChineseDate(e.data.dueDate)}前办结`;
    case "followUpStepRecorded":
      return `整改回访：${FOLLOW_UP_STEP_LABELS[e.data.step]}`;
    case "followUpClosed":
      return "整改回访办结";
    case "closed":
      return "办结归档";
  }
}

export interface Open311Update {
  /** 1, 2, … in the order of the matter's history. */
  seq: number;
  at: Instant;
  status: Open311Status;
  extendedStatus: Open311ExtendedStatus;
  description: string;
}

/** The public history of a matter: each event with the statuses it led to and its public wording. */
export function open311Updates(events: readonly MatterEvent[]): Open311Update[] {
  let state = initialMatterState();
  return events.map((e, i) => {
    state = evolve(state, e);
    const status = state.status === "new" ? "open" : OPEN311_STATUS_OF[state.status];
    return { seq: i + 1, at: e.at, status, extendedStatus: extendedStatusOf(state), description: publicEventNote(e) };
  });
}
