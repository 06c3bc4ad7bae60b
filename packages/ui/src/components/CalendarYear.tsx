import Link from "next/link";
import { dayOfWeek } from "@bianmin/domain";
import { DAY_KIND_LABELS } from "./AppointmentLabels";

export interface CalendarYearDay {
  date: string;
  weekday: string;
  kind: string;
  name: string | null;
}

export interface CalendarYearCountsView {
  days: number;
  workdays: number;
  restDays: number;
  holidays: number;
  makeupWorkdays: number;
}

const WEEK = ["一", "二", "三", "四", "五", "六", "日"];

/** The year grid's own look; React hoists it into the page head once. */
const CSS = `
.year-cal { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 1rem; }
.year-cal h3 { margin: 0 0 0.35rem; font-size: 1rem; }
.year-cal .month { display: grid; grid-template-columns: repeat(7, 1fr); gap: 2px; }
.year-cal .head { text-align: center; font-size: 0.75rem; color: var(--muted); }
.year-cal .d { display: flex; flex-direction: column; align-items: center; min-height: 38px; padding: 2px 0; border-radius: 5px; border: 1px solid transparent; color: var(--ink); font-size: 0.85rem; line-height: 1.1; }
.year-cal a.d:hover { border-color: var(--accent); text-decoration: none; }
.year-cal .d .what { font-size: 0.62rem; max-width: 100%; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.year-cal .d.weekend { background: #f5f7fa; color: var(--muted); }
.year-cal .d.holiday { background: #fff1f0; color: var(--bad); font-weight: 600; }
.year-cal .d.makeupWorkday { background: #fffaeb; color: var(--warn); font-weight: 600; }
.year-cal .d.selected { outline: 2px solid #84adff; }
.year-cal-legend { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-top: 0.75rem; }
.year-cal-legend .sw { display: inline-block; width: 14px; height: 14px; border-radius: 4px; border: 1px solid var(--line); vertical-align: -2px; margin-right: 0.25rem; }
`;

const SWATCH: Record<string, string> = { workday: "#fff", weekend: "#f5f7fa", holiday: "#fff1f0", makeupWorkday: "#fffaeb" };

/**
 * 工作日历 (R-DL-1): a whole year as twelve month grids, Monday first — statutory holidays in red with their names,
 * 调休上班 make-up working days marked 班, weekends grey. With `hrefOf`, each day links (to pick it for editing).
 */
export function CalendarYear({ days, selected, hrefOf }: { days: CalendarYearDay[]; selected?: string; hrefOf?: (date: string) => string }) {
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  return (
    <>
      <style href="bianmin-year-calendar" precedence="default">
        {CSS}
      </style>
      <div className="year-cal" data-testid="calendar-year">
        {months.map((month, m) => {
          const lead = month[0] ? (dayOfWeek(month[0].date) + 6) % 7 : 0;
          return (
            <section key={m} aria-label={`${m + 1}月`}>
              <h3>{m + 1}月</h3>
              <div className="month">
                {WEEK.map((w) => (
                  <div key={w} className="head">
                    {w}
                  </div>
                ))}
                {Array.from({ length: lead }, (_, i) => (
                  <div key={`pad-${i}`} />
                ))}
                {month.map((d) => {
                  const what = d.kind === "holiday" ? (d.name ?? "休") : d.kind === "makeupWorkday" ? "班" : null;
                  const cls = ["d", d.kind, d.date === selected ? "selected" : ""].filter(Boolean).join(" ");
                  const title = `${d.date} ${d.weekday} ${DAY_KIND_LABELS[d.kind] ?? d.kind}${d.name && d.kind !== "weekend" ? `（${d.name}）` : ""}`;
                  const body = (
                    <>
                      <span>{Number(d.date.slice(8))}</span>
                      {what ? <span className="what">{what}</span> : null}
                    </>
                  );
                  return hrefOf ? (
                    <Link key={d.date} className={cls} href={hrefOf(d.date)} title={title} aria-label={title} data-date={d.date} data-kind={d.kind}>
                      {body}
                    </Link>
                  ) : (
                    <span key={d.date} className={cls} title={title} data-date={d.date} data-kind={d.kind}>
                      {body}
                    </span>
                  );
                })}
              </div>
            </section>
          );
        })}
      </div>
      <div className="year-cal-legend small muted">
        {(["workday", "weekend", "holiday", "makeupWorkday"] as const).map((k) => (
          <span key={k}>
            <span className="sw" style={{ background: SWATCH[k] }} />
            {DAY_KIND_LABELS[k]}
          </span>
        ))}
      </div>
    </>
  );
}

/** The year's counts, and every holiday and make-up day listed as the notice lists them. */
export function CalendarYearSummary({ counts, days }: { counts: CalendarYearCountsView; days: CalendarYearDay[] }) {
  const special = days.filter((d) => d.kind === "holiday" || d.kind === "makeupWorkday");
  const kpis = [
    { label: "全年天数", value: counts.days },
    { label: "工作日", value: counts.workdays },
    { label: "休息日", value: counts.restDays },
    { label: "法定节假日（含放假调休）", value: counts.holidays },
    { label: "调休上班日", value: counts.makeupWorkdays },
  ];
  return (
    <>
      <div className="kpis" data-testid="calendar-counts">
        {kpis.map((k) => (
          <div key={k.label} className="kpi">
            <div className="kpi-value">{k.value}</div>
            <div className="kpi-label">{k.label}</div>
          </div>
        ))}
      </div>
      <details style={{ marginTop: "1rem" }}>
        <summary>节假日与调休上班日明细（{special.length}天）</summary>
        <table className="table" data-testid="calendar-special-days">
          <thead>
            <tr>
              <th>日期</th>
              <th>星期</th>
              <th>类型</th>
              <th>名称</th>
            </tr>
          </thead>
          <tbody>
            {special.map((d) => (
              <tr key={d.date}>
                <td className="nowrap">{d.date}</td>
                <td>{d.weekday}</td>
                <td>
                  <span className={`tag ${d.kind === "holiday" ? "bad" : "warn"}`}>{DAY_KIND_LABELS[d.kind]}</span>
                </td>
                <td>{d.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
