import Link from "next/link";
import { formatDateTime } from "../format";
import type { AssessmentArchive } from "./AssessmentTypes";

/** 双月考核档案: confirmed bimonthly agent results of the district, each linking to its read-only detail (R-ASM-1, R-ASM-3). */
export function AssessmentArchiveTable({ rows, truncated }: { rows: AssessmentArchive["rows"]; truncated: boolean }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的已确认考核结果。</p>;
  return (
    <div className="table-scroll">
      {truncated ? <p className="small muted">结果较多，仅显示前 {rows.length} 条，请缩小查询范围。</p> : null}
      <table className="table" data-testid="archive-table">
        <thead>
          <tr>
            <th>考核期</th>
            <th>乡镇（街道）</th>
            <th>代办站</th>
            <th>姓名</th>
            <th className="num">总分</th>
            <th>奖惩</th>
            <th>版本</th>
            <th>确认时间</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{r.period.label}</td>
              <td className="nowrap">{r.townshipName}</td>
              <td className="nowrap">{r.villageName}</td>
              <td className="nowrap">
                <Link href={`/archive/${r.id}`}>{r.name}</Link>
              </td>
              <td className="num">
                <span className={r.poor ? "text-bad" : undefined}>{r.total}</span> / {r.max}
              </td>
              <td>{r.decisionLabel ?? "—"}</td>
              <td className="nowrap">
                第{r.version}版{r.correctionReason ? <span className="small muted">（更正）</span> : null}
              </td>
              <td className="small">{r.confirmedAt ? formatDateTime(r.confirmedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
