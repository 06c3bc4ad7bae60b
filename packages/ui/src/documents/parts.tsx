import type { DocumentTitle, Field, FieldRow, PaperSize, ReceiptData } from "@bianmin/documents";

/** The class that sets the paper size (@page) and type scale of a sheet; see print.css. */
export function sheetClass(size: PaperSize, kind: string): string {
  return `doc-sheet sheet-${size === "A5" ? "a5" : "a4"} doc-${kind}`;
}

export function SheetHeader({ title }: { title: DocumentTitle }) {
  return (
    <header className="doc-header">
      <h1 className="doc-title">{title.title}</h1>
      <p className="doc-station">{title.station}</p>
      <p className="doc-station-line">{title.stationLine}</p>
    </header>
  );
}

function FieldValue({ field }: { field: Field }) {
  return (
    <>
      {field.value ? <div className={field.strong ? "doc-strong" : undefined}>{field.value}</div> : null}
      {field.table ? (
        <table className="doc-subtable">
          <colgroup>
            {field.table.widths.map((w, i) => (
              <col key={i} style={{ width: `${w * 100}%` }} />
            ))}
          </colgroup>
          <tbody>
            {field.table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} className={field.table?.align?.[i] === "right" ? "num" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {field.note ? <div className="doc-note">{field.note}</div> : null}
    </>
  );
}

/** The bordered field table: four columns, a row holds one field (value spans three) or two side by side. */
export function FieldTable({ rows }: { rows: FieldRow[] }) {
  return (
    <table className="doc-fields">
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((field, i) => (
              <FieldCells key={i} field={field} span={row.length === 1 ? 3 : 1} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FieldCells({ field, span }: { field: Field; span: number }) {
  return (
    <>
      <th scope="row">{field.label}</th>
      <td colSpan={span}>
        <FieldValue field={field} />
      </td>
    </>
  );
}

export function Hotlines({ lines }: { lines: string[] }) {
  return (
    <section className="doc-hotlines">
      <h2 className="doc-heading">投诉监督电话</h2>
      <ul className="doc-small doc-plain-list">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}

export function Signatures({ labels, date }: { labels: string[]; date: string | null }) {
  return (
    <div className="doc-signatures">
      {labels.map((l) => (
        <span key={l} className="doc-signature">
          {l}：<span className="doc-signature-line" />
        </span>
      ))}
      {date ? <span className="doc-signature-date">日期：{date}</span> : null}
    </div>
  );
}

export function Issuer({ station, date }: { station: ReceiptData["station"]; date: string }) {
  return (
    <div className="doc-issuer">
      <div>{station.name}（盖章）</div>
      <div>{date}</div>
    </div>
  );
}
