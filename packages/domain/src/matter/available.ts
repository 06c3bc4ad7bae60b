import { tryDecide } from "./decide";
import { COMMAND_STATUSES } from "./decide";
import type { MatterCommandInput, MatterCommandType } from "./commands";
import type { DecideContext } from "./context";
import type { MatterState } from "./state";
import { FOLLOW_UP_STEPS, PAUSE_REASONS } from "./vocabulary";

/**
 * Refusals that depend only on what the user will fill in, not on whether the act is allowed now: the act is
 * offered and the form asks for the missing piece.
 */
const PAYLOAD_CODES = new Set(["RESPONSIBLE_AGENT_REQUIRED", "INVALID_INPUT"]);

/** Sample payloads that pass validation, one or more per command, to ask the decider whether an act is legal. */
function probes(state: MatterState): MatterCommandInput[][] {
  const firstMissing = state.missing[0]?.key ?? "probe";
  return [
    [{ type: "requestSupplement" }],
    [{ type: "supplyMaterials", materials: [{ key: firstMissing, count: state.missing[0]?.count ?? 1 }] }],
    [{ type: "accept" }],
    [{ type: "reject", reason: "probe" }],
    [{ type: "refer", body: "probe" }],
    [{ type: "handover" }],
    [{ type: "transferToWindow", window: { id: "probe", name: "probe" } }],
    [{ type: "receiveAtWindow" }],
    [{ type: "submitToApprovalCenter", officerName: "probe" }],
    [
      { type: "complete", outcome: "approved" },
      { type: "complete", outcome: "answered" },
    ],
    [{ type: "returnFromWindow" }],
    [{ type: "collectFromApprovalCenter", officerName: "probe" }],
    PAUSE_REASONS.map((reason) => ({ type: "pauseClock" as const, reason })),
    [{ type: "resumeClock" }],
    [{ type: "deliver", method: "inPerson", receivedBy: "probe" }],
    [{ type: "rate", level: "satisfied" }],
    FOLLOW_UP_STEPS.map((step) => ({ type: "recordFollowUp" as const, step, text: "probe" })),
    [{ type: "closeFollowUp" }],
  ];
}

/**
 * The acts this actor may take on this matter now (for the UI's buttons), asked of the decider itself so the
 * rules live in one place: an act is offered when some sample payload is accepted, or refused only for want of
 * a detail the form collects.
 */
export function availableCommands(state: MatterState, ctx: DecideContext): MatterCommandType[] {
  const probeCtx: DecideContext = { ...ctx, receiptNo: ctx.receiptNo ?? "PROBE" };
  const out: MatterCommandType[] = [];
  for (const group of probes(state)) {
    const type = group[0]!.type;
    if (!COMMAND_STATUSES[type].includes(state.status)) continue;
    const ok = group.some((cmd) => {
      const r = tryDecide(state, cmd, probeCtx);
      return r.ok || PAYLOAD_CODES.has(r.error.code);
    });
    if (ok) out.push(type);
  }
  return out;
}
