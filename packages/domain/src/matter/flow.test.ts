import { describe, expect, it } from "vitest";
import { custodianAt, custodyChain, describeHolder } from "../custody";
import {
  Matter,
  acceptedVillageMatter,
  agentLi,
  agentZhang,
  applicant,
  applicantActor,
  ctx,
  districtItem,
  supervisor,
  townshipItem,
  villageItem,
  windowStaff,
} from "../test-fixtures/matter";
import { tryDecide } from "./decide";
import { replay } from "./evolve";
import { matterInvariantViolations } from "./invariants";

const T = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

function townshipMatter(): Matter {
  const m = new Matter({ item: townshipItem });
  m.when({ type: "register", itemCode: "ZZ-002", applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] });
  m.when({ type: "accept" });
  return m;
}

function districtMatter(): Matter {
  const m = new Matter({ item: districtItem });
  m.when({ type: "register", itemCode: "ZZ-003", applicant, mode: "assisted", materials: [{ key: "contract", count: 1 }] });
  m.when({ type: "accept" });
  return m;
}

const window = { id: "win-3", name: "民政窗口" };

function ctxFor(m: Matter) {
  return ctx({ now: m.clock });
}

describe("routing by level (R-FLW-1)", () => {
  it("R-FLW-1 a village item is handled and completed at the station by the responsible agent", () => {
    const m = acceptedVillageMatter();
    expect(m.state.route).toBe("station");
    m.when({ type: "complete", outcome: "certificateIssued", documents: [{ name: "独生子女光荣证", number: "0012" }] }, { now: T("2025-03-05") });
    expect(m.state).toMatchObject({ status: "completed", completion: { outcome: "certificateIssued", completedOn: "2025-03-05" } });
  });

  it("R-FLW-1 a township item is transferred to the window, received, handled and returned", () => {
    const m = townshipMatter();
    expect(m.state.route).toBe("window");
    m.when({ type: "transferToWindow", window }, { now: T("2025-03-03", "15:00") });
    expect(m.state.status).toBe("transferred");
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff, now: T("2025-03-04", "09:00") });
    expect(m.state.status).toBe("atWindow");
    m.when({ type: "complete", outcome: "approved", documents: [{ name: "低保审批表" }] }, { actor: windowStaff, now: T("2025-03-07") });
    expect(m.state).toMatchObject({ status: "completed", custody: { kind: "window" } });
    m.when({ type: "returnFromWindow", note: "随结果返还" }, { actor: windowStaff, now: T("2025-03-07", "16:00") });
    expect(m.state.custody).toEqual({ kind: "agent", id: "a-zhang", name: "张红" });
  });

  it("R-FLW-1 only a township window receives a transferred matter", () => {
    const m = townshipMatter();
    m.when({ type: "transferToWindow", window });
    expect(m.refused({ type: "receiveAtWindow" }, { actor: agentZhang }).code).toBe("ROLE_NOT_ALLOWED");
    expect(m.refused({ type: "receiveAtWindow" }, { actor: supervisor }).message).toContain("便民服务中心督查人员不能接收传递的事项");
  });

  it("R-FLW-1 a transfer names the window that handles the item, or is refused", () => {
    const m = townshipMatter();
    expect(m.refused({ type: "transferToWindow" }).code).toBe("WINDOW_REQUIRED");
    m.when({ type: "transferToWindow", window });
    expect(m.state.window).toEqual(window);
  });

  it("R-FLW-1 the window cannot receive before the station transfers, nor twice", () => {
    const m = townshipMatter();
    expect(m.refused({ type: "receiveAtWindow" }, { actor: windowStaff }).code).toBe("NOT_TRANSFERRED");
    m.when({ type: "transferToWindow", window });
    expect(m.refused({ type: "transferToWindow", window }).code).toBe("ALREADY_TRANSFERRED");
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff });
    expect(m.refused({ type: "receiveAtWindow" }, { actor: windowStaff }).code).toBe("ALREADY_RECEIVED");
  });

  it("R-FLW-1 a township item cannot be completed at the station nor before the window has it", () => {
    const m = townshipMatter();
    expect(m.refused({ type: "complete", outcome: "approved" }).code).toBe("ROLE_NOT_ALLOWED");
    expect(m.refused({ type: "complete", outcome: "approved" }, { actor: windowStaff }).code).toBe("NOT_AT_WINDOW");
  });

  it("R-FLW-1 a village item is not transferred and a township item is not taken to the approval centre", () => {
    expect(acceptedVillageMatter().refused({ type: "transferToWindow", window }).code).toBe("WRONG_ROUTE");
    const e = townshipMatter().refused({ type: "submitToApprovalCenter", officerName: "周" });
    expect(e).toMatchObject({ code: "WRONG_ROUTE", message: "该事项由乡镇（街道）便民服务中心窗口办理，不能送区行政审批中心办理" });
  });

  it("R-FLW-1 a district item is taken to the approval centre (visit recorded), the result recorded and collected", () => {
    const m = districtMatter();
    expect(m.state.route).toBe("approvalCenter");
    expect(m.refused({ type: "complete", outcome: "approved" }).code).toBe("NOT_AT_APPROVAL_CENTER");
    const [visit] = m.when({ type: "submitToApprovalCenter", officerName: "周审批", note: "陪同申请人到区行政审批中心国土窗口" }, { now: T("2025-03-04") });
    expect(visit).toMatchObject({ type: "submittedToApprovalCenter", data: { from: { id: "a-zhang" }, officerName: "周审批" } });
    m.when({ type: "complete", outcome: "notApproved", reason: "承包合同与登记簿不一致" }, { now: T("2025-03-10") });
    expect(m.state.completion).toMatchObject({ outcome: "notApproved", reason: "承包合同与登记簿不一致" });
    expect(m.refused({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" }, { now: T("2025-03-10", "11:00") }).code).toBe("RESULT_NOT_RETURNED");
    m.when({ type: "collectFromApprovalCenter", officerName: "周审批" }, { now: T("2025-03-11") });
    expect(m.state.custody).toEqual({ kind: "agent", id: "a-zhang", name: "张红" });
    expect(m.refused({ type: "collectFromApprovalCenter", officerName: "周审批" }, { now: T("2025-03-11") }).code).toBe("RESULT_ALREADY_RETURNED");
  });
});

describe("chain of custody (R-FLW-2)", () => {
  it("R-FLW-2 every hand-over is timed with both sides named, and one holder at a time", () => {
    const m = new Matter({ item: townshipItem });
    m.when({ type: "register", itemCode: "ZZ-002", applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] }, { actor: agentLi });
    m.when({ type: "accept", responsibleAgent: { id: "a-zhang", name: "张红" } }, { actor: agentLi });
    m.when({ type: "handover" }, { actor: agentLi, now: T("2025-03-03", "14:00") });
    m.when({ type: "transferToWindow", window }, { now: T("2025-03-03", "15:00") });
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff, now: T("2025-03-04", "09:00") });
    m.when({ type: "complete", outcome: "approved" }, { actor: windowStaff, now: T("2025-03-06") });
    m.when({ type: "returnFromWindow" }, { actor: windowStaff, now: T("2025-03-06", "15:00") });
    m.when({ type: "deliver", method: "doorstep", receivedBy: "刘大爷" }, { now: T("2025-03-07") });
    const chain = custodyChain(m.events);
    expect(chain.map((c) => [c.at, c.from ? describeHolder(c.from) : null, describeHolder(c.to)])).toEqual([
      ["2025-03-03T02:00:00.000Z", null, "代办员李明"],
      ["2025-03-03T06:00:00.000Z", "代办员李明", "代办员张红"],
      ["2025-03-04T01:00:00.000Z", "代办员张红", "民政窗口（赵敏）"],
      ["2025-03-06T07:00:00.000Z", "民政窗口（赵敏）", "代办员张红"],
      ["2025-03-07T02:00:00.000Z", "代办员张红", "申请人（刘大爷签收）"],
    ]);
    // the materials stay with the sending agent until the window receives them
    expect(custodianAt(m.events, T("2025-03-03", "20:00"))).toEqual({ kind: "agent", id: "a-zhang", name: "张红" });
    expect(custodianAt(m.events, T("2025-03-05"))).toMatchObject({ kind: "window", staffName: "赵敏" });
    expect(custodianAt(m.events, T("2025-03-03", "09:00"))).toBeNull();
    expect(matterInvariantViolations(m.state, m.events)).toEqual([]);
  });

  it("R-FLW-2 only the agent holding the materials can pass them on", () => {
    const m = townshipMatter();
    const e = m.refused({ type: "transferToWindow", window }, { actor: agentLi });
    expect(e.code).toBe("NOT_CUSTODIAN");
    expect(e.message).toContain("材料目前由代办员张红保管");
  });

  it("R-FLW-2 no custody before acceptance", () => {
    const m = new Matter();
    m.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" });
    expect(m.state.custody).toBeNull();
    expect(custodyChain(m.events)).toEqual([]);
  });
});

describe("completion, delivery and rating (R-FLW-3, R-FLW-4)", () => {
  function completed(): Matter {
    const m = acceptedVillageMatter();
    m.when({ type: "complete", outcome: "certificateIssued", documents: [{ name: "独生子女光荣证" }] }, { now: T("2025-03-05") });
    return m;
  }
  function delivered(): Matter {
    const m = completed();
    m.when({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" }, { now: T("2025-03-06") });
    return m;
  }

  it("R-FLW-3 completion records the outcome and the result documents", () => {
    const m = completed();
    expect(m.state.completion).toMatchObject({ outcome: "certificateIssued", documents: [{ name: "独生子女光荣证" }], by: { id: "a-zhang" } });
  });

  it("R-FLW-3 not approved needs a reason; certificate issued needs the certificate; answered is for consultations", () => {
    const m = acceptedVillageMatter();
    expect(m.refused({ type: "complete", outcome: "notApproved" })).toMatchObject({ code: "INVALID_INPUT", message: "不予批准理由不能为空" });
    expect(m.refused({ type: "complete", outcome: "certificateIssued" }).code).toBe("DOCUMENTS_REQUIRED");
    expect(m.refused({ type: "complete", outcome: "answered" }).code).toBe("OUTCOME_NOT_ALLOWED");
    expect(m.refused({ type: "complete", outcome: "granted" }).message).toBe("办结结果不正确");
  });

  it("R-FLW-3 completing twice is refused", () => {
    expect(completed().refused({ type: "complete", outcome: "approved" }, { now: T("2025-03-05", "11:00") }).code).toBe("ALREADY_COMPLETED");
  });

  it("R-FLW-3 delivery records how, when and by whom, and returns the materials to the applicant", () => {
    const m = delivered();
    expect(m.state).toMatchObject({
      status: "delivered",
      delivery: { method: "inPerson", receivedBy: "刘大爷", at: "2025-03-06T02:00:00.000Z", by: { id: "a-zhang", name: "张红" } },
      custody: { kind: "applicant", name: "刘大爷" },
    });
  });

  it("R-FLW-5 delivering before completion is refused", () => {
    const e = acceptedVillageMatter().refused({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" });
    expect(e).toMatchObject({ code: "NOT_COMPLETED", message: "该事项尚未办结，不能送达" });
  });

  it("R-FLW-3 delivering twice is refused", () => {
    expect(delivered().refused({ type: "deliver", method: "post", receivedBy: "刘大爷" }, { now: T("2025-03-06", "11:00") }).code).toBe("ALREADY_DELIVERED");
  });

  it("R-FLW-3 a township result is delivered only after the window returns it", () => {
    const m = townshipMatter();
    m.when({ type: "transferToWindow", window });
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff });
    m.when({ type: "complete", outcome: "approved" }, { actor: windowStaff });
    expect(m.refused({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" }).code).toBe("RESULT_NOT_RETURNED");
  });

  it("R-FLW-4 a good rating on the national scale closes the matter", () => {
    const m = delivered();
    const events = m.when({ type: "rate", level: "basicallySatisfied", comment: "办得挺快" }, { actor: applicantActor, now: T("2025-03-06", "10:05") });
    expect(events.map((e) => e.type)).toEqual(["rated", "closed"]);
    expect(m.state).toMatchObject({ status: "closed", rating: { level: "basicallySatisfied", comment: "办得挺快", by: { role: "applicant" } }, followUp: null });
  });

  it("R-FLW-4 rating levels outside the five-level scale are refused", () => {
    expect(delivered().refused({ type: "rate", level: "good" }).message).toBe("评价等级不正确（非常满意、满意、基本满意、不满意、非常不满意）");
  });

  it("R-FLW-5 rating before delivery is refused", () => {
    expect(completed().refused({ type: "rate", level: "satisfied" }).code).toBe("NOT_DELIVERED");
  });

  it("R-FLW-5 rating twice is refused", () => {
    const m = delivered();
    m.when({ type: "rate", level: "satisfied" });
    expect(m.refused({ type: "rate", level: "verySatisfied" }).code).toBe("ALREADY_RATED");
  });

  it("R-FLW-4 不满意 opens a follow-up due in 5 working days, recorded step by step, then closed", () => {
    const m = delivered();
    const events = m.when({ type: "rate", level: "dissatisfied", comment: "态度不好" }, { now: T("2025-03-06", "11:00") });
    expect(events.map((e) => e.type)).toEqual(["rated", "followUpOpened"]);
    // opened Thursday 2025-03-06: Fri, Mon, Tue, Wed, Thu → 2025-03-13
    expect(m.state).toMatchObject({ status: "followUp", followUp: { days: 5, dueDate: "2025-03-13" } });
    const at = { actor: windowStaff, now: T("2025-03-07") };
    expect(m.refused({ type: "recordFollowUp", step: "rectification", text: "批评教育" }, at).code).toBe("FOLLOW_UP_STEP_ORDER");
    expect(m.refused({ type: "closeFollowUp" }, at)).toMatchObject({ code: "FOLLOW_UP_INCOMPLETE", message: "整改回访尚未完成，还须记录：回访、整改措施、整改结果、申请人对整改的意见" });
    m.when({ type: "recordFollowUp", step: "callBack", text: "电话回访申请人" }, at);
    m.when({ type: "recordFollowUp", step: "rectification", text: "对代办员进行批评教育" }, at);
    m.when({ type: "recordFollowUp", step: "result", text: "代办员已当面道歉" }, at);
    m.when({ type: "recordFollowUp", step: "applicantView", text: "申请人表示满意" }, { actor: supervisor, now: T("2025-03-10") });
    expect(m.refused({ type: "recordFollowUp", step: "result", text: "x" }, at).code).toBe("AT_BEFORE_PREVIOUS_EVENT");
    const closing = m.when({ type: "closeFollowUp" }, { actor: supervisor, now: T("2025-03-10", "11:00") });
    expect(closing.map((e) => e.type)).toEqual(["followUpClosed", "closed"]);
    expect(m.state).toMatchObject({ status: "closed", followUp: { closedOn: "2025-03-10" } });
    expect(m.state.followUp?.steps.map((s) => s.step)).toEqual(["callBack", "rectification", "result", "applicantView"]);
  });

  it("R-FLW-4 非常不满意 opens a follow-up with the configured number of working days", () => {
    const m = delivered();
    m.when({ type: "rate", level: "veryDissatisfied" }, { settings: { followUpDays: 3 }, now: T("2025-03-06", "11:00") });
    expect(m.state.followUp).toMatchObject({ days: 3, dueDate: "2025-03-11" });
  });

  it("R-FLW-4 only the township centre records the follow-up", () => {
    const m = delivered();
    m.when({ type: "rate", level: "dissatisfied" });
    expect(m.refused({ type: "recordFollowUp", step: "callBack", text: "回访" }).code).toBe("ROLE_NOT_ALLOWED");
  });

  it("R-FLW-4 a matter rated well has no follow-up to record", () => {
    const m = delivered();
    m.when({ type: "rate", level: "satisfied" });
    expect(m.refused({ type: "recordFollowUp", step: "callBack", text: "回访" }, { actor: windowStaff }).code).toBe("NO_FOLLOW_UP");
  });
});

describe("history and illegal transitions (R-FLW-5)", () => {
  it("R-FLW-5 every change is an event with who, when, what and from which state", () => {
    const m = acceptedVillageMatter();
    expect(m.events.map((e) => [e.type, e.fromStatus, e.actor.name, e.at])).toEqual([
      ["registered", "new", "张红", "2025-03-03T02:00:00.000Z"],
      ["accepted", "registered", "张红", "2025-03-03T02:00:00.000Z"],
    ]);
    expect(m.state.version).toBe(2);
  });

  it("R-FLW-5 replaying the append-only history rebuilds the same state", () => {
    const m = acceptedVillageMatter();
    m.when({ type: "complete", outcome: "approved" });
    m.when({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" });
    expect(replay(m.events)).toEqual(m.state);
  });

  it("R-FLW-5 tryDecide returns the refusal as a value and no events", () => {
    const m = acceptedVillageMatter();
    const r = tryDecide(m.state, { type: "rate", level: "satisfied" }, { ...ctxFor(m) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "NOT_DELIVERED", message: "办理结果尚未送达，不能评价" });
  });

  it("R-FLW-5 an act dated in the future or before the previous event is refused", () => {
    const m = acceptedVillageMatter();
    expect(m.refused({ type: "complete", outcome: "approved", at: T("2025-03-04") }).code).toBe("AT_IN_FUTURE");
    expect(m.refused({ type: "complete", outcome: "approved", at: T("2025-03-02") }).code).toBe("AT_BEFORE_PREVIOUS_EVENT");
  });

  it("R-FLW-5 a past act may be recorded with its own time", () => {
    const m = acceptedVillageMatter();
    m.when({ type: "complete", outcome: "approved", at: T("2025-03-04", "16:00") }, { now: T("2025-03-05") });
    expect(m.state.completion).toMatchObject({ at: "2025-03-04T08:00:00.000Z", completedOn: "2025-03-04" });
  });

  it("R-FLW-5 a command under another item version is refused (the matter keeps its version)", () => {
    const m = acceptedVillageMatter();
    const e = m.refused({ type: "complete", outcome: "approved" }, { item: { ...villageItem, version: 3 } });
    expect(e.code).toBe("ITEM_VERSION_MISMATCH");
  });

  it("R-FLW-5 commands on a closed matter are refused", () => {
    const m = acceptedVillageMatter();
    m.when({ type: "complete", outcome: "approved" });
    m.when({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" });
    m.when({ type: "rate", level: "verySatisfied" });
    expect(m.refused({ type: "pauseClock", reason: "expertReview" }).code).toBe("MATTER_CLOSED");
    expect(m.refused({ type: "deliver", method: "inPerson", receivedBy: "刘大爷" }).code).toBe("MATTER_CLOSED");
  });
});
