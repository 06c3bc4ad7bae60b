import Link from "next/link";
import { formatDateTime } from "../format";
import type { Outputs } from "../types";

export type ReceptionView = Outputs["reception"]["list"][number];

/** Receptions with their requests; a request is turned into a matter in one step, then links to it (R-RUL-2). */
export function ReceptionList({ rows }: { rows: ReceptionView[] }) {
  if (rows.length === 0) return <p className="muted">近期没有接待记录。</p>;
  return (
    <table className="table" data-testid="reception-list">
      <thead>
        <tr>
          <th>接待时间</th>
          <th>接待干部</th>
          <th>来访群众</th>
          <th>诉求</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="reception">
            <td className="nowrap">{formatDateTime(r.at)}</td>
            <td className="nowrap">{r.cadreName}</td>
            <td>{r.visitors}</td>
            <td>
              <ol style={{ margin: 0, paddingLeft: "1.25rem" }}>
                {r.requests.map((q, i) => (
                  <li key={i} data-testid="reception-request" style={{ marginBottom: "0.4rem" }}>
                    {q.text}{" "}
                    {q.matterId ? (
                      <Link className="tag ok" href={`/matters/${q.matterId}`}>
                        已登记为事项 →
                      </Link>
                    ) : (
                      <Link className="btn" style={{ minHeight: 32, padding: "0.1rem 0.7rem", fontSize: "0.9rem" }} href={`/matters/new?reception=${r.id}&request=${i}`}>
                        转为事项登记
                      </Link>
                    )}
                  </li>
                ))}
              </ol>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
