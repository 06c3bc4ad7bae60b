import {
  SUPPLEMENT_TABLE_HEAD,
  formatCnDate,
  supplementFields,
  supplementIntro,
  supplementOutro,
  supplementTitle,
} from "@bianmin/documents";
import type { PaperSize, SupplementNoticeData } from "@bianmin/documents";
import { FieldTable, Issuer, SheetHeader, Signatures, sheetClass } from "./parts";

/** 补交材料清单 for printing (R-INT-4): exactly the missing or defective materials; same as the PDF. */
export function SupplementNoticeSheet({ data, size }: { data: SupplementNoticeData; size: PaperSize }) {
  return (
    <article className={sheetClass(size, "supplement")}>
      <SheetHeader title={supplementTitle(data)} />
      <FieldTable rows={supplementFields(data)} />
      <p className="doc-text">{supplementIntro(data)}</p>
      <table className="doc-grid">
        <colgroup>
          <col style={{ width: "8%" }} />
          <col style={{ width: "37%" }} />
          <col style={{ width: "55%" }} />
        </colgroup>
        <thead>
          <tr>
            {SUPPLEMENT_TABLE_HEAD.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.lines.map((l, i) => (
            <tr key={i}>
              <td className="doc-center">{i + 1}</td>
              <td>{l.name}</td>
              <td>{l.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.note ? <p className="doc-text">备注：{data.note}</p> : null}
      <p className="doc-text">{supplementOutro(data)}</p>
      <Signatures labels={["代办员签字", "申请人签收"]} date={null} />
      <Issuer station={data.station} date={formatCnDate(data.issuedAt)} />
    </article>
  );
}
