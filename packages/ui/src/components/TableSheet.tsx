import type { TableExport } from "@bianmin/documents";

/** A register or record book on screen and on paper: title, period, and the table in the paper form's columns. */
export function TableSheet({ t, testId }: { t: Pick<TableExport, "title" | "subtitle" | "columns" | "rows">; testId?: string }) {
  return (
    <article className="table-sheet" data-testid={testId}>
      <h2 className="sheet-title">{t.title}</h2>
      <p className="muted sheet-sub">{t.subtitle}</p>
      <div className="table-scroll">
        <table className="table ledger">
          <thead>
            <tr>
              {t.columns.map((c) => (
                <th key={c.header}>{c.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.length === 0 ? (
              <tr>
                <td colSpan={t.columns.length} className="muted">
                  本期无记录
                </td>
              </tr>
            ) : (
              t.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </article>
  );
}
