import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES, LEVELS, MATERIAL_FORMS } from "./catalog";
import type { Fee, Material } from "./catalog";
import { ITEM_FIELD_LABELS, applyItemChanges, diffItemVersions, itemContentSchema, newItemSchema, nextEntryKey } from "./catalog-edit";
import type { ItemContent, ItemField } from "./catalog-edit";

const BASE: ItemContent = {
  name: "村（社区）证明出具",
  category: "certificate",
  level: "village",
  handlingBody: "村（社区）居（村）民委员会",
  legalBasis: "《中华人民共和国村民委员会组织法》",
  conditions: "本村（社区）居民",
  materials: [
    { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
    { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
  ],
  fees: [{ key: "f1", name: "工本费", amountFen: 500, basis: "豫发改收费〔2017〕1号" }],
  timeLimitDays: 2,
  inPerson: false,
  needsReview: true,
  needsSurvey: false,
  guide: "申请人向代办站提出申请。",
};

const material = (key: string): fc.Arbitrary<Material> =>
  fc.record({
    key: fc.constant(key),
    name: fc.constantFrom("居民身份证", "户口簿", "照片", "申请表", "证明"),
    form: fc.constantFrom(...MATERIAL_FORMS),
    count: fc.integer({ min: 1, max: 3 }),
    required: fc.boolean(),
  });
const fee = (key: string): fc.Arbitrary<Fee> =>
  fc.record({ key: fc.constant(key), name: fc.constantFrom("工本费", "证照费"), amountFen: fc.integer({ min: 0, max: 3000 }), basis: fc.constantFrom("依据一", "依据二") });

/** A list of entries with unique keys drawn from a small pool, in any order. */
function entries<T>(prefix: string, entry: (key: string) => fc.Arbitrary<T>, max: number): fc.Arbitrary<T[]> {
  return fc
    .shuffledSubarray(Array.from({ length: max }, (_, i) => `${prefix}${i + 1}`))
    .chain((keys) => (keys.length === 0 ? fc.constant([] as T[]) : fc.tuple(...keys.map(entry))));
}

const content: fc.Arbitrary<ItemContent> = fc.record({
  name: fc.constantFrom("甲事项", "乙事项"),
  category: fc.constantFrom(...CATEGORIES),
  level: fc.constantFrom(...LEVELS),
  handlingBody: fc.constantFrom("民政所", "社保所"),
  legalBasis: fc.constantFrom("", "某法"),
  conditions: fc.constantFrom("", "某条件"),
  materials: entries("m", material, 5),
  fees: entries("f", fee, 3),
  timeLimitDays: fc.integer({ min: 0, max: 20 }),
  inPerson: fc.boolean(),
  needsReview: fc.boolean(),
  needsSurvey: fc.boolean(),
  guide: fc.constantFrom("指南一", "指南二"),
});

const differing = (a: ItemContent, b: ItemContent) =>
  (Object.keys(ITEM_FIELD_LABELS) as ItemField[]).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).sort();

describe("catalogue editing rules", () => {
  it("R-CAT-3 the diff of a version with itself is empty", () => {
    fc.assert(fc.property(content, (a) => diffItemVersions(a, structuredClone(a)).length === 0));
  });

  it("R-CAT-3 the changes name exactly the differing fields, and replaying them turns one version into the other", () => {
    fc.assert(
      fc.property(content, content, (a, b) => {
        const changes = diffItemVersions(a, b);
        expect([...new Set(changes.map((c) => c.field))].sort()).toEqual(differing(a, b));
        expect(applyItemChanges(a, changes)).toEqual(b);
      }),
    );
  });

  it("R-CAT-2 materials and fees are compared by key with Chinese labels: added, removed, changed", () => {
    const b: ItemContent = {
      ...BASE,
      timeLimitDays: 3,
      materials: [{ ...BASE.materials[0]!, count: 2 }, { key: "m3", name: "近期一寸免冠照片", form: "original", count: 2, required: true }],
      fees: [],
    };
    const changes = diffItemVersions(BASE, b);
    expect(changes.map((c) => [c.label, c.change, c.before, c.after])).toEqual([
      ["承诺时限", "changed", "2 个工作日", "3 个工作日"],
      ["申请材料：居民身份证", "changed", "居民身份证（原件及复印件，1 份，必需）", "居民身份证（原件及复印件，2 份，必需）"],
      ["申请材料：户口簿", "removed", "户口簿（原件及复印件，1 份，必需）", null],
      ["申请材料：近期一寸免冠照片", "added", null, "近期一寸免冠照片（原件，2 份，必需）"],
      ["收费项目：工本费", "removed", "工本费 5.00 元，依据：豫发改收费〔2017〕1号", null],
    ]);
  });

  it("R-CAT-2 a reordered material list is one order change, not a removal and an addition", () => {
    const changes = diffItemVersions(BASE, { ...BASE, materials: [...BASE.materials].reverse() });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "order", label: "申请材料顺序", before: "居民身份证、户口簿", after: "户口簿、居民身份证" });
  });

  it("R-CAT-2 a definition is checked with field-level Chinese messages", () => {
    const bad = itemContentSchema.safeParse({
      ...BASE,
      name: " ",
      timeLimitDays: -1,
      materials: [BASE.materials[0], { ...BASE.materials[1], key: "m1" }],
      fees: [{ ...BASE.fees[0], basis: "" }],
    });
    expect(bad.success).toBe(false);
    const byPath = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      name: "事项名称不能为空",
      timeLimitDays: "承诺时限不能为负数",
      "materials.1.key": "申请材料编号“m1”重复",
      "fees.0.basis": "收费依据不能为空",
    });
    const consultation = itemContentSchema.safeParse({ ...BASE, category: "consultation" });
    expect(consultation.error?.issues[0]).toMatchObject({ path: ["fees"], message: "咨询指南类事项一律免费，不能设收费项目" });
    expect(itemContentSchema.safeParse(BASE).success).toBe(true);
    expect(newItemSchema.safeParse({ ...BASE, code: "zz-1" }).error?.issues[0]?.message).toBe("事项编码格式不正确（应如 ZZ-001）");
    expect(newItemSchema.safeParse({ ...BASE, code: "ZZ-101" }).success).toBe(true);
  });

  it("R-CAT-2 new materials and fees get the next free key", () => {
    expect(nextEntryKey("m", ["m1", "m4", "m2"])).toBe("m5");
    expect(nextEntryKey("f", [])).toBe("f1");
    expect(nextEntryKey("m", ["x9", "m1"])).toBe("m2");
  });
});
