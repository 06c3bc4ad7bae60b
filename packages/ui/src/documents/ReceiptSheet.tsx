import {
  RECEIPT_NOTES,
  RECEIPT_RIGHTS_AND_DUTIES,
  formatCnDate,
  hotlineLines,
  lookupCaption,
  receiptFields,
  receiptTitle,
} from "@bianmin/documents";
import type { PaperSize, ReceiptData } from "@bianmin/documents";
import { FieldTable, Hotlines, SheetHeader, Signatures, sheetClass } from "./parts";

/**
 * 收件回执单 for printing from the browser (R-INT-5); same content and order as renderReceiptPdf.
 * `qrSvg` is the <svg> string from qrSvg(data.lookupUrl) of @bianmin/documents.
 */
export function ReceiptSheet({ data, size, qrSvg }: { data: ReceiptData; size: PaperSize; qrSvg: string }) {
  return (
    <article className={sheetClass(size, "receipt")}>
      <SheetHeader title={receiptTitle(data)} />
      <FieldTable rows={receiptFields(data)} />
      <section className="doc-rights">
        <h2 className="doc-heading">申请人的权利和义务</h2>
        <ol className="doc-small">
          {RECEIPT_RIGHTS_AND_DUTIES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </section>
      <div className="doc-bottom">
        <Hotlines lines={hotlineLines(data.complaintHotlines)} />
        <figure className="doc-qr">
          {/* the svg string comes from the qrcode library, not from user input */}
          <div className="doc-qr-code" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="doc-small">{lookupCaption(data)}</figcaption>
        </figure>
      </div>
      <Signatures labels={["申请人签字", "代办员签字"]} date={formatCnDate(data.acceptedAt)} />
      <p className="doc-small doc-footnote">注：{RECEIPT_NOTES.join("")}</p>
    </article>
  );
}
