import { describe, expect, it } from "vitest";
import { Matter, agentOffDuty, agentZhang, applicant, consultationItem, registerVillage } from "../test-fixtures/matter";
import type { Actor } from "./context";
import { availableCommands } from "./available";
import { describeEvent } from "./describe";
import { ctx } from "../test-fixtures/matter";

/** The applicant filing through another channel (an Open311 client), as the API names it. */
const online: Actor = { id: "client-1", name: "开放接口：12345热线", role: "applicant" };
const application = { type: "register", itemCode: "ZZ-001", applicant, mode: "assisted" } as const;

describe("online applications (网上申请)", () => {
  it("R-API-1 the applicant registers through another channel without being on duty; the matter waits for intake with every material missing", () => {
    const m = new Matter();
    const [e] = m.when(application, { actor: online });
    expect(e).toMatchObject({ type: "registered", actor: { id: "client-1", role: "applicant" } });
    expect(m.state).toMatchObject({ status: "registered", materials: [], registeredBy: { role: "applicant" } });
    expect(m.state.missing.map((l) => l.key)).toEqual(["idCopy", "hukou"]);
    expect(describeEvent(e!)).toContain("网上申请（开放接口：12345热线）");
  });

  it("R-API-1 R-INT-1 nothing is handed in online: materials, fees and an agency authorisation are refused and nothing is recorded", () => {
    expect(new Matter().refused(registerVillage, { actor: online }).code).toBe("NOT_HANDED_IN_ONLINE");
    expect(new Matter().refused({ ...application, fees: [{ key: "bookFee", amountFen: 500 }] }, { actor: online }).code).toBe("NOT_HANDED_IN_ONLINE");
    const agency = { ...application, mode: "agency", authorization: { agentId: "a-zhang", agentName: "张红", signedOn: "2025-03-03", scope: "代办" } };
    expect(new Matter().refused(agency, { actor: online }).code).toBe("NOT_HANDED_IN_ONLINE");
  });

  it("R-RUL-5 staff still register only on duty; an online application changes nothing for the counter", () => {
    expect(new Matter().refused(application, { actor: agentOffDuty }).code).toBe("AGENT_NOT_ON_DUTY");
    const counter = new Matter();
    counter.when({ ...application, materials: [{ key: "idCopy", count: 2 }] }, { actor: agentZhang });
    expect(counter.refused({ type: "supplyMaterials", materials: [{ key: "hukou", count: 1 }] }).code).toBe("NOT_AWAITING_SUPPLEMENT");
  });

  it("R-API-1 R-INT-4 at the counter the agent records the materials handed in and accepts; the deadline runs from acceptance", () => {
    const m = new Matter();
    m.when(application, { actor: online });
    const offered = availableCommands(m.state, ctx({ actor: agentZhang, now: "2025-03-04T09:00:00+08:00" }));
    expect(offered).toEqual(expect.arrayContaining(["supplyMaterials", "requestSupplement", "reject", "refer"]));
    expect(offered).not.toContain("accept");
    m.when({ type: "supplyMaterials", materials: [{ key: "idCopy", count: 2 }, { key: "hukou", count: 1 }] }, { actor: agentZhang, now: "2025-03-04T09:00:00+08:00" });
    expect(m.state).toMatchObject({ status: "registered", missing: [] });
    m.when({ type: "accept" }, { actor: agentZhang });
    expect(m.state).toMatchObject({ status: "inHandling", acceptedOn: "2025-03-04", promisedDate: "2025-03-07" });
  });

  it("R-API-1 an online consultation is accepted at the station without materials", () => {
    const m = new Matter({ item: consultationItem });
    m.when({ type: "register", itemCode: "ZX-001", applicant, mode: "consultation" }, { actor: online });
    m.when({ type: "accept" }, { actor: agentZhang });
    expect(m.state.status).toBe("inHandling");
  });
});
