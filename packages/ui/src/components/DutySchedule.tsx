import { formatDate } from "../format";
import { weekdayName } from "@bianmin/domain";
import { DutyRemoveButton } from "../client/DutyRemoveButton";
import type { Outputs } from "../types";
import { DUTY_PERIODS, DUTY_PERIOD_LABELS } from "./DutyLabels";

export type DutyView = Outputs["reception"]["duties"][number];

/** The cadres on duty at the station, one row per date and one column per period; the head may remove a duty. */
export function DutySchedule({ dates, duties, today, removable }: { dates: string[]; duties: DutyView[]; today: string; removable: boolean }) {
  return (
    <table className="table" data-testid="duty-schedule">
      <thead>
        <tr>
          <th style={{ width: "14rem" }}>日期</th>
          {DUTY_PERIODS.map((p) => (
            <th key={p} style={{ width: "28%" }}>
              {DUTY_PERIOD_LABELS[p]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dates.map((date) => (
          <tr key={date} style={date === today ? { background: "#fff5f4" } : undefined}>
            <td className="nowrap">
              {formatDate(date)} {weekdayName(date)}
              {date === today ? <span className="tag ok">今天</span> : null}
            </td>
            {DUTY_PERIODS.map((p) => {
              const here = duties.filter((d) => d.dutyDate === date && d.period === p);
              return (
                <td key={p}>
                  {here.length === 0 ? <span className="muted small">—</span> : null}
                  {here.map((d) => (
                    <div key={d.id} data-testid="duty">
                      <strong>{d.cadreName}</strong> <span className="small muted">{d.cadrePosition}</span>
                      {d.note ? <div className="small muted">{d.note}</div> : null}
                      {removable && date >= today ? <DutyRemoveButton dutyId={d.id} label={`取消 ${d.cadreName} ${formatDate(date)}${DUTY_PERIOD_LABELS[p]}的值班`} /> : null}
                    </div>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
