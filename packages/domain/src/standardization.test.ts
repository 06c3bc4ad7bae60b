import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDomainError } from "./errors";
import {
  CHECKLIST_ITEMS,
  CHECKLIST_KEYS,
  CHECKLIST_STATUSES,
  areaM2Schema,
  assertEditable,
  assertSubmittable,
  checklistEntriesSchema,
  confirmChecklist,
  normalizeChecklist,
  returnChecklist,
  summarizeChecklist,
} from "./standardization";
import type { ChecklistEntry, ChecklistKey, ChecklistStatus } from "./standardization";

const all = (passed: boolean): ChecklistEntry[] => CHECKLIST_KEYS.map((key) => ({ key, passed, note: null }));
const allBut = (...keys: ChecklistKey[]): ChecklistEntry[] => CHECKLIST_KEYS.map((key) => ({ key, passed: !keys.includes(key), note: null }));
const label = (key: ChecklistKey) => CHECKLIST_ITEMS.find((i) => i.key === key)!.label;

/** The error a call throws (to look at its code, message and details), or null. */
function thrown(f: () => unknown) {
  try {
    f();
    return null;
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
}

const entriesArb = fc
  .subarray([...CHECKLIST_KEYS])
  .chain((keys) => fc.tuple(...keys.map((key) => fc.record({ key: fc.constant(key), passed: fc.boolean(), note: fc.constant(null) }))))
  .chain((entries) => fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
const areaArb = fc.option(fc.integer({ min: -5, max: 500 }), { nil: null });

describe("station standardisation checklist (R-ORG-5)", () => {
  it("R-ORG-5 the checklist covers every requirement of §五(一)–(六), each with its basis", () => {
    const text = CHECKLIST_ITEMS.map((i) => i.label).join("|");
    for (const word of ["名称", "领导小组", "办公场所", "面积", "办公用品", "办事指南", "收费标准", "公示", "投诉意见箱", "投诉热线", "记录本", "挂牌上岗"]) {
      expect(text, word).toContain(word);
    }
    expect(new Set(CHECKLIST_ITEMS.map((i) => i.basis))).toEqual(new Set(["五（一）", "五（二）", "五（三）", "五（四）", "五（五）", "五（六）"]));
    expect(new Set(CHECKLIST_KEYS).size).toBe(CHECKLIST_ITEMS.length);
  });

  it("R-ORG-5 normalising puts entries in checklist order and fills missing items as not passed", () => {
    const n = normalizeChecklist([
      { key: "badges", passed: true, note: "胸牌已发" },
      { key: "nameSign", passed: true, note: null },
    ]);
    expect(n.map((e) => e.key)).toEqual([...CHECKLIST_KEYS]);
    expect(n[0]).toEqual({ key: "nameSign", passed: true, note: null });
    expect(n.at(-1)).toEqual({ key: "badges", passed: true, note: "胸牌已发" });
    expect(n.filter((e) => e.passed)).toHaveLength(2);
  });

  it("R-ORG-5 the office counts as passed only with an area above 0 m²", () => {
    expect(summarizeChecklist(all(true), 40)).toEqual({ passed: 10, total: 10, failing: [], complete: true });
    for (const area of [null, 0, -3]) {
      const s = summarizeChecklist(all(true), area);
      expect(s).toMatchObject({ passed: 9, total: 10, complete: false });
      expect(s.failing).toEqual([label("office")]);
    }
    expect(summarizeChecklist(allBut("office"), 40).failing).toEqual([label("office")]);
  });

  it("R-ORG-5 summary: passed and failing add up to the whole list, and complete means nothing fails", () => {
    fc.assert(
      fc.property(entriesArb, areaArb, (entries, area) => {
        const s = summarizeChecklist(entries, area);
        expect(s.total).toBe(CHECKLIST_ITEMS.length);
        expect(s.passed + s.failing.length).toBe(s.total);
        expect(s.complete).toBe(s.failing.length === 0);
        const ticked = entries.filter((e) => e.passed && (e.key !== "office" || (area !== null && area > 0))).length;
        expect(s.passed).toBe(ticked);
      }),
    );
  });

  it("R-ORG-5 a checklist is submittable exactly when it is complete and not already submitted or confirmed", () => {
    fc.assert(
      fc.property(entriesArb, areaArb, fc.constantFrom(...CHECKLIST_STATUSES), (entries, area, status) => {
        const e = thrown(() => assertSubmittable(status, entries, area));
        const ok = (status === "draft" || status === "returned") && summarizeChecklist(entries, area).complete;
        expect(e === null).toBe(ok);
      }),
    );
  });

  it("R-ORG-5 an incomplete checklist is refused naming every failing item", () => {
    const e = thrown(() => assertSubmittable("draft", allBut("complaintBox", "badges"), 40));
    expect(e?.code).toBe("INVALID_INPUT");
    expect(e?.message).toContain(label("complaintBox"));
    expect(e?.message).toContain(label("badges"));
    expect(e?.message).not.toContain(label("nameSign"));
    expect(e?.details).toEqual({ failing: [label("complaintBox"), label("badges")] });
  });

  it("R-ORG-5 an office ticked without an area is refused on the area field", () => {
    for (const area of [null, 0]) {
      const e = thrown(() => assertSubmittable("returned", all(true), area));
      expect(e?.message).toMatch(/^办公场所面积：/);
      expect(e?.details).toEqual({ field: "areaM2" });
    }
  });

  it("R-ORG-5 a submitted or confirmed checklist cannot be submitted again or edited", () => {
    expect(thrown(() => assertSubmittable("submitted", all(true), 40))?.message).toContain("等待");
    expect(thrown(() => assertSubmittable("confirmed", all(true), 40))?.message).toContain("已确认达标");
    for (const status of ["draft", "returned"] as ChecklistStatus[]) expect(thrown(() => assertEditable(status))).toBeNull();
    expect(thrown(() => assertEditable("submitted"))?.message).toContain("暂不能修改");
    expect(thrown(() => assertEditable("confirmed"))?.message).toContain("不能再修改");
  });

  it("R-ORG-5 the centre confirms only a submitted checklist, and the station operates from that date", () => {
    expect(confirmChecklist("submitted", "2026-03-02")).toEqual({ status: "confirmed", operatingSince: "2026-03-02" });
    expect(thrown(() => confirmChecklist("draft", "2026-03-02"))?.message).toContain("尚未提交");
    expect(thrown(() => confirmChecklist("returned", "2026-03-02"))?.message).toContain("尚未提交");
    expect(thrown(() => confirmChecklist("confirmed", "2026-03-02"))?.message).toContain("已经确认");
  });

  it("R-ORG-5 the centre sends back only a submitted checklist, and only with a note", () => {
    expect(returnChecklist("submitted", "  投诉意见箱未安装  ")).toEqual({ status: "returned", note: "投诉意见箱未安装" });
    expect(thrown(() => returnChecklist("submitted", "   "))?.details).toEqual({ field: "note" });
    for (const status of ["draft", "returned", "confirmed"] as ChecklistStatus[]) {
      expect(thrown(() => returnChecklist(status, "请整改"))?.message).toContain("只有已提交");
    }
  });

  it("R-ORG-5 input schemas: unknown or repeated items and bad areas are refused in Chinese", () => {
    expect(checklistEntriesSchema.parse([{ key: "office", passed: true, note: "  村委会一楼  " }, { key: "guide", passed: false, note: "" }])).toEqual([
      { key: "office", passed: true, note: "村委会一楼" },
      { key: "guide", passed: false, note: null },
    ]);
    const unknown = checklistEntriesSchema.safeParse([{ key: "parking", passed: true, note: null }]);
    expect(unknown.error?.issues[0]?.message).toBe("检查项不正确");
    const twice = checklistEntriesSchema.safeParse([
      { key: "office", passed: true, note: null },
      { key: "office", passed: false, note: null },
    ]);
    expect(twice.error?.issues[0]).toMatchObject({ path: [1, "key"], message: `检查项重复：${label("office")}` });
    const long = checklistEntriesSchema.safeParse([{ key: "office", passed: true, note: "字".repeat(201) }]);
    expect(long.error?.issues[0]?.message).toContain("不能超过200个字");
    expect(areaM2Schema.parse(null)).toBeNull();
    expect(areaM2Schema.parse(45)).toBe(45);
    expect(areaM2Schema.safeParse(0).error?.issues[0]?.message).toBe("办公场所面积须大于0平方米");
    expect(areaM2Schema.safeParse(12.5).error?.issues[0]?.message).toContain("整数");
  });
});
