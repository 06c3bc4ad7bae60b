import Link from "next/link";
import { formatDate } from "../format";
import type { Outputs } from "../types";
import { Light } from "./Light";

export type FollowUpRow = Outputs["matter"]["followUps"]["rows"][number];

/** Follow-ups of bad ratings (R-FLW-4): the rating, the due date lit by working days (overdue red), the steps recorded. */
export function FollowUpTable({ rows }: { rows: FollowUpRow[] }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的整改回访。</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="follow-up-table">
        <thead>
          <tr>
            <th>整改期限</th>
            <th>申请人</th>
            <th>申办事项</th>
            <th>村（社区）</th>
            <th>评价</th>
            <th>已记录环节</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.matterId} data-light={r.light ?? ""}>
              <td>
                <Light light={r.light} remaining={r.remainingWorkdays} />
                <div className="small muted">
                  {formatDate(r.dueDate)}前（{r.days} 个工作日内）
                </div>
              </td>
              <td>
                <Link href={`/matters/${r.matterId}`}>{r.applicantName}</Link>
                <div className="small muted">{r.receiptNo}</div>
              </td>
              <td>{r.itemName}</td>
              <td className="nowrap">{r.villageName}</td>
              <td>
                <span className="tag bad">{r.rating.label}</span>
                {r.rating.comment ? <div className="small">{r.rating.comment}</div> : null}
              </td>
              <td>
                {r.steps.length}/{r.stepsTotal}
                {r.steps.length > 0 ? <div className="small muted">{r.steps.map((s) => s.label).join("、")}</div> : null}
              </td>
              <td>
                {r.open ? (
                  <>
                    <span className="tag warn">整改回访中</span>
                    <div className="small muted">{r.nextStepLabel ? `待记录：${r.nextStepLabel}` : "待办结"}</div>
                  </>
                ) : (
                  <>
                    <span className="tag ok">已办结</span>
                    <div className="small muted">{formatDate(r.closedOn)}</div>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
