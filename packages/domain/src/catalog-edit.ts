import { z } from "zod";
import { CATEGORY_LABELS, LEVEL_LABELS, MATERIAL_FORM_LABELS, serviceItemVersionSchema } from "./catalog";
import type { Fee, Material, ServiceItemVersion } from "./catalog";

/**
 * Editing the catalogue (R-CAT-2, R-CAT-3): what a new item version may contain and how two versions differ.
 * Versions are never edited in place; a change is a whole new definition published as version n+1.
 */

/** The content of one version: everything but its code and number. */
export type ItemContent = Omit<ServiceItemVersion, "code" | "version">;

/** Rules across fields that the field schemas cannot see; each issue names its field. */
function crossFieldIssues(v: Pick<ItemContent, "category" | "materials" | "fees">, ctx: z.RefinementCtx) {
  const seen = (list: { key: string; name: string }[], field: "materials" | "fees", what: string) => {
    const keys = new Set<string>();
    const names = new Set<string>();
    list.forEach((e, i) => {
      if (keys.has(e.key)) ctx.addIssue({ code: "custom", path: [field, i, "key"], message: `${what}编号“${e.key}”重复` });
      if (names.has(e.name)) ctx.addIssue({ code: "custom", path: [field, i, "name"], message: `${what}“${e.name}”重复列出` });
      keys.add(e.key);
      names.add(e.name);
    });
  };
  seen(v.materials, "materials", "申请材料");
  seen(v.fees, "fees", "收费项目");
  if (v.category === "consultation" && v.fees.length > 0) {
    ctx.addIssue({ code: "custom", path: ["fees"], message: "咨询指南类事项一律免费，不能设收费项目" });
  }
}

const itemFields = serviceItemVersionSchema.omit({ version: true });

/** A new item: its code and its first version's content. */
export const newItemSchema = itemFields.superRefine(crossFieldIssues);
export type NewItem = z.infer<typeof newItemSchema>;

/** The content of a revised version (the code is the item's, the number is assigned on publication). */
export const itemContentSchema = itemFields.omit({ code: true }).superRefine(crossFieldIssues);

/** A version note: why the item was changed (shown in the version history). */
export const versionNoteSchema = z
  .string({ error: "修订说明不能为空" })
  .trim()
  .min(2, { error: "修订说明至少2个字" })
  .max(300, { error: "修订说明不能超过300字" });

/** The content fields in the order a guide shows them, with their Chinese labels. */
export const ITEM_FIELD_LABELS = {
  name: "事项名称",
  category: "服务类别",
  level: "办理层级",
  handlingBody: "办理机关",
  timeLimitDays: "承诺时限",
  inPerson: "须本人到场",
  needsReview: "需领导审核",
  needsSurvey: "需实地调查",
  conditions: "受理条件",
  legalBasis: "法律依据",
  materials: "申请材料",
  fees: "收费标准",
  guide: "办事指南",
} as const satisfies Record<keyof ItemContent, string>;

export type ItemField = keyof typeof ITEM_FIELD_LABELS;
type ScalarField = Exclude<ItemField, "materials" | "fees">;
const SCALAR_FIELDS = (Object.keys(ITEM_FIELD_LABELS) as ItemField[]).filter((f): f is ScalarField => f !== "materials" && f !== "fees");

/** One difference between two versions, as people read it; `to` carries the new value so the change can be replayed. */
export type ItemChange =
  | { kind: "field"; field: ScalarField; label: string; change: "changed"; before: string; after: string; to: ItemContent[ScalarField] }
  | {
      kind: "entry";
      field: "materials" | "fees";
      key: string;
      label: string;
      change: "added" | "removed" | "changed";
      before: string | null;
      after: string | null;
      to: Material | Fee | null;
      /** Where an added entry stands in the new list. */
      at: number | null;
    }
  | { kind: "order"; field: "materials" | "fees"; label: string; change: "changed"; before: string; after: string; to: string[] };

function fen(amount: number): string {
  return amount === 0 ? "免费" : `${(amount / 100).toFixed(2)} 元`;
}

function scalarText(field: ScalarField, v: ItemContent): string {
  switch (field) {
    case "category":
      return CATEGORY_LABELS[v.category];
    case "level":
      return LEVEL_LABELS[v.level];
    case "timeLimitDays":
      return v.timeLimitDays === 0 ? "即办件" : `${v.timeLimitDays} 个工作日`;
    case "inPerson":
    case "needsReview":
    case "needsSurvey":
      return v[field] ? "是" : "否";
    default:
      return v[field] === "" ? "（空）" : v[field];
  }
}

export function materialText(m: Material): string {
  return `${m.name}（${MATERIAL_FORM_LABELS[m.form]}，${m.count} 份，${m.required ? "必需" : "视情况提供"}）`;
}

export function feeText(f: Fee): string {
  return `${f.name} ${fen(f.amountFen)}，依据：${f.basis}`;
}

function sameEntry(a: Material | Fee, b: Material | Fee): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function listChanges<T extends Material | Fee>(field: "materials" | "fees", a: T[], b: T[], text: (e: T) => string): ItemChange[] {
  const what = field === "materials" ? "申请材料" : "收费项目";
  const before = new Map(a.map((e) => [e.key, e]));
  const after = new Map(b.map((e) => [e.key, e]));
  const out: ItemChange[] = [];
  for (const e of a) {
    const now = after.get(e.key);
    if (!now) out.push({ kind: "entry", field, key: e.key, label: `${what}：${e.name}`, change: "removed", before: text(e), after: null, to: null, at: null });
    else if (!sameEntry(e, now)) out.push({ kind: "entry", field, key: e.key, label: `${what}：${now.name}`, change: "changed", before: text(e), after: text(now), to: now, at: null });
  }
  b.forEach((e, at) => {
    if (!before.has(e.key)) out.push({ kind: "entry", field, key: e.key, label: `${what}：${e.name}`, change: "added", before: null, after: text(e), to: e, at });
  });
  // the same entries in another order change the guide too
  const keptBefore = a.filter((e) => after.has(e.key)).map((e) => e.key);
  const keptAfter = b.filter((e) => before.has(e.key)).map((e) => e.key);
  if (keptBefore.join("\u0000") !== keptAfter.join("\u0000")) {
    const names = (keys: string[], list: T[]) => keys.map((k) => list.find((e) => e.key === k)!.name).join("、");
    out.push({ kind: "order", field, label: `${what}顺序`, change: "changed", before: names(keptBefore, a), after: names(keptAfter, b), to: b.map((e) => e.key) });
  }
  return out;
}

/** Every difference between two versions' content, field by field; materials and fees matched by key. */
export function diffItemVersions(a: ItemContent, b: ItemContent): ItemChange[] {
  const changes: ItemChange[] = [];
  for (const field of SCALAR_FIELDS) {
    if (a[field] !== b[field]) {
      changes.push({ kind: "field", field, label: ITEM_FIELD_LABELS[field], change: "changed", before: scalarText(field, a), after: scalarText(field, b), to: b[field] });
    }
  }
  changes.push(...listChanges("materials", a.materials, b.materials, materialText));
  changes.push(...listChanges("fees", a.fees, b.fees, feeText));
  return changes;
}

/** Replay changes onto a version's content (the inverse check of diffItemVersions: a + diff(a, b) = b). */
export function applyItemChanges(a: ItemContent, changes: readonly ItemChange[]): ItemContent {
  const out: ItemContent = { ...a, materials: [...a.materials], fees: [...a.fees] };
  for (const c of changes) {
    if (c.kind === "field") (out as Record<ScalarField, unknown>)[c.field] = c.to;
  }
  for (const field of ["materials", "fees"] as const) {
    const list: (Material | Fee)[] = [...out[field]];
    for (const c of changes) {
      if (c.kind !== "entry" || c.field !== field) continue;
      const i = list.findIndex((e) => e.key === c.key);
      if (c.change === "removed") list.splice(i, 1);
      else if (c.change === "changed") list[i] = c.to!;
    }
    // added entries go in at their places, front to back
    for (const c of changes) {
      if (c.kind === "entry" && c.field === field && c.change === "added") list.splice(c.at!, 0, c.to!);
    }
    const order = changes.find((c) => c.kind === "order" && c.field === field);
    const keys = order?.kind === "order" ? order.to : null;
    const sorted = keys ? [...list].sort((x, y) => keys.indexOf(x.key) - keys.indexOf(y.key)) : list;
    (out as Record<string, unknown>)[field] = sorted;
  }
  return out;
}

/** The content of a stored version (drops identity and bookkeeping columns). */
export function itemContentOf(v: ItemContent & Record<string, unknown>): ItemContent {
  const out = {} as Record<string, unknown>;
  for (const f of Object.keys(ITEM_FIELD_LABELS)) out[f] = v[f];
  return out as ItemContent;
}

/** The next free key for a new material ("m5") or fee ("f2") of a list. */
export function nextEntryKey(prefix: "m" | "f", keys: readonly string[]): string {
  const used = keys.map((k) => (k.startsWith(prefix) ? Number(k.slice(1)) : 0)).filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(0, ...used) + 1}`;
}
