import { currentCustodian } from "../custody";
import type { MatterEvent } from "./events";
import { COMPLETED_STATUSES, INTAKE_STATUSES } from "./state";
import type { MatterState } from "./state";

/**
 * Impossible states, stated as checks: an empty list means the state is sound. Used by property tests and
 * available to the API as a last guard before persisting.
 */
export function matterInvariantViolations(state: MatterState, events?: readonly MatterEvent[]): string[] {
  const v: string[] = [];
  const accepted = state.acceptedAt !== null;
  if (state.delivery && !state.completion) v.push("送达早于办结");
  if (state.rating && !state.delivery) v.push("未送达即评价");
  if (state.completion && !accepted) v.push("未受理即办结");
  if (state.followUp && !state.rating) v.push("无评价却有整改回访");
  if (accepted && state.custody === null) v.push("受理后无材料保管人");
  if (!accepted && state.custody !== null) v.push("受理前已有材料保管人");
  if (state.promisedDate && state.acceptedOn && state.promisedDate < state.acceptedOn) v.push("承诺办结日期早于受理日期");
  if (state.promisedDate && state.originalPromisedDate && state.promisedDate < state.originalPromisedDate) {
    v.push("承诺办结日期被提前");
  }
  if (state.completion && state.pause) v.push("办结时仍在暂停计时");
  if (COMPLETED_STATUSES.includes(state.status) && !state.completion) v.push("状态为已办结但无办结记录");
  if (INTAKE_STATUSES.includes(state.status) && accepted) v.push("已受理却处于受理前状态");
  if (state.status === "delivered" && state.custody?.kind !== "applicant") v.push("已送达但材料未返还申请人");
  if (state.delivery && state.custody?.kind !== "applicant") v.push("送达后材料保管人不是申请人");
  if (state.status === "closed" && !state.rating) v.push("未评价即归档");
  if (state.rejection && accepted) v.push("既退回又受理");
  if (events) {
    const derived = currentCustodian(events);
    if (JSON.stringify(derived) !== JSON.stringify(state.custody)) v.push("由事件推导的保管人与状态不一致");
    if (events.length !== state.version) v.push("版本号与事件数不一致");
  }
  return v;
}
