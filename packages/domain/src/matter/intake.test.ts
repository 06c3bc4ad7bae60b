import { describe, expect, it } from "vitest";
import {
  Matter,
  acceptedVillageMatter,
  agentLi,
  agentOffDuty,
  agentZhang,
  applicant,
  calendar,
  consultationItem,
  districtItem,
  registerVillage,
  villageItem,
  windowStaff,
} from "../test-fixtures/matter";
import { decide } from "./decide";
import { initialMatterState } from "./state";

const authorization = { agentId: "a-zhang", agentName: "张红", signedOn: "2025-03-03", scope: "代为办理独生子女光荣证" };

describe("modes and authorisation", () => {
  it("R-INT-1 agency mode records the applicant's authorisation of the chosen agent", () => {
    const m = new Matter();
    const [e] = m.when({ ...registerVillage, mode: "agency", authorization: { ...authorization, documentRef: "WT-0001" } });
    expect(e).toMatchObject({ type: "registered", fromStatus: "new", data: { mode: "agency" } });
    expect(m.state.authorization).toEqual({ ...authorization, documentRef: "WT-0001" });
    expect(m.state.status).toBe("registered");
  });

  it("R-INT-1 agency without an authorisation is refused", () => {
    expect(new Matter().refused({ ...registerVillage, mode: "agency" })).toMatchObject({ code: "AUTHORIZATION_REQUIRED" });
  });

  it("R-INT-1 assisted and consultation modes take no authorisation", () => {
    const e = new Matter().refused({ ...registerVillage, mode: "assisted", authorization });
    expect(e.code).toBe("AUTHORIZATION_NOT_APPLICABLE");
    expect(e.message).toContain("协办方式不需要授权委托");
  });

  it("R-INT-1 a consultation is registered without materials, answered and recorded", () => {
    const m = new Matter({ item: consultationItem });
    m.when({ type: "register", itemCode: "ZX-001", applicant, mode: "consultation" });
    m.when({ type: "accept" });
    expect(m.state).toMatchObject({ status: "inHandling", route: "station", promisedDate: "2025-03-03" });
    m.when({ type: "complete", outcome: "answered" });
    expect(m.state.completion?.outcome).toBe("answered");
  });

  it("R-INT-1 a consultation-category item can only be taken as a consultation", () => {
    const e = new Matter({ item: consultationItem }).refused({ type: "register", itemCode: "ZX-001", applicant, mode: "assisted" });
    expect(e).toMatchObject({ code: "CONSULTATION_ITEM_MODE" });
  });

  it("R-INT-1 consultations are free: a fee on a consultation is refused", () => {
    const e = new Matter().refused({ ...registerVillage, mode: "consultation" });
    expect(e.code).toBe("FEES_NOT_FOR_CONSULTATION");
  });

  it("R-INT-2 an item requiring the applicant in person cannot be taken as agency; the error offers assisted and says why", () => {
    const e = new Matter({ item: districtItem }).refused({
      type: "register",
      itemCode: "ZZ-003",
      applicant,
      mode: "agency",
      authorization,
      materials: [{ key: "contract", count: 1 }],
    });
    expect(e.code).toBe("IN_PERSON_ITEM_NO_AGENCY");
    expect(e.message).toContain("须申请人本人到场办理，不能代办");
    expect(e.message).toContain("协办");
    expect(e.details).toEqual({ suggestedMode: "assisted" });
  });

  it("R-INT-2 the same in-person item is registered in assisted mode", () => {
    const m = new Matter({ item: districtItem });
    m.when({ type: "register", itemCode: "ZZ-003", applicant, mode: "assisted", materials: [{ key: "contract", count: 1 }] });
    expect(m.state.mode).toBe("assisted");
  });
});

describe("registration (登记表)", () => {
  it("R-INT-3 registration records applicant, item version, mode, materials with their names and fees with their basis", () => {
    const m = new Matter();
    m.when({ ...registerVillage, materials: [...registerVillage.materials, { key: "photo", count: 1 }], note: "老人行动不便" });
    expect(m.state).toMatchObject({
      status: "registered",
      applicant,
      item: { code: "ZZ-001", version: 2, name: "独生子女光荣证", level: "village", timeLimitDays: 3 },
      materials: [
        { key: "idCopy", name: "身份证复印件", form: "copy", count: 2 },
        { key: "hukou", name: "户口簿", form: "original", count: 1 },
        { key: "photo", name: "照片", form: "original", count: 1 },
      ],
      fees: [{ key: "bookFee", name: "工本费", amountFen: 500, basis: "豫价费字〔2008〕1号" }],
      missing: [],
      registeredBy: { id: "a-zhang", name: "张红", role: "agent" },
      note: "老人行动不便",
    });
  });

  it("R-INT-3 a material key not in the item version's list is refused", () => {
    const e = new Matter().refused({ ...registerVillage, materials: [{ key: "marriageCert", count: 1 }] });
    expect(e).toMatchObject({ code: "UNKNOWN_MATERIAL", details: { key: "marriageCert" } });
    expect(e.message).toContain("「独生子女光荣证」的材料清单中没有编号为marriageCert的材料");
  });

  it("R-INT-3 the same material twice is refused", () => {
    const e = new Matter().refused({ ...registerVillage, materials: [{ key: "hukou", count: 1 }, { key: "hukou", count: 1 }] });
    expect(e.code).toBe("DUPLICATE_MATERIAL");
  });

  it("R-INT-3 bad fields are refused with a Chinese message per field", () => {
    const e = new Matter().refused({ ...registerVillage, applicant: { ...applicant, name: "", phone: "123" } });
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toContain("申请人姓名不能为空");
    expect(e.message).toContain("联系电话格式不正确");
    expect(e.details.issues).toEqual([
      { path: "applicant.name", message: "申请人姓名不能为空" },
      { path: "applicant.phone", message: expect.stringMatching(/^联系电话格式不正确/) },
    ]);
  });

  it("R-INT-3 the item code must be that of the loaded item version", () => {
    expect(new Matter().refused({ ...registerVillage, itemCode: "ZZ-009" }).code).toBe("ITEM_VERSION_MISMATCH");
  });

  it("R-INT-3 only an on-duty station agent registers", () => {
    expect(new Matter().refused(registerVillage, { actor: agentOffDuty }).code).toBe("AGENT_NOT_ON_DUTY");
    expect(new Matter().refused(registerVillage, { actor: windowStaff }).code).toBe("ROLE_NOT_ALLOWED");
  });

  it("R-INT-3 a matter is registered once", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused(registerVillage).code).toBe("ALREADY_REGISTERED");
  });

  it("R-INT-3 the accepting agent and the time are recorded on acceptance", () => {
    const m = acceptedVillageMatter();
    expect(m.state).toMatchObject({ acceptedAt: "2025-03-03T02:00:00.000Z", acceptedOn: "2025-03-03", firstContactAgent: { id: "a-zhang", name: "张红" } });
  });
});

describe("intake decisions", () => {
  it("R-INT-4 accept: receipt number issued and deadline set from the item's time limit", () => {
    const m = new Matter();
    m.when(registerVillage);
    const [e] = m.when({ type: "accept" });
    expect(e).toMatchObject({
      type: "accepted",
      fromStatus: "registered",
      data: { receiptNo: "410103001001-20250303-0001", acceptedOn: "2025-03-03", timeLimitDays: 3, promisedDate: "2025-03-06", route: "station" },
    });
    expect(m.state).toMatchObject({ status: "inHandling", promisedDate: "2025-03-06", originalPromisedDate: "2025-03-06" });
    expect(m.state.deadlineExplanation).toContain("承诺办结日期为2025年3月6日");
  });

  it("R-INT-4 accept without a receipt number from the sequence is refused", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused({ type: "accept" }, { receiptNo: undefined }).code).toBe("RECEIPT_NO_MISSING");
  });

  it("R-INT-3 accept only when every required material is present in the required number", () => {
    const m = new Matter();
    m.when({ ...registerVillage, materials: [{ key: "idCopy", count: 1 }] });
    const e = m.refused({ type: "accept" });
    expect(e.code).toBe("MATERIALS_INCOMPLETE");
    expect(e.message).toBe("材料不齐全，不能受理：身份证复印件还差1份；户口簿缺少，需1份。请出具补交材料清单");
  });

  it("R-INT-4 supplement: the notice lists exactly the missing materials, then supply → accept", () => {
    const m = new Matter();
    m.when({ ...registerVillage, materials: [{ key: "idCopy", count: 1 }, { key: "photo", count: 1 }] });
    const [notice] = m.when({ type: "requestSupplement", note: "请三日内补交" });
    expect(notice).toMatchObject({
      type: "supplementRequested",
      data: {
        lines: [
          { key: "idCopy", name: "身份证复印件", count: 1, why: "insufficient", detail: "还差1份" },
          { key: "hukou", name: "户口簿", count: 1, why: "missing", detail: "缺少，需1份" },
        ],
      },
    });
    expect(m.state.status).toBe("awaitingSupplement");
    m.when({ type: "supplyMaterials", materials: [{ key: "hukou", count: 1 }] }, { now: "2025-03-04T09:00:00+08:00" });
    expect(m.state.missing.map((l) => l.key)).toEqual(["idCopy"]);
    expect(m.refused({ type: "accept" }, { now: "2025-03-04T09:05:00+08:00" }).code).toBe("MATERIALS_INCOMPLETE");
    m.when({ type: "supplyMaterials", materials: [{ key: "idCopy", count: 1 }] }, { now: "2025-03-05T09:00:00+08:00" });
    expect(m.state.missing).toEqual([]);
    m.when({ type: "accept" }, { now: "2025-03-05T09:10:00+08:00" });
    expect(m.state).toMatchObject({ status: "inHandling", acceptedOn: "2025-03-05", promisedDate: "2025-03-10" });
  });

  it("R-INT-4 a defective material is listed with its problem and must be handed in again", () => {
    const m = new Matter();
    m.when(registerVillage);
    m.when({ type: "requestSupplement", defective: [{ key: "idCopy", problem: "复印件不清晰" }] });
    expect(m.state.supplementNotice).toEqual([
      { key: "idCopy", name: "身份证复印件", form: "copy", count: 2, why: "defective", detail: "复印件不清晰" },
    ]);
    expect(m.state.materials.map((x) => x.key)).toEqual(["hukou"]);
    expect(m.refused({ type: "accept" }).code).toBe("MATERIALS_INCOMPLETE");
  });

  it("R-INT-4 a supplement notice when nothing is missing is refused", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused({ type: "requestSupplement" }).code).toBe("NOTHING_MISSING");
  });

  it("R-INT-4 supplying without a supplement notice is refused", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused({ type: "supplyMaterials", materials: [{ key: "photo", count: 1 }] }).code).toBe("NOT_AWAITING_SUPPLEMENT");
  });

  it("R-INT-4 reject requires a written reason and ends the matter", () => {
    const m = new Matter();
    m.when(registerVillage);
    const e = m.refused({ type: "reject", reason: "  " });
    expect(e).toMatchObject({ code: "INVALID_INPUT", message: "退回理由不能为空" });
    m.when({ type: "reject", reason: "申请人不符合独生子女条件" });
    expect(m.state).toMatchObject({ status: "rejected", rejection: { reason: "申请人不符合独生子女条件" }, custody: null });
  });

  it("R-INT-4 accepting a rejected matter is refused", () => {
    const m = new Matter();
    m.when(registerVillage);
    m.when({ type: "reject", reason: "不符合条件" });
    expect(m.refused({ type: "accept" })).toMatchObject({ code: "MATTER_REJECTED" });
  });

  it("R-INT-4 refer requires the body to apply to, which is recorded for printing", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused({ type: "refer", body: "" }).message).toBe("告知的办理机关不能为空");
    m.when({ type: "refer", body: "二七区民政局", note: "婚姻登记请到区民政局办理" });
    expect(m.state).toMatchObject({ status: "referred", referral: { body: "二七区民政局", note: "婚姻登记请到区民政局办理" } });
    expect(m.refused({ type: "accept" }).code).toBe("MATTER_REFERRED");
  });

  it("R-INT-4 an intake decision is made once: accepting twice, then rejecting, are refused", () => {
    const m = acceptedVillageMatter();
    expect(m.refused({ type: "accept" }).code).toBe("INTAKE_ALREADY_DECIDED");
    expect(m.refused({ type: "reject", reason: "x" }).code).toBe("INTAKE_ALREADY_DECIDED");
    expect(m.refused({ type: "requestSupplement" }).code).toBe("INTAKE_ALREADY_DECIDED");
  });

  it("R-INT-4 intake decisions on an unregistered matter are refused", () => {
    expect(new Matter().refused({ type: "accept" }).code).toBe("NOT_REGISTERED");
  });
});

describe("first-contact responsibility (首问负责制)", () => {
  it("R-INT-6 first-contact agent accepts when the responsible agent is off duty, keeps the materials, then hands over", () => {
    const m = new Matter();
    m.when(registerVillage, { actor: agentLi });
    const [accepted] = m.when({ type: "accept", responsibleAgent: { id: "a-wang", name: "王芳" } }, { actor: agentLi });
    expect(accepted?.data).toMatchObject({ firstContactAgent: { id: "a-li", name: "李明" }, responsibleAgent: { id: "a-wang", name: "王芳" } });
    expect(m.state).toMatchObject({ handoverPending: true, custody: { kind: "agent", id: "a-li", name: "李明" } });
    // the responsible agent comes back the next day and the first-contact agent hands over
    const [h] = m.when({ type: "handover" }, { actor: agentLi, now: "2025-03-04T08:30:00+08:00" });
    expect(h).toMatchObject({ type: "handedOver", at: "2025-03-04T00:30:00.000Z", data: { from: { id: "a-li", name: "李明" }, to: { id: "a-wang", name: "王芳" } } });
    expect(m.state).toMatchObject({ handoverPending: false, custody: { kind: "agent", id: "a-wang" } });
  });

  it("R-INT-6 an out-of-scope agent must name the responsible agent; there is no path to refuse for absence", () => {
    const m = new Matter();
    m.when(registerVillage, { actor: agentLi });
    const e = m.refused({ type: "accept" }, { actor: agentLi });
    expect(e.code).toBe("RESPONSIBLE_AGENT_REQUIRED");
    expect(e.message).toContain("按首问负责制由你受理");
    // no command type exists to refuse because the responsible agent is away
    const bogus = m.refused({ type: "refuseAbsent", reason: "归口代办员不在" }, { actor: agentLi });
    expect(bogus).toMatchObject({ code: "INVALID_INPUT", message: "未知的办理操作" });
  });

  it("R-INT-6 an agent not on duty cannot accept", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.refused({ type: "accept" }, { actor: agentOffDuty }).code).toBe("AGENT_NOT_ON_DUTY");
  });

  it("R-INT-6 the responsible agent cannot handle the matter until the handover is recorded", () => {
    const m = new Matter();
    m.when(registerVillage, { actor: agentLi });
    m.when({ type: "accept", responsibleAgent: { id: "a-zhang", name: "张红" } }, { actor: agentLi });
    expect(m.refused({ type: "complete", outcome: "certificateIssued", documents: [{ name: "光荣证" }] }).code).toBe("HANDOVER_PENDING");
    m.when({ type: "handover" }); // recorded by the receiving responsible agent
    m.when({ type: "complete", outcome: "certificateIssued", documents: [{ name: "光荣证", number: "No.001" }] });
    expect(m.state.status).toBe("completed");
  });

  it("R-INT-6 a handover when the responsible agent already holds the materials is refused", () => {
    expect(acceptedVillageMatter().refused({ type: "handover" }).code).toBe("HANDOVER_NOT_NEEDED");
  });

  it("R-INT-6 a handover is recorded by the giving or the receiving agent only", () => {
    const m = new Matter();
    m.when(registerVillage, { actor: agentLi });
    m.when({ type: "accept", responsibleAgent: { id: "a-wang", name: "王芳" } }, { actor: agentLi });
    expect(m.refused({ type: "handover" }, { actor: agentZhang }).code).toBe("NOT_CUSTODIAN");
  });
});

describe("free service (无偿办理)", () => {
  it("R-INT-7 only the item's statutory fees, each recorded with its basis", () => {
    const m = new Matter();
    m.when(registerVillage);
    expect(m.state.fees).toEqual([{ key: "bookFee", name: "工本费", amountFen: 500, basis: "豫价费字〔2008〕1号" }]);
  });

  it("R-INT-7 a fee that is not statutory for the item is refused", () => {
    const e = new Matter().refused({ ...registerVillage, fees: [{ key: "serviceFee", amountFen: 1000 }] });
    expect(e.code).toBe("FEE_NOT_STATUTORY");
    expect(e.message).toContain("除法定收费外不得收取任何费用");
  });

  it("R-INT-7 a statutory fee with another amount is refused, naming the lawful amount and basis", () => {
    const e = new Matter().refused({ ...registerVillage, fees: [{ key: "bookFee", amountFen: 800 }] });
    expect(e.code).toBe("FEE_AMOUNT_MISMATCH");
    expect(e.message).toBe("「工本费」的法定收费为5.00元（依据：豫价费字〔2008〕1号），不能收取8.00元");
  });

  it("R-INT-7 the same fee twice and negative amounts are refused", () => {
    expect(new Matter().refused({ ...registerVillage, fees: [{ key: "bookFee", amountFen: 500 }, { key: "bookFee", amountFen: 500 }] }).code).toBe("DUPLICATE_FEE");
    expect(new Matter().refused({ ...registerVillage, fees: [{ key: "bookFee", amountFen: -1 }] }).message).toBe("收费金额不能为负数");
  });

  it("R-INT-7 no fee at all is fine: the service itself is free", () => {
    const m = new Matter();
    m.when({ ...registerVillage, fees: [] });
    expect(m.state.fees).toEqual([]);
  });
});

describe("decider purity", () => {
  it("R-FLW-5 decide does not modify the state it is given, and needs no clock", () => {
    const s = initialMatterState();
    const frozen = JSON.stringify(s);
    const events = decide(s, registerVillage, { now: "2025-03-03T10:00:00+08:00", actor: agentZhang, item: villageItem, calendar });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(s)).toBe(frozen);
  });
});
