/**
 * What each document says, in order, independent of how it is drawn. The PDF renderers and the React print
 * sheets both walk these structures, so the paper and the screen always say the same thing.
 */
import { formatCnDate, formatCnDateTime, formatYuan } from "./format";
import type { DecisionNoticeData, ReceiptData, SupplementNoticeData } from "./types";

/** A small column table inside a field's value cell, e.g. materials (name / 原件 / 份数). */
export interface FieldTable {
  rows: string[][];
  /** fractions of the cell width, one per column, summing to 1 */
  widths: number[];
  /** alignment per column */
  align?: ("left" | "right")[];
}

export interface Field {
  label: string;
  /** main text; may be "" when `table` carries the value */
  value: string;
  table?: FieldTable;
  /** small print under the value */
  note?: string;
  strong?: boolean;
}

/** One row of the bordered field table: one field spanning the row, or two side by side. */
export type FieldRow = [Field] | [Field, Field];

export interface DocumentTitle {
  title: string;
  station: string;
  stationLine: string;
}

/** ideographic space between parts of one line */
const SP = "\u3000";

export const DISTRICT_TITLE = "二七区便民服务代办站";

function stationLine(station: ReceiptData["station"]): string {
  return `地址：${station.address}${SP}电话：${station.phone}${SP}办公时间：${station.officeHours}`;
}

export function receiptTitle(d: ReceiptData): DocumentTitle {
  return { title: `${DISTRICT_TITLE} 收件回执单`, station: d.station.name, stationLine: stationLine(d.station) };
}

function applicantRows(a: ReceiptData["applicant"]): FieldRow[] {
  return [
    [
      { label: "申请人", value: a.name, strong: true },
      { label: "联系电话", value: a.phoneMasked },
    ],
    [
      { label: "身份证号", value: a.idNumberMasked ?? "—" },
      { label: "住址", value: a.address || "—" },
    ],
  ];
}

function timeLimitText(days: number): string {
  return days === 0 ? "即办件（当场办结）" : `${days} 个工作日`;
}

export function receiptFields(d: ReceiptData): FieldRow[] {
  const rows: FieldRow[] = [
    [
      { label: "回执编号", value: d.receiptNo, strong: true },
      { label: "查询码", value: d.lookupCode, strong: true },
    ],
    ...applicantRows(d.applicant),
    [{ label: "申请事项", value: `${d.item.name}（事项编码 ${d.item.code}，第 ${d.item.version} 版）`, strong: true }],
    [
      { label: "办理机关", value: d.item.handlingBody },
      { label: "承诺时限", value: timeLimitText(d.item.timeLimitDays) },
    ],
    [
      {
        label: "服务方式",
        value: d.authorization
          ? `${d.modeLabel}（申请人于 ${formatCnDate(d.authorization.signedOn)} 签署授权委托书，委托代办员 ${d.authorization.agentName} 代为办理）`
          : d.modeLabel,
      },
    ],
    [
      d.materials.length === 0
        ? { label: "收到材料", value: "无（本事项无需提交材料）" }
        : {
            label: "收到材料",
            value: "",
            table: {
              rows: d.materials.map((m, i) => [`${i + 1}. ${m.name}`, m.formLabel, `${m.count} 份`]),
              widths: [0.66, 0.17, 0.17],
              align: ["left", "left", "right"],
            },
          },
    ],
    [feeField(d.fees)],
    [
      { label: "受理时间", value: formatCnDateTime(d.acceptedAt) },
      { label: "受理代办员", value: d.acceptingAgent.name },
    ],
    [
      {
        label: "承诺办结日期",
        value: formatCnDate(d.promisedDate),
        strong: true,
        ...(d.deadlineExplanation ? { note: d.deadlineExplanation } : {}),
      },
    ],
    [{ label: "归口代办员及电话", value: `${d.responsibleAgent.name}${SP}电话 ${d.responsibleAgent.phone}` }],
  ];
  return rows;
}

function feeField(fees: ReceiptData["fees"]): Field {
  if (fees.length === 0) return { label: "收费", value: "免费（代办服务不收取任何费用）" };
  const total = fees.reduce((sum, f) => sum + f.amountFen, 0);
  return {
    label: "收费",
    value: "",
    table: {
      rows: fees.map((f) => [f.name, formatYuan(f.amountFen), `依据：${f.basis}`]),
      widths: [0.3, 0.16, 0.54],
      align: ["left", "right", "left"],
    },
    note: `${fees.length > 1 ? `合计 ${formatYuan(total)}。` : ""}以上为法定收费，代办服务本身不收取任何费用。`,
  };
}

export function lookupCaption(d: ReceiptData): string {
  return `扫码或凭查询码 ${d.lookupCode} 及手机号后四位查询办理进度`;
}

export function hotlineLines(hotlines: ReceiptData["complaintHotlines"]): string[] {
  return hotlines.map((h) => `${h.name}${SP}${h.phone}${SP}${h.address}`);
}

/* ---------- 补交材料清单 ---------- */

export function supplementTitle(d: SupplementNoticeData): DocumentTitle {
  return { title: `${DISTRICT_TITLE} 补交材料清单`, station: d.station.name, stationLine: stationLine(d.station) };
}

export function supplementFields(d: SupplementNoticeData): FieldRow[] {
  return [
    [
      { label: "通知编号", value: d.noticeNo, strong: true },
      { label: "开具时间", value: formatCnDateTime(d.issuedAt) },
    ],
    ...applicantRows(d.applicant),
    [{ label: "申请事项", value: `${d.item.name}（事项编码 ${d.item.code}，第 ${d.item.version} 版）`, strong: true }],
  ];
}

export function supplementIntro(d: SupplementNoticeData): string {
  return `经审查，您申请办理的“${d.item.name}”所需材料不齐全或不符合要求，暂不能受理。请补交下列材料：`;
}

export const SUPPLEMENT_TABLE_HEAD = ["序号", "材料名称", "补交要求"] as const;

export function supplementOutro(d: SupplementNoticeData): string {
  return `材料补齐后本站即予受理，承诺时限自受理之日起计算。如有疑问请联系代办员 ${d.agent.name}，电话 ${d.agent.phone}。`;
}

/* ---------- 退回通知书 / 告知单 ---------- */

export function decisionTitle(d: DecisionNoticeData): DocumentTitle {
  const name = d.kind === "reject" ? "退回通知书" : "告知单";
  return { title: `${DISTRICT_TITLE} ${name}`, station: d.station.name, stationLine: stationLine(d.station) };
}

export function decisionFields(d: DecisionNoticeData): FieldRow[] {
  const rows: FieldRow[] = [
    [
      { label: "通知编号", value: d.noticeNo, strong: true },
      { label: "开具时间", value: formatCnDateTime(d.issuedAt) },
    ],
    ...applicantRows(d.applicant),
    [{ label: "申请事项", value: `${d.item.name}（事项编码 ${d.item.code}）`, strong: true }],
  ];
  if (d.kind === "reject") rows.push([{ label: "退回理由", value: d.reason ?? "—", strong: true }]);
  else rows.push([{ label: "办理机关", value: d.body ?? "—", strong: true }]);
  if (d.note) rows.push([{ label: "备注", value: d.note }]);
  return rows;
}

export function decisionIntro(d: DecisionNoticeData): string {
  return d.kind === "reject"
    ? `经审查，您申请办理的“${d.item.name}”不符合法定受理条件，本站不予受理，申请材料已全部退还。理由见下表。`
    : `您申请办理的“${d.item.name}”不属于本代办站代办事项范围，请您向下表所列单位申请办理。`;
}

export function decisionOutro(d: DecisionNoticeData): string {
  return d.kind === "reject"
    ? `如对本通知有异议，可联系代办员 ${d.agent.name}（电话 ${d.agent.phone}），或向下列单位投诉反映。`
    : `如需帮助，可联系代办员 ${d.agent.name}（电话 ${d.agent.phone}）；对服务不满意的，可向下列单位投诉反映。`;
}
