import { z } from "zod";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

/**
 * 规范化建设 (R-ORG-5, §五(一)–(六)): the checklist a station must pass before its township centre confirms it
 * as operating. The station head fills it; the centre confirms or sends it back with a note.
 */
export const CHECKLIST_ITEMS = [
  { key: "nameSign", label: "代办站名称统一规范，并在村（社区）显著位置标示", basis: "五（一）" },
  { key: "leadingGroup", label: "成立便民服务工作领导小组，村（社区）主任任组长（站长）", basis: "五（二）" },
  { key: "office", label: "有固定办公场所（填写面积）", basis: "五（三）" },
  { key: "equipment", label: "配备必要的办公用品及便民服务设施", basis: "五（三）" },
  { key: "guide", label: "制作并公开办事指南（项目、程序、收费标准及依据）", basis: "五（四）" },
  { key: "display", label: "代办流程、工作制度、服务人员、岗位职责、联系电话在醒目位置公示", basis: "五（四）" },
  { key: "complaintBox", label: "大厅设立投诉意见箱", basis: "五（四）" },
  { key: "complaintHotline", label: "开通并公示投诉热线电话", basis: "五（四）" },
  { key: "recordBook", label: "设置专门的服务记录本", basis: "五（五）" },
  { key: "badges", label: "代办员挂牌上岗", basis: "五（六）" },
] as const;

export type ChecklistKey = (typeof CHECKLIST_ITEMS)[number]["key"];
export const CHECKLIST_KEYS = CHECKLIST_ITEMS.map((i) => i.key) as readonly ChecklistKey[];

const labelOf = (key: ChecklistKey) => CHECKLIST_ITEMS.find((i) => i.key === key)!.label;

export interface ChecklistEntry {
  key: ChecklistKey;
  passed: boolean;
  /** What the head wrote (e.g. where the sign hangs), optional. */
  note: string | null;
}

export const CHECKLIST_STATUSES = ["draft", "submitted", "returned", "confirmed"] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  draft: "填写中",
  submitted: "待中心确认",
  returned: "已退回整改",
  confirmed: "已确认达标",
};

/** Longest note per item and longest review note. */
export const CHECKLIST_NOTE_MAX = 200;
export const CHECKLIST_REVIEW_NOTE_MAX = 500;
/** A plausible upper bound for an office, in m² (a typo guard, not a rule of the source). */
export const CHECKLIST_AREA_MAX = 10_000;

const checklistKeySchema = z.enum(CHECKLIST_KEYS as [ChecklistKey, ...ChecklistKey[]], { error: "检查项不正确" });

/** One item as the head fills it in: passed or not, and an optional note. */
export const checklistEntrySchema = z.object({
  key: checklistKeySchema,
  passed: z.boolean({ error: "是否达标须为是或否" }),
  note: z
    .string({ error: "说明必须是文字" })
    .trim()
    .max(CHECKLIST_NOTE_MAX, { error: `说明不能超过${CHECKLIST_NOTE_MAX}个字` })
    .nullish()
    .transform((v) => (v ? v : null)),
});

/** The items of a checklist: each item at most once. */
export const checklistEntriesSchema = z.array(checklistEntrySchema, { error: "检查项不能为空" }).superRefine((entries, c) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.key)) c.addIssue({ code: "custom", path: [i, "key"], message: `检查项重复：${labelOf(e.key)}` });
    seen.add(e.key);
  });
});

/** The office area in whole square metres; empty while not yet measured. */
export const areaM2Schema = z
  .number({ error: "办公场所面积须为数字（平方米）" })
  .int({ error: "办公场所面积须为整数（平方米）" })
  .min(1, { error: "办公场所面积须大于0平方米" })
  .max(CHECKLIST_AREA_MAX, { error: `办公场所面积不能超过${CHECKLIST_AREA_MAX}平方米` })
  .nullable();

export interface ChecklistSummary {
  passed: number;
  total: number;
  /** Labels of the items not passed. */
  failing: string[];
  complete: boolean;
}

/** Orders entries as the checklist and fills in missing items as not passed. */
export function normalizeChecklist(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  return CHECKLIST_ITEMS.map((i) => entries.find((e) => e.key === i.key) ?? { key: i.key, passed: false, note: null });
}

export function summarizeChecklist(entries: readonly ChecklistEntry[], areaM2: number | null): ChecklistSummary {
  const all = normalizeChecklist(entries);
  const ok = (e: ChecklistEntry) => e.passed && (e.key !== "office" || (areaM2 !== null && areaM2 > 0));
  const failing = all.filter((e) => !ok(e)).map((e) => labelOf(e.key));
  return { passed: all.length - failing.length, total: all.length, failing, complete: failing.length === 0 };
}

/** The head may change the checklist only while it is being filled in or after it was sent back. */
export function assertEditable(status: ChecklistStatus): void {
  if (status === "submitted") throw new DomainError("INVALID_INPUT", "检查表已提交，正在等待乡镇（街道）便民服务中心确认，暂不能修改", { status });
  if (status === "confirmed") throw new DomainError("INVALID_INPUT", "规范化建设已确认达标，检查表不能再修改", { status });
}

/** The head submits the checklist for confirmation: every item passed and the office area given. */
export function assertSubmittable(status: ChecklistStatus, entries: readonly ChecklistEntry[], areaM2: number | null): void {
  if (status === "submitted") throw new DomainError("INVALID_INPUT", "规范化建设检查表已提交，正在等待乡镇（街道）便民服务中心确认", {});
  if (status === "confirmed") throw new DomainError("INVALID_INPUT", "规范化建设已确认达标，无需再次提交", {});
  const office = entries.find((e) => e.key === "office");
  if (office?.passed && (areaM2 === null || areaM2 <= 0)) {
    throw new DomainError("INVALID_INPUT", "办公场所面积：请填写大于0的面积（平方米）", { field: "areaM2" });
  }
  const s = summarizeChecklist(entries, areaM2);
  if (!s.complete) {
    throw new DomainError("INVALID_INPUT", `以下检查项尚未达标，不能提交确认：${s.failing.join("；")}`, { failing: s.failing });
  }
}

/** The centre confirms a submitted checklist: the station becomes operating on `on`. */
export function confirmChecklist(status: ChecklistStatus, on: IsoDate): { status: "confirmed"; operatingSince: IsoDate } {
  if (status !== "submitted") {
    throw new DomainError("INVALID_INPUT", status === "confirmed" ? "该代办站的规范化建设已经确认" : "代办站尚未提交规范化建设检查表，不能确认", { status });
  }
  return { status: "confirmed", operatingSince: on };
}

/** The centre sends a submitted checklist back, saying why. */
export function returnChecklist(status: ChecklistStatus, note: string): { status: "returned"; note: string } {
  if (status !== "submitted") throw new DomainError("INVALID_INPUT", "只有已提交的检查表可以退回", { status });
  if (!note.trim()) throw new DomainError("INVALID_INPUT", "退回意见：请写明需要整改的内容", { field: "note" });
  return { status: "returned", note: note.trim() };
}
