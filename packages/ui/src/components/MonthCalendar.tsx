import Link from "next/link";
import { dayOfWeek } from "@bianmin/domain";
import { DAY_KIND_LABELS } from "./AppointmentLabels";

export interface MonthCalendarDay {
  date: string;
  weekday: string;
  kind: string | null;
  name: string | null;
  count: number;
}

const WEEK = ["一", "二", "三", "四", "五", "六", "日"];

/** The grid's own look; React hoists it into the page head once. */
const CSS = `
.month-cal { display: grid; grid-template-columns: repeat(7, 1fr); gap: 4px; }
.month-cal .head { text-align: center; font-weight: 600; color: var(--muted); padding: 0.25rem 0; }
.month-cal a.day { display: flex; flex-direction: column; gap: 2px; min-height: 78px; padding: 0.35rem 0.45rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; color: var(--ink); }
.month-cal a.day:hover { border-color: var(--accent); text-decoration: none; }
.month-cal a.day .num { font-weight: 700; font-size: 1.05rem; }
.month-cal a.day .what { font-size: 0.78rem; line-height: 1.2; }
.month-cal a.day .count { margin-top: auto; align-self: flex-start; font-size: 0.78rem; padding: 0 0.45rem; border-radius: 999px; background: var(--accent); color: #fff; white-space: nowrap; }
.month-cal a.day.weekend { background: #f5f7fa; }
.month-cal a.day.weekend .what { color: var(--muted); }
.month-cal a.day.holiday { background: #fff1f0; border-color: #fecdca; }
.month-cal a.day.holiday .what, .month-cal a.day.holiday .num { color: var(--bad); }
.month-cal a.day.makeupWorkday { background: #fffaeb; border-color: #fedf89; }
.month-cal a.day.makeupWorkday .what { color: var(--warn); }
.month-cal a.day.today { box-shadow: inset 0 0 0 2px var(--brand); }
.month-cal a.day.selected { outline: 3px solid #84adff; outline-offset: 1px; }
.month-cal-legend { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.75rem; }
.month-cal-legend .sw { display: inline-block; width: 14px; height: 14px; border-radius: 4px; border: 1px solid var(--line); vertical-align: -2px; margin-right: 0.25rem; }
`;

/**
 * A month as a grid, Monday first (R-RUL-1): weekends, statutory holidays (with their names) and 调休上班 days
 * coloured from the calendar table, the number of appointments per day; each day links to `hrefOf(date)`.
 */
export function MonthCalendar({ days, today, selected, hrefOf }: { days: MonthCalendarDay[]; today: string; selected?: string; hrefOf: (date: string) => string }) {
  const lead = days[0] ? (dayOfWeek(days[0].date) + 6) % 7 : 0;
  return (
    <>
      <style href="bianmin-month-calendar" precedence="default">
        {CSS}
      </style>
      <div className="month-cal" data-testid="month-calendar">
        {WEEK.map((w) => (
          <div key={w} className="head">
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`pad-${i}`} />
        ))}
        {days.map((d) => {
          const what = d.kind === "holiday" || d.kind === "makeupWorkday" ? d.name : d.kind === "weekend" ? "休息日" : d.kind ? "" : "无日历数据";
          const cls = ["day", d.kind ?? "", d.date === today ? "today" : "", d.date === selected ? "selected" : ""].filter(Boolean).join(" ");
          return (
            <Link key={d.date} className={cls} href={hrefOf(d.date)} data-date={d.date} data-kind={d.kind ?? "unknown"} aria-label={`${d.date} ${d.weekday}${what ? ` ${what}` : ""}，预约${d.count}个`}>
              <span className="num">{Number(d.date.slice(8))}</span>
              {what ? <span className="what">{what}</span> : null}
              {d.count > 0 ? <span className="count">预约 {d.count}</span> : null}
            </Link>
          );
        })}
      </div>
      <div className="month-cal-legend small muted">
        {(["workday", "weekend", "holiday", "makeupWorkday"] as const).map((k) => (
          <span key={k}>
            <span className="sw" style={{ background: k === "holiday" ? "#fff1f0" : k === "weekend" ? "#f5f7fa" : k === "makeupWorkday" ? "#fffaeb" : "#fff" }} />
            {DAY_KIND_LABELS[k]}
          </span>
        ))}
        <span>节假日和休息日也可预约，代办员按约到站办理</span>
      </div>
    </>
  );
}
