import { describe, expect, it } from "vitest";
import { Matter, acceptedVillageMatter, applicant, consultationItem, townshipItem, windowStaff } from "../test-fixtures/matter";

const T = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

/** Township item (5 working days, site survey) accepted Monday 2025-03-03: promised Monday 2025-03-10. */
function townshipMatter(): Matter {
  const m = new Matter({ item: townshipItem });
  m.when({ type: "register", itemCode: "ZZ-002", applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] });
  m.when({ type: "accept" });
  return m;
}

describe("clock pause and resume (R-DL-3)", () => {
  it("R-DL-3 a site survey pause moves the deadline by the paused working days", () => {
    const m = townshipMatter();
    expect(m.state.promisedDate).toBe("2025-03-10");
    m.when({ type: "pauseClock", reason: "siteSurvey", note: "入户核查家庭收入" }, { now: T("2025-03-04") });
    expect(m.state.pause).toMatchObject({ reason: "siteSurvey", pausedOn: "2025-03-04" });
    const [resumed] = m.when({ type: "resumeClock" }, { now: T("2025-03-06") });
    expect(resumed?.data).toMatchObject({ pausedOn: "2025-03-04", resumedOn: "2025-03-06", pausedWorkdays: 2, previousPromisedDate: "2025-03-10", promisedDate: "2025-03-12" });
    expect(m.state).toMatchObject({ pause: null, promisedDate: "2025-03-12", originalPromisedDate: "2025-03-10" });
    expect(m.state.pauses).toEqual([
      { reason: "siteSurvey", pausedAt: "2025-03-04T02:00:00.000Z", pausedOn: "2025-03-04", resumedAt: "2025-03-06T02:00:00.000Z", resumedOn: "2025-03-06", pausedWorkdays: 2 },
    ]);
  });

  it("R-DL-3 only working days count as paused: Friday to Monday is one working day", () => {
    const m = townshipMatter();
    m.when({ type: "pauseClock", reason: "publicNotice" }, { now: T("2025-03-07") });
    m.when({ type: "resumeClock" }, { now: T("2025-03-10") });
    expect(m.state.pauses[0]?.pausedWorkdays).toBe(1);
    expect(m.state.promisedDate).toBe("2025-03-11");
  });

  it("R-DL-3 pausing and resuming on the same day moves nothing", () => {
    const m = townshipMatter();
    m.when({ type: "pauseClock", reason: "applicantSupplement" }, { now: T("2025-03-04", "09:00") });
    m.when({ type: "resumeClock" }, { now: T("2025-03-04", "15:00") });
    expect(m.state.promisedDate).toBe("2025-03-10");
  });

  it("R-DL-3 a pause across the Spring Festival moves the deadline by working days only", () => {
    const m = new Matter({ item: townshipItem, now: T("2025-01-20") });
    m.when({ type: "register", itemCode: "ZZ-002", applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] });
    m.when({ type: "accept" }, { receiptNo: "R-1" });
    expect(m.state.promisedDate).toBe("2025-01-26"); // 21, 22, 23, 24, then Sunday 26 (调休上班)
    m.when({ type: "pauseClock", reason: "expertReview" }, { now: T("2025-01-24") });
    m.when({ type: "resumeClock" }, { now: T("2025-02-06") }); // (1/24, 2/6]: 1/26, 1/27, 2/5, 2/6
    expect(m.state.pauses[0]?.pausedWorkdays).toBe(4);
    expect(m.state.promisedDate).toBe("2025-02-07"); // 1/26 + 4 working days: 1/27, 2/5, 2/6, 2/7
  });

  it("R-DL-3 the window may pause a matter it is handling", () => {
    const m = townshipMatter();
    m.when({ type: "transferToWindow", window: { id: "w", name: "民政窗口" } });
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff });
    m.when({ type: "pauseClock", reason: "siteSurvey" }, { actor: windowStaff });
    expect(m.state.pause?.reason).toBe("siteSurvey");
  });

  it("R-DL-3 a reason the law does not allow is refused", () => {
    const e = townshipMatter().refused({ type: "pauseClock", reason: "agentOnLeave" });
    expect(e).toMatchObject({ code: "INVALID_INPUT", message: "暂停计时理由不合法（仅限：受理后等待申请人补正材料、现场勘查、专家评审、公示）" });
  });

  it("R-DL-3 a site survey pause for an item that needs no survey is refused", () => {
    expect(acceptedVillageMatter().refused({ type: "pauseClock", reason: "siteSurvey" }).code).toBe("PAUSE_NOT_ALLOWED");
  });

  it("R-DL-3 an on-the-spot item cannot be paused", () => {
    const m = new Matter({ item: consultationItem });
    m.when({ type: "register", itemCode: "ZX-001", applicant, mode: "consultation" });
    m.when({ type: "accept" });
    expect(m.refused({ type: "pauseClock", reason: "expertReview" }).code).toBe("PAUSE_NOT_ALLOWED");
  });

  it("R-DL-3 pausing twice, resuming a running clock, and completing while paused are refused", () => {
    const m = acceptedVillageMatter();
    expect(m.refused({ type: "resumeClock" }).code).toBe("CLOCK_NOT_PAUSED");
    m.when({ type: "pauseClock", reason: "applicantSupplement" });
    expect(m.refused({ type: "pauseClock", reason: "expertReview" }).code).toBe("CLOCK_ALREADY_PAUSED");
    expect(m.refused({ type: "complete", outcome: "approved" })).toMatchObject({ code: "CLOCK_PAUSED", message: "计时已因「受理后等待申请人补正材料」暂停，请先恢复计时再办结" });
  });

  it("R-DL-3 the clock cannot be paused before acceptance or after completion", () => {
    const m = new Matter();
    m.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" });
    expect(m.refused({ type: "pauseClock", reason: "applicantSupplement" }).code).toBe("NOT_ACCEPTED");
    const done = acceptedVillageMatter();
    done.when({ type: "complete", outcome: "approved" });
    expect(done.refused({ type: "pauseClock", reason: "expertReview" }).code).toBe("ALREADY_COMPLETED");
  });

  it("R-DL-3 the window runs the clock while it holds the matter, the station otherwise", () => {
    const m = townshipMatter();
    expect(m.refused({ type: "pauseClock", reason: "siteSurvey" }, { actor: windowStaff }).code).toBe("ROLE_NOT_ALLOWED");
    m.when({ type: "transferToWindow", window: { id: "w1", name: "民政窗口" } });
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff });
    expect(m.refused({ type: "pauseClock", reason: "siteSurvey" }).code).toBe("ROLE_NOT_ALLOWED");
    m.when({ type: "pauseClock", reason: "siteSurvey" }, { actor: windowStaff });
    expect(m.state.pause?.reason).toBe("siteSurvey");
  });
});
