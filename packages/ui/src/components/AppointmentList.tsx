import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../format";
import type { Outputs } from "../types";
import { APPOINTMENT_CHANNEL_LABELS, APPOINTMENT_STATUS_LABELS, describeDay, shanghaiTime } from "./AppointmentLabels";

export type AppointmentView = Outputs["appointment"]["list"][number];

const STATUS_TAG: Record<string, string> = { booked: "", moved: "warn", kept: "ok", missed: "bad", cancelled: "" };

/**
 * Appointments with their slot, the kind of day (holiday and its name), citizen, reason, agent and result;
 * `actions(a)` renders the buttons for an open one.
 */
export function AppointmentList({ rows, empty = "当日没有预约。", actions, showDate = false }: { rows: AppointmentView[]; empty?: string; actions?: (a: AppointmentView) => ReactNode; showDate?: boolean }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="appointment-list" data-testid="appointment-list" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {rows.map((a) => (
        <li key={a.id} data-testid="appointment" data-status={a.status} style={{ borderTop: "1px solid var(--line)", padding: "0.75rem 0" }}>
          <div className="picked">
            <div>
              <strong style={{ fontSize: "1.1rem" }}>
                {showDate ? `${formatDate(a.day.date)} ` : ""}
                {shanghaiTime(a.startsAt)}–{shanghaiTime(a.endsAt)}
              </strong>{" "}
              <span className={`tag ${a.day.kind === "holiday" ? "bad" : a.day.kind === "weekend" ? "" : a.day.kind === "makeupWorkday" ? "warn" : "ok"}`}>{describeDay(a.day)}</span>
              <span className={`tag ${STATUS_TAG[a.status] ?? ""}`} data-testid="appointment-status">
                {APPOINTMENT_STATUS_LABELS[a.status] ?? a.status}
              </span>
            </div>
            <span className="small muted">
              {APPOINTMENT_CHANNEL_LABELS[a.channel] ?? a.channel} · 代办员 {a.agentName}
            </span>
          </div>
          <div>
            {a.citizenName}（{a.citizenPhone}）：{a.reason}
          </div>
          {a.outcome ? <div className="small">结果：{a.outcome}</div> : null}
          {a.moves.length > 0 ? (
            <div className="small muted">
              改约记录：
              {a.moves.map((m, i) => (
                <span key={i}>
                  {i > 0 ? "；" : ""}原定 {formatDateTime(m.startsAt)}–{shanghaiTime(m.endsAt)}（{m.by} 于 {formatDateTime(m.movedAt)} 改约{m.note ? `，${m.note}` : ""}）
                </span>
              ))}
            </div>
          ) : null}
          {a.open && actions ? actions(a) : null}
        </li>
      ))}
    </ul>
  );
}
