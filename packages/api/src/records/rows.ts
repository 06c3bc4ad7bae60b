import { MATTER_STATUS_LABELS, MODE_LABELS, OUTCOME_LABELS, ROUTE_LABELS, maskIdNumber } from "@bianmin/domain";
import type { MatterRow, recordQueries } from "@bianmin/db";
import type { TableExport } from "@bianmin/documents";

const SH_MS = 8 * 3600_000;
const when = (d: Date | string | null) => (d ? new Date(new Date(d).getTime() + SH_MS).toISOString().slice(0, 16).replace("T", " ") : "");
const day = (d: string | null) => d ?? "";
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 便民服务事项登记表 (R-INT-3): the paper form's columns. */
export const LEDGER_COLUMNS: TableExport["columns"] = [
  { header: "序号", width: 5 },
  { header: "登记时间", width: 15 },
  { header: "申请人", width: 9 },
  { header: "身份证号", width: 19 },
  { header: "联系电话", width: 13 },
  { header: "住址", width: 18 },
  { header: "申办事项", width: 20 },
  { header: "服务方式", width: 7 },
  { header: "提交材料", width: 26 },
  { header: "收费（元）", width: 12 },
  { header: "受理代办员", width: 9 },
  { header: "受理情况", width: 12 },
  { header: "回执编号", width: 24 },
  { header: "承诺办结", width: 11 },
];

function decisionOf(m: MatterRow): string {
  const s = m.state;
  if (s.rejection) return `退回：${s.rejection.reason}`;
  if (s.referral) return `告知：${s.referral.body}`;
  if (s.receiptNo) return "已受理";
  if (s.status === "awaitingSupplement") return "待补交材料";
  return "待受理";
}

export function ledgerRow(m: MatterRow, i: number): string[] {
  const s = m.state;
  const a = s.applicant!;
  return [
    String(i + 1),
    when(m.registeredAt),
    a.name,
    a.idNumber ? maskIdNumber(a.idNumber) : "",
    a.phone,
    a.address,
    m.itemName,
    s.mode ? MODE_LABELS[s.mode] : "",
    s.materials.map((x) => `${x.name}×${x.count}`).join("；"),
    s.fees.length ? s.fees.map((f) => `${f.name}${yuan(f.amountFen)}`).join("；") : "免费",
    s.registeredBy?.name ?? "",
    decisionOf(m),
    s.receiptNo ?? "",
    day(s.promisedDate),
  ];
}

/** 服务记录本 (R-RUL-4): time, person, content, resolution path, status. */
export const BOOK_COLUMNS: TableExport["columns"] = [
  { header: "序号", width: 5 },
  { header: "服务时间", width: 15 },
  { header: "服务对象", width: 9 },
  { header: "联系电话", width: 13 },
  { header: "服务内容", width: 30 },
  { header: "解决途径", width: 32 },
  { header: "办理情况", width: 22 },
  { header: "经办人", width: 9 },
];

/** What the book shows of a matter. */
export type BookMatter = recordQueries.BookMatter;

function pathOf(m: BookMatter): string {
  const s = m.state;
  if (s.rejection) return `退回（不予受理）：${s.rejection.reason}`;
  if (s.referral) return `告知向「${s.referral.body}」申请`;
  const parts: string[] = [];
  if (s.route) parts.push(ROUTE_LABELS[s.route]);
  if (s.completion) {
    parts.push(`办结：${OUTCOME_LABELS[s.completion.outcome]}${s.completion.note ? `，${s.completion.note}` : ""}`);
  }
  return parts.join("；") || "待受理";
}

export function bookRow(m: BookMatter, i: number): string[] {
  const s = m.state;
  const content = `${m.itemName}${s.note ? `：${s.note}` : ""}`;
  const status = `${MATTER_STATUS_LABELS[s.status]}${s.completion ? `（${s.completion.completedOn}办结）` : ""}${s.rating ? "，已评价" : ""}`;
  return [String(i + 1), when(m.registeredAt), s.applicant!.name, s.applicant!.phone, content, pathOf(m), status, s.responsibleAgent?.name ?? s.registeredBy?.name ?? ""];
}
