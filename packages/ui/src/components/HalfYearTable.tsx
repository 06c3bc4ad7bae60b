import Link from "next/link";
import { AssessmentStatusTag } from "./AssessmentStatusTag";
import type { HalfYearRowView } from "./AssessmentTypes";

const CHANGE: Record<"up" | "down" | "same", { sign: string; word: string }> = {
  up: { sign: "↑", word: "上升" },
  down: { sign: "↓", word: "下降" },
  same: { sign: "—", word: "持平" },
};

/** The change of a station's total on the previous half-year, with an arrow and words (R-ASM-2). */
function ChangeCell({ r }: { r: HalfYearRowView }) {
  if (r.change === null || r.previousTotal === null) return <span className="muted">上期未考核</span>;
  const c = CHANGE[r.change];
  return (
    <span title={`较上期${c.word}`}>
      <span className={r.change === "down" ? "text-bad" : undefined} aria-label={`较上期${c.word}${r.delta === 0 ? "" : `${Math.abs(r.delta!)}分`}`}>
        {c.sign} {r.delta === 0 ? "" : Math.abs(r.delta!)}
      </span>
      <span className="small muted">（上期 {r.previousTotal}）</span>
    </span>
  );
}

/** A half-year's station results ranked district-wide: township, total, ranks, change, poor results in red, handling (R-ASM-2). */
export function HalfYearTable({ rows }: { rows: HalfYearRowView[] }) {
  if (rows.length === 0) return <p className="muted">本考核期尚未计算考核结果。</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="half-year-table">
        <thead>
          <tr>
            <th className="num">全区排名</th>
            <th>乡镇（街道）</th>
            <th>代办站</th>
            <th className="num">总分</th>
            <th className="num">镇内排名</th>
            <th>较上期</th>
            <th>状态</th>
            <th>处理情况</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.poor ? "row-bad" : undefined}>
              <td className="num">{r.rank}</td>
              <td className="nowrap">{r.townshipName}</td>
              <td className="nowrap">
                <Link href={`/assessments/${r.id}`}>{r.villageName}</Link>
              </td>
              <td className="num">
                <strong className={r.poor ? "text-bad" : undefined}>{r.total}</strong> / {r.max}
              </td>
              <td className="num">{r.townshipRank}</td>
              <td className="nowrap">
                <ChangeCell r={r} />
              </td>
              <td>
                <AssessmentStatusTag status={r.status} label={r.statusLabel} poor={r.poor} />
              </td>
              <td>{r.poor ? (r.handlingNote ?? <span className="muted">待记录</span>) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
