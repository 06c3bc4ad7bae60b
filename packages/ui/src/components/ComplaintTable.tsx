import Link from "next/link";
import { formatDateTime } from "../format";
import { ComplaintStatusTag } from "./ComplaintStatusTag";
import type { ComplaintRowView } from "./ComplaintTypes";

/** The station's complaints: received, channel, content, about whom, status (R-RUL-3). */
export function ComplaintTable({ rows }: { rows: ComplaintRowView[] }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的投诉。</p>;
  return (
    <table className="table" data-testid="complaint-table">
      <thead>
        <tr>
          <th>收到时间</th>
          <th>渠道</th>
          <th>投诉内容</th>
          <th>投诉对象</th>
          <th>状态</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{formatDateTime(c.receivedAt)}</td>
            <td className="nowrap">{c.channelLabel}</td>
            <td>
              <Link href={`/complaints/${c.id}`}>{c.content.length > 40 ? `${c.content.slice(0, 40)}…` : c.content}</Link>
            </td>
            <td>
              {c.about === "otherUnit" ? `其他单位：${c.otherUnit}` : c.aboutLabel}
              {c.major ? <span className="tag bad">重大</span> : null}
            </td>
            <td className="nowrap">
              <ComplaintStatusTag status={c.status} label={c.statusLabel} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
