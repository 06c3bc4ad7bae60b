import { decisionFields, decisionIntro, decisionOutro, decisionTitle, formatCnDate, hotlineLines } from "@bianmin/documents";
import type { DecisionNoticeData, PaperSize } from "@bianmin/documents";
import { FieldTable, Hotlines, Issuer, SheetHeader, Signatures, sheetClass } from "./parts";

/** 退回通知书 (reject, with the written reason) or 告知单 (refer, with the body to apply to), R-INT-4; same as the PDF. */
export function DecisionNoticeSheet({ data, size }: { data: DecisionNoticeData; size: PaperSize }) {
  return (
    <article className={sheetClass(size, data.kind)}>
      <SheetHeader title={decisionTitle(data)} />
      <p className="doc-text">{decisionIntro(data)}</p>
      <FieldTable rows={decisionFields(data)} />
      <p className="doc-text">{decisionOutro(data)}</p>
      <Hotlines lines={hotlineLines(data.complaintHotlines)} />
      <Signatures labels={["代办员签字", "申请人签收"]} date={null} />
      <Issuer station={data.station} date={formatCnDate(data.issuedAt)} />
    </article>
  );
}
