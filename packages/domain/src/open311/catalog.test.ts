import { describe, expect, it } from "vitest";
import { consultationItem, villageItem } from "../test-fixtures/matter";
import { checkAttributes, onlineApplicationNote, onlineApplicationNotice, open311Service, open311ServiceDefinition } from "./catalog";

describe("the catalogue as Open311 services", () => {
  it("R-API-1 R-CAT-1 an item is a realtime service grouped by its category, with metadata", () => {
    expect(open311Service(villageItem)).toEqual({
      service_code: "ZZ-001",
      service_name: "独生子女光荣证",
      description: "村（社区）办理，办理机关：乡镇人民政府，自受理之日起3个工作日内办结。受理条件：本村户籍居民",
      metadata: true,
      type: "realtime",
      keywords: "证照代办, 村（社区）办理, 乡镇人民政府",
      group: "证照代办",
    });
  });

  it("R-API-1 R-CAT-2 the definition lists the materials as a yes/no checklist in order, then the item's other fields as information", () => {
    const d = open311ServiceDefinition(villageItem);
    expect(d.service_code).toBe("ZZ-001");
    expect(d.attributes.map((a) => [a.code, a.variable, a.datatype, a.required, a.order])).toEqual([
      ["idCopy", true, "singlevaluelist", true, 1],
      ["hukou", true, "singlevaluelist", true, 2],
      ["photo", true, "singlevaluelist", false, 3],
      ["time_limit", false, "string", false, 4],
      ["handling_body", false, "string", false, 5],
      ["in_person", false, "string", false, 6],
      ["fees", false, "string", false, 7],
      ["conditions", false, "string", false, 8],
    ]);
    expect(d.attributes[0]).toMatchObject({ description: "身份证复印件（复印件2份）", values: [{ key: "yes", name: "已备齐" }, { key: "no", name: "尚未备齐" }] });
    expect(d.attributes[2]!.description).toBe("照片（原件1份，非必需）");
    expect(d.attributes.find((a) => a.code === "fees")!.description).toBe("收费：工本费5.00元（依据：豫价费字〔2008〕1号）");
    expect(open311ServiceDefinition(consultationItem).attributes.every((a) => !a.variable)).toBe(true);
  });

  it("R-API-1 answers are checked against the definition: required materials answered, yes or no only, no unknown codes (blank ones are none)", () => {
    const ok = checkAttributes(villageItem, { idCopy: "yes", hukou: "no", time_limit: "ignored", other: " " });
    expect(ok.issues).toEqual([]);
    expect([ok.answers.ready.map((m) => m.key), ok.answers.notReady.map((m) => m.key)]).toEqual([["idCopy"], ["hukou"]]);
    const bad = checkAttributes(villageItem, { idCopy: "maybe", photo: "yes", color: "red" });
    expect(bad.issues).toEqual([
      { path: "attribute[color]", message: "attribute[color] 不是事项「独生子女光荣证」的属性" },
      { path: "attribute[idCopy]", message: "attribute[idCopy]（身份证复印件是否已备齐）只能是 yes 或 no" },
      { path: "attribute[hukou]", message: "attribute[hukou]（户口簿是否已备齐）不能为空，应为 yes 或 no" },
    ]);
  });

  it("R-API-1 R-INT-3 the note keeps the applicant's words and answers within the note's 500 characters; the notice says where to go and what to bring", () => {
    const answers = checkAttributes(villageItem, { idCopy: "yes", hukou: "no" }).answers;
    expect(onlineApplicationNote("需要开具证明", answers)).toBe("网上申请。申请人说明：需要开具证明；自报已备齐：身份证复印件；自报尚未备齐：户口簿");
    expect(onlineApplicationNote("长".repeat(600), answers)).toHaveLength(500);
    expect(onlineApplicationNotice(villageItem, { name: "二七区马寨镇王庄村便民服务代办站", phone: "0371-68000001" })).toBe(
      "网上申请已转二七区马寨镇王庄村便民服务代办站，待代办站受理。请携带身份证复印件（复印件2份）、户口簿（原件1份）到代办站办理受理手续。受理后3个工作日内办结。代办站电话：0371-68000001。",
    );
  });
});
