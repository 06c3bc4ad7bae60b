import type { ServiceItemVersion } from "../catalog";
import { instantMs, isInstant, normalizeInstant } from "../dates";
import type { Instant } from "../dates";
import { DomainError } from "../errors";
import { fieldIssues } from "../schemas";
import { matterCommandSchema } from "./commands";
import type { MatterCommand } from "./commands";
import type { DecideContext } from "./context";
import type { ActorRef, ItemRef, MatterEvent } from "./events";
import type { MatterState } from "./state";
import type { MatterStatus } from "./vocabulary";
import type { Emit, Run } from "./guards";
import { accept, refer, register, reject, requestSupplement, supplyMaterials } from "./intake";
import {
  collectFromApprovalCenter,
  complete,
  handover,
  receiveAtWindow,
  returnFromWindow,
  submitToApprovalCenter,
  transferToWindow,
} from "./handling";
import { pauseClock, resumeClock } from "./clock";
import { closeFollowUp, deliver, rate, recordFollowUp } from "./delivery";

/**
 * The matter decider: command + current state + context → new events, or a DomainError.
 * Pure: it never changes `state`, never reads the clock, and refuses every illegal transition with its own
 * error code (R-FLW-5).
 */

/** Result form of `decide`, for callers that prefer values to exceptions. */
export type DecideResult = { ok: true; events: MatterEvent[] } | { ok: false; error: DomainError };

/** Decides a command; throws DomainError on refusal. `command` is validated with `matterCommandSchema`. */
export function decide(state: MatterState, command: unknown, ctx: DecideContext): MatterEvent[] {
  const parsed = matterCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new DomainError("INVALID_INPUT", issues.map((i) => i.message).join("；"), { issues });
  }
  const cmd = parsed.data;
  const at = resolveAt(cmd.at, ctx.now, state.lastEventAt);
  if (cmd.type !== "register" && state.item) checkItemVersion(state.item, ctx.item);
  const actor: ActorRef = { id: ctx.actor.id, name: ctx.actor.name, role: ctx.actor.role };
  const emit: Emit = (type, data) => ({ type, at, actor, fromStatus: state.status, data }) as MatterEvent;
  return handle({ state, ctx, at, actor, emit }, cmd);
}

/** Like `decide`, but returns the refusal instead of throwing it. Other exceptions still propagate. */
export function tryDecide(state: MatterState, command: unknown, ctx: DecideContext): DecideResult {
  try {
    return { ok: true, events: decide(state, command, ctx) };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: e };
    throw e;
  }
}

function handle(r: Run, cmd: MatterCommand): MatterEvent[] {
  switch (cmd.type) {
    case "register":
      return register(r, cmd);
    case "requestSupplement":
      return requestSupplement(r, cmd);
    case "supplyMaterials":
      return supplyMaterials(r, cmd);
    case "accept":
      return accept(r, cmd);
    case "reject":
      return reject(r, cmd);
    case "refer":
      return refer(r, cmd);
    case "handover":
      return handover(r, cmd);
    case "transferToWindow":
      return transferToWindow(r, cmd);
    case "receiveAtWindow":
      return receiveAtWindow(r);
    case "submitToApprovalCenter":
      return submitToApprovalCenter(r, cmd);
    case "complete":
      return complete(r, cmd);
    case "returnFromWindow":
      return returnFromWindow(r, cmd);
    case "collectFromApprovalCenter":
      return collectFromApprovalCenter(r, cmd);
    case "pauseClock":
      return pauseClock(r, cmd);
    case "resumeClock":
      return resumeClock(r, cmd);
    case "deliver":
      return deliver(r, cmd);
    case "rate":
      return rate(r, cmd);
    case "recordFollowUp":
      return recordFollowUp(r, cmd);
    case "closeFollowUp":
      return closeFollowUp(r, cmd);
  }
}

function resolveAt(at: string | undefined, now: Instant, last: Instant | null): Instant {
  if (!isInstant(now)) throw new DomainError("INVALID_INPUT", `当前时间格式不正确：${now}`, { now });
  const t = at ?? now;
  if (instantMs(t) > instantMs(now)) {
    throw new DomainError("AT_IN_FUTURE", "办理时间不能晚于当前时间", { at: t, now });
  }
  if (last !== null && instantMs(t) < instantMs(last)) {
    throw new DomainError("AT_BEFORE_PREVIOUS_EVENT", "办理时间不能早于该事项上一次办理记录的时间", { at: t, last });
  }
  return normalizeInstant(t);
}

function checkItemVersion(registered: ItemRef, item: ServiceItemVersion): void {
  if (registered.code !== item.code || registered.version !== item.version) {
    throw new DomainError(
      "ITEM_VERSION_MISMATCH",
      `该事项按登记时的「${registered.name}」第${registered.version}版办理，不能按${item.code}第${item.version}版处理`,
      { expected: { code: registered.code, version: registered.version }, got: { code: item.code, version: item.version } },
    );
  }
}

/** Statuses in which a command type can ever succeed, for UIs that show only the possible next actions. */
export const COMMAND_STATUSES: Record<MatterCommand["type"], readonly MatterStatus[]> = {
  register: ["new"],
  requestSupplement: ["registered", "awaitingSupplement"],
  supplyMaterials: ["registered", "awaitingSupplement"],
  accept: ["registered", "awaitingSupplement"],
  reject: ["registered", "awaitingSupplement"],
  refer: ["registered", "awaitingSupplement"],
  handover: ["inHandling", "completed"],
  transferToWindow: ["inHandling"],
  receiveAtWindow: ["transferred"],
  submitToApprovalCenter: ["inHandling"],
  complete: ["inHandling", "atWindow", "atApprovalCenter"],
  returnFromWindow: ["completed"],
  collectFromApprovalCenter: ["completed"],
  pauseClock: ["inHandling", "transferred", "atWindow", "atApprovalCenter"],
  resumeClock: ["inHandling", "transferred", "atWindow", "atApprovalCenter"],
  deliver: ["completed"],
  rate: ["delivered"],
  recordFollowUp: ["followUp"],
  closeFollowUp: ["followUp"],
};
