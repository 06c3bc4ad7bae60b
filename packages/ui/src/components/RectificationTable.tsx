import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../format";
import type { Outputs } from "../types";
import { Light } from "./Light";

export type RectificationRowView = Outputs["inspection"]["townshipRectifications"][number];

const STATUS_TAG: Record<RectificationRowView["status"], string> = { open: "warn", reported: "", confirmed: "ok" };

/**
 * 整改 required by 明察暗访 (R-SUP-2): what is required, by when (working days after the visit), its status and
 * its light by the deadline rule, what the station reported and what the centre confirmed. `act` renders the
 * form a row still takes on this screen (report or confirm), if any.
 */
export function RectificationTable({ rows, showVillage = true, act }: { rows: RectificationRowView[]; showVillage?: boolean; act?: (r: RectificationRowView) => ReactNode }) {
  if (rows.length === 0) return <p className="muted">暂无整改事项。</p>;
  return (
    <table className="table" data-testid="rectification-table">
      <thead>
        <tr>
          {showVillage ? <th>村（社区）</th> : null}
          <th>检查</th>
          <th>整改要求</th>
          <th>整改期限</th>
          <th>状态</th>
          <th>红黄绿灯</th>
          <th>整改情况与确认</th>
          {act ? <th /> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.overdue ? "row-bad" : undefined} data-testid="rectification-row" data-status={r.status}>
            {showVillage ? <td className="nowrap">{r.villageName}</td> : null}
            <td className="nowrap">
              {formatDate(r.inspectedOn)}
              <br />
              <span className="muted small">{r.centerLabel}</span>
            </td>
            <td>{r.requirement}</td>
            <td className="nowrap">
              {formatDate(r.dueDate)}
              <br />
              <span className="muted small">{r.days}个工作日</span>
            </td>
            <td className="nowrap">
              <span className={`tag ${STATUS_TAG[r.status]}`}>{r.statusLabel}</span>
            </td>
            <td className="nowrap">
              <Light light={r.light} remaining={r.remainingWorkdays} />
            </td>
            <td>
              {r.report ? (
                <p className="small">
                  整改情况：{r.report}
                  <span className="muted">（{r.reportedByName}，{formatDateTime(r.reportedAt)}）</span>
                </p>
              ) : null}
              {r.confirmNote ? (
                <p className="small">
                  中心确认：{r.confirmNote}
                  <span className="muted">（{r.confirmedByName}，{formatDateTime(r.confirmedAt)}）</span>
                </p>
              ) : null}
              {!r.report && !r.confirmNote ? <span className="muted">—</span> : null}
            </td>
            {act ? <td>{act(r)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
