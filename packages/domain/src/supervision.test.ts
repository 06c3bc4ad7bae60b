import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RATING_LEVELS } from "./matter/vocabulary";
import { createCalendar } from "./calendar";
import { attendancePercent, countLights, dutyExpected, overdueFirst, ratingDistribution, villageHealth } from "./supervision";
import { CALENDAR_ROWS_2024_2026 } from "./test-fixtures/calendar-2024-2026";
import type { VillageSignals } from "./supervision";

const calm: VillageSignals = {
  station: "operating",
  lights: { green: 3, yellow: 0, red: 0 },
  overdueFollowUps: 0,
  openEscalations: 0,
  openComplaints: 0,
  onDuty: 1,
  agents: 3,
  dutyExpected: true,
};

describe("township supervision (督查)", () => {
  it("R-SUP-1 counts open matters by light and ignores rows without a light", () => {
    const rows = [{ light: "green" }, { light: "red" }, { light: "red" }, { light: "yellow" }, { light: null }, { light: "onTime" }];
    expect(countLights(rows)).toEqual({ green: 1, yellow: 1, red: 2 });
  });

  it("R-SUP-1 lists overdue matters most overdue first", () => {
    const rows = [
      { id: "a", light: "red", remainingWorkdays: -1, promisedDate: "2026-11-20" },
      { id: "b", light: "green", remainingWorkdays: 4, promisedDate: "2026-11-30" },
      { id: "c", light: "red", remainingWorkdays: -6, promisedDate: "2026-11-13" },
      { id: "d", light: "red", remainingWorkdays: -1, promisedDate: "2026-11-19" },
    ];
    expect(overdueFirst(rows).map((r) => r.id)).toEqual(["c", "d", "a"]);
  });

  it("R-SUP-1 rating distribution: counts per level sum to the total and satisfaction excludes 不满意 and 非常不满意", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RATING_LEVELS), { maxLength: 200 }), (levels) => {
        const d = ratingDistribution(levels);
        expect(Object.values(d.counts).reduce((a, b) => a + b, 0)).toBe(levels.length);
        expect(d.bad).toBe(d.counts.dissatisfied + d.counts.veryDissatisfied);
        if (levels.length === 0) expect(d.satisfactionPercent).toBeNull();
        else {
          expect(d.satisfactionPercent).toBeGreaterThanOrEqual(0);
          expect(d.satisfactionPercent).toBeLessThanOrEqual(100);
          expect(Math.abs(d.satisfactionPercent! - ((levels.length - d.bad) * 100) / levels.length)).toBeLessThanOrEqual(0.05);
        }
      }),
    );
    expect(ratingDistribution(["satisfied", "satisfied", "dissatisfied"]).satisfactionPercent).toBe(66.7);
  });

  it("R-SUP-1 a village is green only when nothing needs the centre's attention", () => {
    expect(villageHealth(calm)).toEqual({ light: "green", reasons: [] });
    expect(villageHealth({ ...calm, lights: { green: 1, yellow: 2, red: 0 } })).toEqual({ light: "yellow", reasons: ["2件事项临近期限"] });
    expect(villageHealth({ ...calm, onDuty: 0 }).reasons).toEqual(["当前无代办员签到在岗"]);
    expect(villageHealth({ ...calm, onDuty: 0, dutyExpected: false }).light).toBe("green");
    expect(villageHealth({ ...calm, station: "building", onDuty: 0 })).toEqual({ light: "yellow", reasons: ["代办站建设中，尚未确认规范运行"] });
    expect(villageHealth({ ...calm, station: "none", agents: 0, onDuty: 0, lights: { green: 0, yellow: 0, red: 0 } }).reasons).toEqual(["尚未建站"]);
    const red = villageHealth({ ...calm, lights: { green: 0, yellow: 1, red: 2 }, overdueFollowUps: 1, openEscalations: 1, openComplaints: 2 });
    expect(red.light).toBe("red");
    expect(red.reasons).toEqual(["2件事项超期", "1件差评整改回访超期", "1件上报投诉待中心处理", "1件事项临近期限", "2件投诉未办结"]);
  });

  it("R-SUP-1 the village light is red exactly when something is overdue or escalated", () => {
    const signals = fc.record({
      station: fc.constantFrom("none" as const, "building" as const, "operating" as const),
      lights: fc.record({ green: fc.nat(5), yellow: fc.nat(5), red: fc.nat(5) }),
      overdueFollowUps: fc.nat(3),
      openEscalations: fc.nat(3),
      openComplaints: fc.nat(3),
      onDuty: fc.nat(3),
      agents: fc.nat(4),
      dutyExpected: fc.boolean(),
    });
    fc.assert(
      fc.property(signals, (s) => {
        const h = villageHealth(s);
        expect(h.light === "red").toBe(s.lights.red > 0 || s.overdueFollowUps > 0 || s.openEscalations > 0);
        expect(h.light === "green").toBe(h.reasons.length === 0);
      }),
    );
  });

  it("R-SUP-1 attendance share never exceeds 100% and is null when nobody was expected", () => {
    expect(attendancePercent(0, 0)).toBeNull();
    expect(attendancePercent(9, 12)).toBe(75);
    expect(attendancePercent(13, 12)).toBe(100);
  });

  it("R-SUP-1 R-RUL-5 agents are expected on duty only in office hours of a working day", () => {
    const cal = createCalendar(CALENDAR_ROWS_2024_2026);
    expect(dutyExpected(cal, "2026-03-02T10:00:00+08:00")).toBe(true); // Monday morning
    expect(dutyExpected(cal, "2026-03-02T08:29:00+08:00")).toBe(false);
    expect(dutyExpected(cal, "2026-03-02T17:30:00+08:00")).toBe(false);
    expect(dutyExpected(cal, "2026-03-02T03:00:00+08:00")).toBe(false); // night
    expect(dutyExpected(cal, "2026-03-01T10:00:00+08:00")).toBe(false); // Sunday
    expect(dutyExpected(cal, "2026-10-01T10:00:00+08:00")).toBe(false); // National Day
    expect(dutyExpected(cal, "2026-01-04T10:00:00+08:00")).toBe(true); // Sunday made a working day (调休)
    expect(dutyExpected(cal, "2027-03-01T10:00:00+08:00")).toBe(true); // a Monday of a year without calendar data
  });
});
