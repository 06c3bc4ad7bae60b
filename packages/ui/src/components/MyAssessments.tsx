import { formatDateTime } from "../format";
import type { MyAssessment } from "./AssessmentTypes";

/** A station staff member's own confirmed bimonthly results, each with its points line by line (R-ASM-1). */
export function MyAssessments({ rows }: { rows: MyAssessment[] }) {
  if (rows.length === 0) return <p className="muted">尚无已确认的考核结果。便民服务中心确认后，结果会显示在这里。</p>;
  return (
    <div data-testid="my-assessments">
      {rows.map((r) => (
        <details key={r.id} open={r === rows[0]} style={{ marginBottom: "1rem" }}>
          <summary>
            <strong>{r.period.label}</strong>：{r.total} / {r.max} 分，奖惩：{r.decisionLabel ?? "—"}
            {r.version > 1 ? <span className="tag">更正后第{r.version}版</span> : null}
            {r.superseded ? <span className="tag warn">已被更正</span> : null}
            {r.poor ? <span className="tag bad">低于合格线</span> : null}
          </summary>
          <p className="small muted">
            确认于 {formatDateTime(r.confirmedAt)}
            {r.decisionNote ? `；奖惩说明：${r.decisionNote}` : ""}
            {r.correctionReason ? `；更正理由：${r.correctionReason}` : ""}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>考核项目</th>
                <th className="num">得分</th>
                <th>计分说明</th>
              </tr>
            </thead>
            <tbody>
              {r.lines.map((l) => (
                <tr key={l.key}>
                  <td className="nowrap">{l.name}</td>
                  <td className="num">
                    {l.points} / {l.weight}
                  </td>
                  <td>{l.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
