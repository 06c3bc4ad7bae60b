import { z } from "zod";
import type { Calendar } from "./calendar";
import type { IsoDate } from "./dates";
import { addWorkdays } from "./deadline";
import { DomainError } from "./errors";
import { INSPECTION_CHECKS, INSPECTION_CHECK_KEYS } from "./inspection";
import type { InspectionCheckKey, InspectionFinding } from "./inspection";
import { deadlineStatusOn } from "./lights";
import type { DeadlineStatus } from "./lights";
import { isoDateSchema, optionalText, requiredText } from "./schemas";

/**
 * 明察暗访 records and their 整改 (R-SUP-2): the inspector answers every check once (a failed one says what was
 * found), may require rectifications due N working days after the visit; the station head reports each as done
 * and the station's township centre confirms it (or confirms directly after verifying on site).
 */

export const INSPECTION_CENTER_KINDS = ["approval", "efficiency"] as const;
export type InspectionCenterKind = (typeof INSPECTION_CENTER_KINDS)[number];
export const INSPECTION_CENTER_LABELS: Record<InspectionCenterKind, string> = { approval: "区行政审批中心", efficiency: "区行政效能中心" };

export const RECTIFICATION_STATUSES = ["open", "reported", "confirmed"] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = { open: "待整改", reported: "已报告，待中心确认", confirmed: "已确认整改到位" };

export const INSPECTION_NOTE_MAX = 200;
export const RECTIFICATION_TEXT_MAX = 500;
export const RECTIFICATION_DAYS_MAX = 60;
export const RECTIFICATIONS_MAX = 20;

export const inspectionCheckLabel = (key: InspectionCheckKey): string => INSPECTION_CHECKS.find((c) => c.key === key)!.label;

const checkKeySchema = z.enum(INSPECTION_CHECK_KEYS as [InspectionCheckKey, ...InspectionCheckKey[]], { error: "检查项不正确" });

/** One answered check: passed or not, a note (required when failed, see below), and the agent concerned if any. */
export const inspectionFindingSchema = z.object({
  check: checkKeySchema,
  passed: z.boolean({ error: "检查结果须为通过或未通过" }),
  note: z
    .string({ error: "问题说明必须是文字" })
    .trim()
    .max(INSPECTION_NOTE_MAX, { error: `问题说明不能超过${INSPECTION_NOTE_MAX}个字` })
    .nullish()
    .transform((v) => (v ? v : null)),
  agentId: z
    .uuid({ error: "涉及代办员格式不正确" })
    .nullish()
    .transform((v) => v ?? null),
});

/** The findings of one visit: every check answered exactly once, and every failed check with a note of what was found. */
export const inspectionFindingsSchema = z.array(inspectionFindingSchema, { error: "检查结果不能为空" }).superRefine((findings, c) => {
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    if (seen.has(f.check)) c.addIssue({ code: "custom", path: [i, "check"], message: `检查项重复：${inspectionCheckLabel(f.check)}` });
    seen.add(f.check);
    if (!f.passed && !f.note) c.addIssue({ code: "custom", path: [i, "note"], message: `“${inspectionCheckLabel(f.check)}”未通过，请写明发现的问题` });
  });
  for (const key of INSPECTION_CHECK_KEYS) {
    if (!seen.has(key)) c.addIssue({ code: "custom", path: [], message: `检查结果：缺少“${inspectionCheckLabel(key)}”一项，请逐项填写是否通过` });
  }
});

/** One rectification required by the inspector, due `days` working days after the visit. */
export const rectificationInputSchema = z.object({
  requirement: requiredText("整改要求", RECTIFICATION_TEXT_MAX),
  days: z
    .number({ error: "整改期限须为工作日天数" })
    .int({ error: "整改期限须为整数个工作日" })
    .min(1, { error: "整改期限至少1个工作日" })
    .max(RECTIFICATION_DAYS_MAX, { error: `整改期限不能超过${RECTIFICATION_DAYS_MAX}个工作日` }),
});

/** What the inspector submits (the date's relation to today is checked by `assertInspectedOn`). */
export const inspectionRecordSchema = z.object({
  stationId: z.uuid({ error: "请选择被检查的代办站" }),
  inspectedOn: isoDateSchema("检查日期"),
  findings: inspectionFindingsSchema,
  note: optionalText("检查情况说明", RECTIFICATION_TEXT_MAX),
  rectifications: z.array(rectificationInputSchema, { error: "整改要求格式不正确" }).max(RECTIFICATIONS_MAX, { error: `整改要求不能超过${RECTIFICATIONS_MAX}条` }).default([]),
});
export type InspectionRecordInput = z.infer<typeof inspectionRecordSchema>;

/** An inspection is recorded after the visit: its date may not lie after today. */
export function assertInspectedOn(inspectedOn: IsoDate, today: IsoDate): void {
  if (inspectedOn > today) throw new DomainError("INVALID_INPUT", "检查日期不能晚于今天", { field: "inspectedOn", inspectedOn, today });
}

/** Findings in checklist order (the stored form); only a failed check names an agent. */
export function orderFindings(findings: readonly InspectionFinding[]): InspectionFinding[] {
  return INSPECTION_CHECK_KEYS.map((k) => findings.find((f) => f.check === k))
    .filter((f): f is InspectionFinding => f !== undefined)
    .map((f) => ({ check: f.check, passed: f.passed, note: f.note, agentId: f.passed ? null : f.agentId }));
}

/** A rectification is due N working days after the inspection date (the visit day itself is not counted). */
export function rectificationDueDate(calendar: Calendar, inspectedOn: IsoDate, days: number): IsoDate {
  return addWorkdays(calendar, inspectedOn, days);
}

/** The station head reports a rectification as done, saying what was done; only an open one. */
export function reportRectification(status: RectificationStatus, report: string): { status: "reported"; report: string } {
  if (status === "reported") throw new DomainError("INVALID_INPUT", "该整改已报告，正在等待乡镇（街道）便民服务中心确认", { status });
  if (status === "confirmed") throw new DomainError("INVALID_INPUT", "该整改已确认到位，不能再报告", { status });
  if (!report.trim()) throw new DomainError("INVALID_INPUT", "整改情况：请写明整改措施和结果", { field: "report" });
  return { status: "reported", report: report.trim() };
}

/**
 * The township centre confirms a rectification, with a note: a reported one, or an open one it verified on site
 * (the note says so). A confirmed one cannot be confirmed again.
 */
export function confirmRectification(status: RectificationStatus, note: string): { status: "confirmed"; note: string; onSite: boolean } {
  if (status === "confirmed") throw new DomainError("INVALID_INPUT", "该整改已确认到位", { status });
  if (!note.trim()) throw new DomainError("INVALID_INPUT", "确认意见：请写明核实情况", { field: "note" });
  return { status: "confirmed", note: note.trim(), onSite: status === "open" };
}

export interface RectificationFacts {
  dueDate: IsoDate;
  status: RectificationStatus;
  /** The day the station reported it done (Asia/Shanghai), if it did. */
  reportedOn: IsoDate | null;
  /** The day the centre confirmed it, if it did. */
  confirmedOn: IsoDate | null;
}

/**
 * The light of a rectification by the deadline rule (R-DL-4): open ones green / yellow / red against the due date;
 * done ones on time or late by the day the work was done (reported, or confirmed on site without a report).
 */
export function rectificationStatusOn(calendar: Calendar, r: RectificationFacts, today: IsoDate): Exclude<DeadlineStatus, { kind: "none" }> {
  const doneOn = r.status === "open" ? null : (r.reportedOn ?? r.confirmedOn);
  return deadlineStatusOn(calendar, { promisedDate: r.dueDate, completedOn: doneOn }, today);
}

/** True when an open rectification is past its due date (red). */
export function rectificationOverdue(calendar: Calendar, r: RectificationFacts, today: IsoDate): boolean {
  const s = rectificationStatusOn(calendar, r, today);
  return s.kind === "open" && s.light === "red";
}
