import Link from "next/link";
import { AssessmentStatusTag } from "./AssessmentStatusTag";
import type { AssessmentRowView } from "./AssessmentTypes";

/** A period's results of the township's agents, grouped by station: total, rank in the township, status, decision (R-ASM-1). */
export function AssessmentTable({ rows }: { rows: AssessmentRowView[] }) {
  if (rows.length === 0) return <p className="muted">本考核期尚未计算考核结果。</p>;
  const stations = [...new Map(rows.map((r) => [r.stationId, r.villageName])).entries()];
  return (
    <div className="table-scroll">
      <table className="table" data-testid="assessment-table">
        <thead>
          <tr>
            <th>姓名</th>
            <th className="num">总分</th>
            <th className="num">全镇排名</th>
            <th className="num">考核小组评分</th>
            <th>状态</th>
            <th>奖惩</th>
            <th>版本</th>
          </tr>
        </thead>
        {stations.map(([stationId, villageName]) => (
          <tbody key={stationId}>
            <tr>
              <th colSpan={7} scope="colgroup">
                {villageName}便民服务代办站
              </th>
            </tr>
            {rows
              .filter((r) => r.stationId === stationId)
              .map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">
                    <Link href={`/assessments/${r.id}`}>{r.name}</Link>
                  </td>
                  <td className="num">
                    {r.total} / {r.max}
                  </td>
                  <td className="num">{r.rank}</td>
                  <td className="num">{r.teamScore ?? <span className="muted">未评分</span>}</td>
                  <td>
                    <AssessmentStatusTag status={r.status} label={r.statusLabel} poor={r.poor} />
                  </td>
                  <td>{r.decisionLabel ?? "—"}</td>
                  <td className="nowrap">第{r.version}版</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
