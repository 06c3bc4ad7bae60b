import { describe, expect, it } from "vitest";
import { deadlineStatusOn, followUpDeadlineStatus, matterDeadlineStatus, matterLight } from "./lights";
import { Matter, acceptedVillageMatter, applicant, calendar, registerVillage } from "./test-fixtures/matter";

const T = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

/** Accepted Monday 2025-03-03 with 3 working days: promised Thursday 2025-03-06. */
describe("status lights (R-DL-4)", () => {
  it("R-DL-4 green while more than 2 working days remain, yellow within 2, red once overdue", () => {
    const s = acceptedVillageMatter().state;
    expect(matterLight(s, T("2025-03-03"), calendar)).toBe("green");
    expect(matterLight(s, T("2025-03-04"), calendar)).toBe("yellow");
    expect(matterLight(s, T("2025-03-06", "23:59"), calendar)).toBe("yellow");
    expect(matterLight(s, T("2025-03-07", "00:01"), calendar)).toBe("red");
    expect(matterDeadlineStatus(s, T("2025-03-03"), calendar)).toEqual({ kind: "open", light: "green", promisedDate: "2025-03-06", remainingWorkdays: 3, paused: false });
    expect(matterDeadlineStatus(s, T("2025-03-10"), calendar)).toMatchObject({ light: "red", remainingWorkdays: -2 });
  });

  it("R-DL-4 the instant is read as a Shanghai local date (UTC evening is the next day in Shanghai)", () => {
    const s = acceptedVillageMatter().state;
    expect(matterLight(s, "2025-03-06T15:59:00Z", calendar)).toBe("yellow");
    expect(matterLight(s, "2025-03-06T16:01:00Z", calendar)).toBe("red");
  });

  it("R-DL-4 the yellow threshold is configurable", () => {
    const s = acceptedVillageMatter().state;
    expect(matterLight(s, T("2025-03-03"), calendar, { yellowWithinDays: 3 })).toBe("yellow");
    expect(matterLight(s, T("2025-03-05"), calendar, { yellowWithinDays: 0 })).toBe("green");
    expect(matterLight(s, T("2025-03-06"), calendar, { yellowWithinDays: 0 })).toBe("yellow");
    expect(() => matterLight(s, T("2025-03-06"), calendar, { yellowWithinDays: -1 })).toThrow(/黄灯提前量/);
  });

  it("R-DL-4 a matter overdue over a weekend is red", () => {
    expect(matterDeadlineStatus(acceptedVillageMatter().state, T("2025-03-08"), calendar)).toMatchObject({ light: "red", remainingWorkdays: -1 });
  });

  it("R-DL-4 completed matters are on time or late", () => {
    const onTime = acceptedVillageMatter();
    onTime.when({ type: "complete", outcome: "approved" }, { now: T("2025-03-06", "17:00") });
    expect(matterLight(onTime.state, T("2025-03-20"), calendar)).toBe("onTime");
    const late = acceptedVillageMatter();
    late.when({ type: "complete", outcome: "approved" }, { now: T("2025-03-10") });
    expect(matterDeadlineStatus(late.state, T("2025-03-20"), calendar)).toEqual({ kind: "closed", result: "late", promisedDate: "2025-03-06", completedOn: "2025-03-10", lateWorkdays: 2 });
  });

  it("R-DL-4 matters not accepted, rejected or referred have no light", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(matterLight(m.state, T("2025-03-03"), calendar)).toBeNull();
    m.when({ type: "reject", reason: "不符合条件" });
    expect(matterLight(m.state, T("2025-03-03"), calendar)).toBeNull();
  });

  it("R-DL-3 while paused the remaining working days stay as they were when the clock stopped", () => {
    const m = acceptedVillageMatter();
    m.when({ type: "pauseClock", reason: "applicantSupplement" }, { now: T("2025-03-04") });
    expect(matterDeadlineStatus(m.state, T("2025-03-04"), calendar)).toMatchObject({ light: "yellow", remainingWorkdays: 2, paused: true });
    // a week later it would be red without the pause
    expect(matterDeadlineStatus(m.state, T("2025-03-11"), calendar)).toMatchObject({ light: "yellow", remainingWorkdays: 2, promisedDate: "2025-03-13", paused: true });
  });

  it("R-DL-4 lights for a projection row without the full state", () => {
    expect(deadlineStatusOn(calendar, { promisedDate: "2025-02-07" }, "2025-01-24")).toMatchObject({ light: "green", remainingWorkdays: 5 });
    // the last day of the Spring Festival holiday: three working days (2/5, 2/6, 2/7) still remain
    expect(deadlineStatusOn(calendar, { promisedDate: "2025-02-07" }, "2025-02-04")).toMatchObject({ light: "green", remainingWorkdays: 3 });
    expect(deadlineStatusOn(calendar, { promisedDate: "2025-02-07" }, "2025-02-05")).toMatchObject({ light: "yellow", remainingWorkdays: 2 });
    expect(deadlineStatusOn(calendar, { promisedDate: "2025-02-07", completedOn: "2025-02-08" }, "2025-03-01")).toMatchObject({ result: "late", lateWorkdays: 1 });
  });

  it("R-DL-2 a light in a year without calendar data is an error naming the year", () => {
    expect(() => matterLight(acceptedVillageMatter().state, T("2027-01-05"), calendar)).toThrow(/2027年/);
  });

  it("R-FLW-4 the follow-up of a bad rating has its own deadline light", () => {
    const m = acceptedVillageMatter();
    m.when({ type: "complete", outcome: "approved" });
    m.when({ type: "deliver", method: "inPerson", receivedBy: applicant.name });
    m.when({ type: "rate", level: "dissatisfied" }, { now: T("2025-03-04") });
    expect(followUpDeadlineStatus(m.state, T("2025-03-04"), calendar)).toMatchObject({ kind: "open", light: "green", promisedDate: "2025-03-11" });
    expect(followUpDeadlineStatus(m.state, T("2025-03-12"), calendar)).toMatchObject({ kind: "open", light: "red" });
  });
});
