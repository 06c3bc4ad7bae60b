import type { AgentRef } from "./commands";
import type { MatterEvent, MaterialReceived } from "./events";
import { initialMatterState } from "./state";
import type { CustodyHolder, MatterState } from "./state";

function agentHolder(a: AgentRef): CustodyHolder {
  return { kind: "agent", id: a.id, name: a.name };
}

function addMaterials(have: readonly MaterialReceived[], more: readonly MaterialReceived[]): MaterialReceived[] {
  const out = have.map((m) => ({ ...m }));
  for (const m of more) {
    const found = out.find((o) => o.key === m.key);
    if (found) found.count += m.count;
    else out.push({ ...m });
  }
  return out;
}

/**
 * Applies one event to a state and returns the new state (the input is not modified). Events are facts
 * already decided: evolve does no checking.
 */
export function evolve(state: MatterState, event: MatterEvent): MatterState {
  const s: MatterState = { ...state, version: state.version + 1, lastEventAt: event.at };
  switch (event.type) {
    case "registered": {
      const d = event.data;
      return {
        ...s,
        status: "registered",
        item: d.item,
        applicant: d.applicant,
        mode: d.mode,
        authorization: d.authorization,
        materials: d.materials,
        fees: d.fees,
        missing: d.missing,
        registeredAt: event.at,
        registeredBy: event.actor,
        note: d.note,
      };
    }
    case "supplementRequested": {
      const defective = new Set(event.data.lines.filter((l) => l.why === "defective").map((l) => l.key));
      return {
        ...s,
        status: "awaitingSupplement",
        supplementNotice: event.data.lines,
        missing: event.data.lines,
        materials: s.materials.filter((m) => !defective.has(m.key)),
      };
    }
    case "materialsSupplied":
      return { ...s, materials: addMaterials(s.materials, event.data.supplied), missing: event.data.stillMissing };
    case "accepted": {
      const d = event.data;
      return {
        ...s,
        status: "inHandling",
        receiptNo: d.receiptNo,
        acceptedAt: event.at,
        acceptedOn: d.acceptedOn,
        originalPromisedDate: d.promisedDate,
        promisedDate: d.promisedDate,
        deadlineExplanation: d.deadlineExplanation,
        route: d.route,
        firstContactAgent: d.firstContactAgent,
        responsibleAgent: d.responsibleAgent,
        handoverPending: d.firstContactAgent.id !== d.responsibleAgent.id,
        custody: agentHolder(d.firstContactAgent),
        missing: [],
      };
    }
    case "rejected":
      return { ...s, status: "rejected", rejection: { reason: event.data.reason, at: event.at, by: event.actor } };
    case "referred":
      return {
        ...s,
        status: "referred",
        referral: { body: event.data.body, note: event.data.note, at: event.at, by: event.actor },
      };
    case "handedOver":
      return {
        ...s,
        custody: agentHolder(event.data.to),
        handoverPending: s.responsibleAgent !== null && event.data.to.id !== s.responsibleAgent.id,
      };
    case "transferredToWindow":
      return { ...s, status: "transferred", window: event.data.window };
    case "receivedAtWindow":
      return {
        ...s,
        status: "atWindow",
        custody: {
          kind: "window",
          windowId: event.data.window.id,
          windowName: event.data.window.name,
          staffId: event.data.staff.id,
          staffName: event.data.staff.name,
        },
      };
    case "submittedToApprovalCenter":
      return { ...s, status: "atApprovalCenter", custody: { kind: "approvalCenter", officerName: event.data.officerName } };
    case "completed":
      return {
        ...s,
        status: "completed",
        completion: {
          outcome: event.data.outcome,
          reason: event.data.reason,
          documents: event.data.documents,
          note: event.data.note ?? null,
          at: event.at,
          completedOn: event.data.completedOn,
          by: event.actor,
        },
      };
    case "resultReturned":
    case "resultCollected":
      return { ...s, custody: agentHolder(event.data.to) };
    case "clockPaused":
      return { ...s, pause: { reason: event.data.reason, pausedAt: event.at, pausedOn: event.data.pausedOn } };
    case "clockResumed":
      return {
        ...s,
        pause: null,
        promisedDate: event.data.promisedDate,
        pauses: [
          ...s.pauses,
          {
            reason: event.data.reason,
            pausedAt: s.pause?.pausedAt ?? event.at,
            pausedOn: event.data.pausedOn,
            resumedAt: event.at,
            resumedOn: event.data.resumedOn,
            pausedWorkdays: event.data.pausedWorkdays,
          },
        ],
      };
    case "delivered":
      return {
        ...s,
        status: "delivered",
        custody: { kind: "applicant", name: event.data.receivedBy },
        delivery: {
          method: event.data.method,
          receivedBy: event.data.receivedBy,
          at: event.at,
          by: event.actor,
          note: event.data.note,
        },
      };
    case "rated":
      return { ...s, rating: { level: event.data.level, comment: event.data.comment, at: event.at, by: event.actor } };
    case "followUpOpened":
      return {
        ...s,
        status: "followUp",
        followUp: { openedAt: event.at, days: event.data.days, dueDate: event.data.dueDate, steps: [], closedAt: null, closedOn: null },
      };
    case "followUpStepRecorded":
      return s.followUp
        ? {
            ...s,
            followUp: {
              ...s.followUp,
              steps: [...s.followUp.steps, { step: event.data.step, text: event.data.text, at: event.at, by: event.actor }],
            },
          }
        : s;
    case "followUpClosed":
      return s.followUp ? { ...s, followUp: { ...s.followUp, closedAt: event.at, closedOn: event.data.closedOn } } : s;
    case "closed":
      return { ...s, status: "closed", closedAt: event.at };
  }
}

/** Folds a history into a state. */
export function replay(events: readonly MatterEvent[], from: MatterState = initialMatterState()): MatterState {
  return events.reduce(evolve, from);
}
