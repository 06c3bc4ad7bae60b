import Link from "next/link";
import { formatDateTime } from "../format";
import type { Outputs } from "../types";
import { ComplaintStatusTag } from "./ComplaintStatusTag";

export type EscalatedComplaintRow = Outputs["complaint"]["escalated"][number];

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Complaints the township's stations escalated to the centre (R-RUL-3): when, from which village, what, why escalated, status. */
export function EscalatedComplaintTable({ rows }: { rows: EscalatedComplaintRow[] }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的投诉。</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="escalated-complaints">
        <thead>
          <tr>
            <th>上报时间</th>
            <th>村（社区）</th>
            <th>投诉内容</th>
            <th>投诉对象</th>
            <th>上报说明</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">{formatDateTime(c.escalatedAt)}</td>
              <td className="nowrap">{c.villageName}</td>
              <td>
                <Link href={`/complaints/${c.id}`}>{excerpt(c.content)}</Link>
              </td>
              <td>
                {c.about === "otherUnit" ? `其他单位：${c.otherUnit}` : c.aboutLabel}
                {c.major ? <span className="tag bad">重大</span> : null}
              </td>
              <td>{c.escalationNote ? excerpt(c.escalationNote) : "—"}</td>
              <td className="nowrap">
                <ComplaintStatusTag status={c.status} label={c.statusLabel} />
                {c.status === "escalated" && c.townshipReply ? <div className="small muted">已答复，待办结</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
