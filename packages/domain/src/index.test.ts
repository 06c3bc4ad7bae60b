import { describe, expect, it } from "vitest";
import * as domain from "./index";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";
import { applicant, villageItem } from "./test-fixtures/matter";

describe("public API", () => {
  it("R-FLW-5 a whole matter runs through the package entry point alone", () => {
    const calendar = domain.createCalendar(CALENDAR_ROWS_2024_2026);
    const actor: domain.Actor = { id: "a1", name: "张红", role: "agent", onDuty: true, scope: [villageItem.code] };
    const base = { actor, item: villageItem, calendar, receiptNo: "R-1" };
    const commands: domain.MatterCommandInput[] = [
      { type: "register", itemCode: villageItem.code, applicant, mode: "assisted", materials: [{ key: "idCopy", count: 2 }, { key: "hukou", count: 1 }] },
      { type: "accept" },
      { type: "complete", outcome: "approved" },
      { type: "deliver", method: "inPerson", receivedBy: applicant.name },
      { type: "rate", level: "verySatisfied" },
    ];
    let state = domain.initialMatterState();
    const events: domain.MatterEvent[] = [];
    for (const c of commands) {
      const produced = domain.decide(state, domain.matterCommandSchema.parse(c), { ...base, now: "2025-03-03T10:00:00+08:00" });
      events.push(...produced);
      state = produced.reduce(domain.evolve, state);
    }
    expect(state.status).toBe("closed");
    expect(domain.matterLight(state, "2025-03-10T10:00:00+08:00", calendar)).toBe("onTime");
    expect(domain.matterInvariantViolations(state, events)).toEqual([]);
    expect(domain.MATTER_STATUS_LABELS[state.status]).toBe("已办结归档");
  });
});
