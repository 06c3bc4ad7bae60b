import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { custodyChain } from "../custody";
import { addDays, instantMs } from "../dates";
import { DomainError } from "../errors";
import {
  agentLi,
  agentOffDuty,
  agentZhang,
  applicant,
  applicantActor,
  consultationItem,
  ctx,
  districtItem,
  supervisor,
  townshipItem,
  villageItem,
  windowStaff,
} from "../test-fixtures/matter";
import type { Actor } from "./context";
import { COMMAND_STATUSES, decide } from "./decide";
import type { MatterEvent } from "./events";
import { evolve } from "./evolve";
import { matterInvariantViolations } from "./invariants";
import { initialMatterState } from "./state";
import type { MatterState } from "./state";
import type { MatterStatus } from "./vocabulary";

const ITEMS = [villageItem, townshipItem, districtItem, consultationItem];
const ACTORS: Actor[] = [agentZhang, agentLi, agentOffDuty, windowStaff, supervisor, applicantActor];

function commandsFor(itemIndex: number): { type: string; [k: string]: unknown }[] {
  const item = ITEMS[itemIndex] ?? villageItem;
  const allMaterials = item.materials.map((m) => ({ key: m.key, count: m.count }));
  const someMaterials = allMaterials.slice(0, 1).map((m) => ({ ...m, count: 1 }));
  return [
    { type: "register", itemCode: item.code, applicant, mode: "assisted", materials: allMaterials },
    { type: "register", itemCode: item.code, applicant, mode: "assisted", materials: someMaterials },
    { type: "register", itemCode: item.code, applicant, mode: "consultation" },
    { type: "register", itemCode: item.code, applicant, mode: "agency", materials: allMaterials, authorization: { agentId: "a-zhang", agentName: "张红", signedOn: "2025-03-01", scope: "代办" } },
    { type: "requestSupplement" },
    { type: "supplyMaterials", materials: allMaterials.length ? allMaterials : [{ key: "x", count: 1 }] },
    { type: "accept" },
    { type: "accept", responsibleAgent: { id: "a-zhang", name: "张红" } },
    { type: "reject", reason: "不符合条件" },
    { type: "refer", body: "区民政局" },
    { type: "handover" },
    { type: "handover", toAgent: { id: "a-li", name: "李明" } },
    { type: "transferToWindow", window: { id: "w1", name: "民政窗口" } },
    { type: "receiveAtWindow" },
    { type: "submitToApprovalCenter", officerName: "周审批" },
    { type: "complete", outcome: "approved" },
    { type: "complete", outcome: "answered" },
    { type: "complete", outcome: "notApproved", reason: "不符合条件" },
    { type: "returnFromWindow" },
    { type: "collectFromApprovalCenter", officerName: "周审批" },
    { type: "pauseClock", reason: "expertReview" },
    { type: "resumeClock" },
    { type: "deliver", method: "inPerson", receivedBy: "刘大爷" },
    { type: "rate", level: "satisfied" },
    { type: "rate", level: "veryDissatisfied" },
    { type: "recordFollowUp", step: "callBack", text: "回访" },
    { type: "recordFollowUp", step: "rectification", text: "整改" },
    { type: "recordFollowUp", step: "result", text: "结果" },
    { type: "recordFollowUp", step: "applicantView", text: "满意" },
    { type: "closeFollowUp" },
  ];
}

const step = fc.record({
  /** Pick among commands that could apply in the current status, or any command. */
  plausible: fc.boolean(),
  /** Let the actor be the one the command needs (the holder of the materials, the window…), or anyone. */
  fitting: fc.boolean(),
  command: fc.nat(),
  actor: fc.nat(),
  minutes: fc.integer({ min: 0, max: 2 * 24 * 60 }),
});
const scenario = fc.record({ item: fc.nat({ max: ITEMS.length - 1 }), steps: fc.array(step, { minLength: 20, maxLength: 80 }) });

const reached = new Set<MatterStatus>();

function fittingActor(type: string, state: MatterState): Actor {
  if (["receiveAtWindow", "returnFromWindow"].includes(type)) return windowStaff;
  if (type === "complete" && state.route === "window") return windowStaff;
  if (["recordFollowUp", "closeFollowUp"].includes(type)) return supervisor;
  if (type === "rate") return applicantActor;
  const holder = state.custody;
  if (holder?.kind === "agent") return holder.id === agentLi.id ? agentLi : agentZhang;
  return agentZhang;
}

function run(itemIndex: number, steps: { plausible: boolean; fitting: boolean; command: number; actor: number; minutes: number }[]) {
  const item = ITEMS[itemIndex] ?? villageItem;
  const all = commandsFor(itemIndex);
  let state: MatterState = initialMatterState();
  const events: MatterEvent[] = [];
  let now = instantMs("2025-03-03T09:00:00+08:00");
  let receipt = 0;
  for (const s of steps) {
    now += s.minutes * 60_000;
    const pool = s.plausible ? all.filter((c) => COMMAND_STATUSES[c.type as keyof typeof COMMAND_STATUSES].includes(state.status)) : all;
    const command = pool[s.command % Math.max(pool.length, 1)];
    if (!command) continue;
    const actor = s.fitting ? fittingActor(command.type, state) : (ACTORS[s.actor % ACTORS.length] as Actor);
    const before = JSON.stringify(state);
    try {
      receipt += 1;
      const produced = decide(state, command, ctx({ item, actor, now: new Date(now).toISOString(), receiptNo: `R-${receipt}` }));
      for (const e of produced) {
        expect(e.fromStatus).toBe(state.status);
        state = evolve(state, e);
        events.push(e);
      }
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      expect(JSON.stringify(state)).toBe(before); // refusals change nothing
    }
    reached.add(state.status);
    const violations = matterInvariantViolations(state, events);
    if (violations.length > 0) throw new Error(`${violations.join("；")} after ${events.map((e) => e.type).join(" → ")}`);
  }
  return { state, events };
}

describe("random command sequences", () => {
  it("R-FLW-5 never produce an impossible state (delivery before completion, rating without delivery, two holders, deadline before acceptance)", () => {
    fc.assert(
      fc.property(scenario, ({ item, steps }) => {
        const { state, events } = run(item, steps);
        // custody: exactly one holder after acceptance, each hand-over from the previous holder
        const chain = custodyChain(events);
        for (let i = 1; i < chain.length; i += 1) expect(chain[i]?.from).toEqual(chain[i - 1]?.to);
        if (state.acceptedAt) expect(chain.length).toBeGreaterThan(0);
        // times never go backwards
        for (let i = 1; i < events.length; i += 1) expect(instantMs(events[i]!.at)).toBeGreaterThanOrEqual(instantMs(events[i - 1]!.at));
        // deadline never before acceptance
        if (state.promisedDate && state.acceptedOn) expect(state.promisedDate >= state.acceptedOn).toBe(true);
        if (state.promisedDate && state.acceptedOn && state.item && state.pauses.length === 0) {
          expect(state.promisedDate <= addDays(state.acceptedOn, 60)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // the generator really explores the workflow, not just refusals
    for (const s of ["rejected", "referred", "atWindow", "atApprovalCenter", "delivered", "followUp", "closed"] as const) {
      expect(reached.has(s), s).toBe(true);
    }
  });
});
