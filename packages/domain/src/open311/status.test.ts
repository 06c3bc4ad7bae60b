import { describe, expect, it } from "vitest";
import { shanghaiDateTime } from "../dates";
import { MATTER_STATUSES } from "../matter/vocabulary";
import { Matter, acceptedVillageMatter, agentZhang, applicant, townshipItem, windowStaff } from "../test-fixtures/matter";
import type { Actor } from "../matter/context";
import { OPEN311_EXTENDED_STATUSES, OPEN311_STATUS_OF, agencyOf, expectedDatetime, extendedStatusOf, matterStatusesOf, open311Updates, statusNotes } from "./status";

const online: Actor = { id: "client-1", name: "开放接口：12345热线", role: "applicant" };

describe("matter statuses as Open311 statuses", () => {
  it("R-API-1 every matter status after registration is open or closed, and the two filters split them exactly", () => {
    const registered = MATTER_STATUSES.filter((s) => s !== "new");
    expect(Object.keys(OPEN311_STATUS_OF).sort()).toEqual([...registered].sort());
    expect([...matterStatusesOf("open"), ...matterStatusesOf("closed")].sort()).toEqual([...registered].sort());
    expect(matterStatusesOf("closed").sort()).toEqual(["closed", "delivered", "followUp", "referred", "rejected"]);
  });

  it("R-API-1 the extended statuses follow the matter: OPEN, IN_PROGRESS, ACTION_SCHEDULED, FIXED; the station as agency until transferred", () => {
    const m = new Matter();
    m.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" }, { actor: online });
    expect([extendedStatusOf(m.state), agencyOf(m.state).kind]).toEqual(["OPEN", "station"]);
    const a = acceptedVillageMatter();
    expect(extendedStatusOf(a.state)).toBe("IN_PROGRESS");
    a.when({ type: "complete", outcome: "certificateIssued", documents: [{ name: "光荣证" }] });
    expect(extendedStatusOf(a.state)).toBe("ACTION_SCHEDULED");
    a.when({ type: "deliver", method: "inPerson", receivedBy: applicant.name });
    expect([extendedStatusOf(a.state), OPEN311_STATUS_OF[a.state.status as "delivered"]]).toEqual(["FIXED", "closed"]);
    for (const s of OPEN311_EXTENDED_STATUSES) expect(s).toMatch(/^[A-Z_]+$/);
  });

  it("R-API-1 a rejection is NO_FURTHER_ACTION, a referral NOT_COUNCILS_RESPONSIBILITY naming the body to apply to, a refusal on the merits NO_FURTHER_ACTION once delivered", () => {
    const rejected = new Matter();
    rejected.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" });
    rejected.when({ type: "reject", reason: "刘大爷不符合条件" });
    expect(extendedStatusOf(rejected.state)).toBe("NO_FURTHER_ACTION");
    expect(statusNotes(rejected.state)).not.toContain("刘大爷");
    const referred = new Matter();
    referred.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" });
    referred.when({ type: "refer", body: "区民政局" });
    expect([extendedStatusOf(referred.state), statusNotes(referred.state)]).toEqual(["NOT_COUNCILS_RESPONSIBILITY", "已告知（非本站事项）：请向「区民政局」申请"]);
    const refused = acceptedVillageMatter();
    refused.when({ type: "complete", outcome: "notApproved", reason: "不符合条件" });
    refused.when({ type: "deliver", method: "inPerson", receivedBy: applicant.name });
    expect(extendedStatusOf(refused.state)).toBe("NO_FURTHER_ACTION");
  });

  it("R-API-1 R-FLW-1 a township matter is in the hands of the window while transferred or there, and back at the station once returned", () => {
    const m = new Matter({ item: townshipItem });
    m.when({ type: "register", itemCode: "ZZ-002", applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] });
    m.when({ type: "accept" });
    m.when({ type: "transferToWindow", window: { id: "w1", name: "民政窗口" } });
    expect(agencyOf(m.state)).toEqual({ kind: "window", windowName: "民政窗口" });
    m.when({ type: "receiveAtWindow" }, { actor: windowStaff });
    m.when({ type: "complete", outcome: "approved" }, { actor: windowStaff });
    expect(agencyOf(m.state).kind).toBe("window");
    m.when({ type: "returnFromWindow" }, { actor: windowStaff });
    expect(agencyOf(m.state).kind).toBe("station");
  });

  it("R-API-1 R-DL-2 expected_datetime is the end of the promised day in +08:00, and none before acceptance", () => {
    expect(expectedDatetime(null)).toBeNull();
    expect(expectedDatetime("2025-03-06")).toBe("2025-03-06T23:59:59+08:00");
    expect(shanghaiDateTime("2025-03-05T16:30:05.123Z")).toBe("2025-03-06T00:30:05+08:00");
  });

  it("R-API-1 R-SEC-1 the public history has one line per event with the statuses it led to, and names nobody", () => {
    const m = new Matter();
    m.when({ type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" }, { actor: online });
    m.when({ type: "supplyMaterials", materials: [{ key: "idCopy", count: 2 }, { key: "hukou", count: 1 }] }, { actor: agentZhang });
    m.when({ type: "accept" }, { actor: agentZhang });
    const updates = open311Updates(m.events);
    expect(updates.map((u) => [u.seq, u.status, u.extendedStatus])).toEqual([
      [1, "open", "OPEN"],
      [2, "open", "OPEN"],
      [3, "open", "IN_PROGRESS"],
    ]);
    expect(updates[0]!.description).toBe("网上申请已提交，待代办站受理");
    expect(updates[2]!.description).toBe("已受理，承诺2025年3月6日前办结");
    const text = JSON.stringify(updates);
    for (const personal of [applicant.name, applicant.phone, agentZhang.name, "12345热线"]) expect(text).not.toContain(personal);
  });
});
