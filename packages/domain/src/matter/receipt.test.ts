import { describe, expect, it } from "vitest";
import { Matter, agentLi, registerVillage } from "../test-fixtures/matter";
import { formatReceiptNo } from "./receipt";

describe("receipt facts (R-INT-5)", () => {
  it("R-INT-5 the receipt number joins the village code, the acceptance date and the daily sequence", () => {
    expect(formatReceiptNo({ villageCode: "410103001001", date: "2025-03-03", seq: 7 })).toBe("410103001001-20250303-0007");
    expect(() => formatReceiptNo({ villageCode: "4101030", date: "2025-03-03", seq: 7 })).toThrow(/12位数字/);
    expect(() => formatReceiptNo({ villageCode: "410103001001", date: "2025-03-03", seq: 0 })).toThrow(/序号/);
  });

  it("R-INT-5 acceptance records what the receipt prints: number, materials, fees, time, promised date, responsible agent and phone", () => {
    const m = new Matter();
    m.when(registerVillage, { actor: agentLi });
    m.when({ type: "accept", responsibleAgent: { id: "a-zhang", name: "张红", phone: "13800000001" } }, { actor: agentLi, receiptNo: "410103001001-20250303-0007" });
    expect(m.state).toMatchObject({
      receiptNo: "410103001001-20250303-0007",
      acceptedAt: "2025-03-03T02:00:00.000Z",
      promisedDate: "2025-03-06",
      responsibleAgent: { id: "a-zhang", name: "张红", phone: "13800000001" },
      materials: [
        { key: "idCopy", name: "身份证复印件", count: 2 },
        { key: "hukou", name: "户口簿", count: 1 },
      ],
      fees: [{ name: "工本费", amountFen: 500, basis: "豫价费字〔2008〕1号" }],
    });
  });
});
