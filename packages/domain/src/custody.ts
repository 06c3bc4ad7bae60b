import type { Instant } from "./dates";
import type { MatterEvent, MatterEventType } from "./matter/events";
import type { CustodyHolder } from "./matter/state";

/**
 * Chain of custody of the applicant's paper materials (R-FLW-2), derived from the events alone: after
 * acceptance exactly one holder at any time; every hand-over timed, with both sides named.
 */

/** One hand-over of the materials. `from` is null for the first taking-in at acceptance. */
export interface CustodyTransfer {
  at: Instant;
  from: CustodyHolder | null;
  to: CustodyHolder;
  eventType: MatterEventType;
  recordedBy: { id: string; name: string };
}

/** The holder after a custody event, or undefined when the event does not move the materials. */
function holderAfter(e: MatterEvent): CustodyHolder | undefined {
  switch (e.type) {
    case "accepted":
      return { kind: "agent", id: e.data.firstContactAgent.id, name: e.data.firstContactAgent.name };
    case "handedOver":
      return { kind: "agent", id: e.data.to.id, name: e.data.to.name };
    case "receivedAtWindow":
      return {
        kind: "window",
        windowId: e.data.window.id,
        windowName: e.data.window.name,
        staffId: e.data.staff.id,
        staffName: e.data.staff.name,
      };
    case "submittedToApprovalCenter":
      return { kind: "approvalCenter", officerName: e.data.officerName };
    case "resultReturned":
    case "resultCollected":
      return { kind: "agent", id: e.data.to.id, name: e.data.to.name };
    case "delivered":
      return { kind: "applicant", name: e.data.receivedBy };
    default:
      return undefined;
  }
}

/** Every hand-over in order. */
export function custodyChain(events: readonly MatterEvent[]): CustodyTransfer[] {
  const chain: CustodyTransfer[] = [];
  let holder: CustodyHolder | null = null;
  for (const e of events) {
    const next = holderAfter(e);
    if (next === undefined) continue;
    chain.push({ at: e.at, from: holder, to: next, eventType: e.type, recordedBy: { id: e.actor.id, name: e.actor.name } });
    holder = next;
  }
  return chain;
}

/** Who holds the materials after the given events (null before acceptance). */
export function currentCustodian(events: readonly MatterEvent[]): CustodyHolder | null {
  return custodyChain(events).at(-1)?.to ?? null;
}

/** Who held the materials at an instant (null before acceptance). */
export function custodianAt(events: readonly MatterEvent[], at: Instant): CustodyHolder | null {
  const t = Date.parse(at);
  let holder: CustodyHolder | null = null;
  for (const step of custodyChain(events)) {
    if (Date.parse(step.at) > t) break;
    holder = step.to;
  }
  return holder;
}

/** Chinese description of a holder, e.g. "代办员张三". */
export function describeHolder(h: CustodyHolder): string {
  switch (h.kind) {
    case "agent":
      return `代办员${h.name}`;
    case "window":
      return `${h.windowName.endsWith("窗口") ? h.windowName : `${h.windowName}窗口`}（${h.staffName}）`;
    case "approvalCenter":
      return `区行政审批中心（${h.officerName}）`;
    case "applicant":
      return `申请人（${h.name}签收）`;
  }
}
