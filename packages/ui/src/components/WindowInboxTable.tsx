import Link from "next/link";
import { MATTER_STATUS_LABELS } from "@bianmin/domain";
import type { MatterStatus } from "@bianmin/domain";
import { formatDate, formatDateTime } from "../format";
import type { Outputs } from "../types";
import { Light } from "./Light";

export type WindowInboxRow = Outputs["matter"]["windowInbox"]["rows"][number];
export type WindowInboxGroup = keyof Outputs["matter"]["windowInbox"]["counts"];

/** The inbox tabs: what the window has to do with each matter (the last lists results handed back lately). */
export const WINDOW_INBOX_GROUP_LABELS: Record<WindowInboxGroup, string> = {
  pending: "待接收",
  handling: "办理中",
  paused: "暂停计时",
  toReturn: "待返还结果",
  returned: "近期已返还",
};

/** The matters transferred to the centre's windows (R-FLW-1): light, who, what, from which village, where the materials are (R-FLW-2). */
export function WindowInboxTable({ rows, showWindow }: { rows: WindowInboxRow[]; showWindow: boolean }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的事项。</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="window-inbox">
        <thead>
          <tr>
            <th>红黄绿灯</th>
            <th>申请人</th>
            <th>申办事项</th>
            <th>村（社区）</th>
            {showWindow ? <th>窗口</th> : null}
            <th>状态</th>
            <th>传递时间</th>
            <th>承诺办结</th>
            <th>材料保管</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Light light={r.light} remaining={r.remainingWorkdays} />
              </td>
              <td>
                <Link href={`/matters/${r.id}`}>{r.applicantName}</Link>
                <div className="small muted">{r.receiptNo}</div>
              </td>
              <td>{r.itemName}</td>
              <td className="nowrap">{r.villageName}</td>
              {showWindow ? (
                <td className="nowrap">
                  {r.windowNumber}号 {r.windowName}
                </td>
              ) : null}
              <td>
                {MATTER_STATUS_LABELS[r.status as MatterStatus] ?? r.status}
                {r.pausedOn ? <span className="tag warn">暂停计时</span> : null}
              </td>
              <td>{formatDateTime(r.transferredAt)}</td>
              <td className="nowrap">{r.promisedDate ? formatDate(r.promisedDate) : "—"}</td>
              <td>{r.custodyLabel ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
