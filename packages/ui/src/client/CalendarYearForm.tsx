"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

type Holiday = { from: string; to: string; name: string };
type Makeup = { date: string; name: string };

/** The holidays every notice lists, in order; the fixed-date ones start filled in. */
function blankNotice(year: number): Holiday[] {
  const fixed: Record<string, string> = { 元旦: `${year}-01-01`, 劳动节: `${year}-05-01`, 国庆节: `${year}-10-01` };
  return ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"].map((name) => ({ name, from: fixed[name] ?? "", to: "" }));
}

/**
 * 录入全年节假日安排 (系统管理员, R-DL-1): a year the data package lacks, typed in from the State Council's notice —
 * each holiday's first and last day off, and each 调休上班 Saturday or Sunday. Every other day follows Monday to Friday.
 */
export function CalendarYearForm({ year }: { year: number }) {
  const { busy, failure, run } = useAction();
  const [holidays, setHolidays] = useState<Holiday[]>(() => blankNotice(year));
  const [makeupDays, setMakeupDays] = useState<Makeup[]>([{ date: "", name: "" }]);
  const setH = (i: number, k: keyof Holiday, v: string) => setHolidays(holidays.map((h, j) => (j === i ? { ...h, [k]: v } : h)));
  const setM = (i: number, k: keyof Makeup, v: string) => setMakeupDays(makeupDays.map((m, j) => (j === i ? { ...m, [k]: v } : m)));
  return (
    <form
      aria-label={`录入${year}年节假日安排`}
      noValidate
      data-testid="calendar-year-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.calendar.addYear.mutate({ year, holidays, makeupDays: makeupDays.filter((m) => m.date !== "" || m.name !== "") }));
      }}
    >
      <FormError failure={failure} />
      <h3>放假安排</h3>
      <table className="table">
        <thead>
          <tr>
            <th>节日名称</th>
            <th>放假开始</th>
            <th>放假结束（含）</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {holidays.map((h, i) => (
            <tr key={i}>
              <td>
                <input aria-label={`第${i + 1}个假期名称`} value={h.name} onChange={(e) => setH(i, "name", e.target.value)} maxLength={20} />
                <FieldError failure={failure} path={`holidays.${i}.name`} />
              </td>
              <td>
                <input aria-label={`第${i + 1}个假期开始日期`} type="date" value={h.from} onChange={(e) => setH(i, "from", e.target.value)} />
                <FieldError failure={failure} path={`holidays.${i}.from`} />
              </td>
              <td>
                <input aria-label={`第${i + 1}个假期结束日期`} type="date" value={h.to} onChange={(e) => setH(i, "to", e.target.value)} />
                <FieldError failure={failure} path={`holidays.${i}.to`} />
              </td>
              <td>
                <button type="button" className="btn" onClick={() => setHolidays(holidays.filter((_, j) => j !== i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FieldError failure={failure} path="holidays" />
      <button type="button" className="btn" onClick={() => setHolidays([...holidays, { name: "", from: "", to: "" }])}>
        添加假期
      </button>
      <h3>调休上班日（星期六或星期日）</h3>
      <table className="table">
        <thead>
          <tr>
            <th>日期</th>
            <th>调休原因（如 春节）</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {makeupDays.map((m, i) => (
            <tr key={i}>
              <td>
                <input aria-label={`第${i + 1}个调休上班日期`} type="date" value={m.date} onChange={(e) => setM(i, "date", e.target.value)} />
                <FieldError failure={failure} path={`makeupDays.${i}.date`} />
              </td>
              <td>
                <input aria-label={`第${i + 1}个调休上班原因`} value={m.name} onChange={(e) => setM(i, "name", e.target.value)} maxLength={20} />
                <FieldError failure={failure} path={`makeupDays.${i}.name`} />
              </td>
              <td>
                <button type="button" className="btn" onClick={() => setMakeupDays(makeupDays.filter((_, j) => j !== i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="action-buttons">
        <button type="button" className="btn" onClick={() => setMakeupDays([...makeupDays, { date: "", name: "" }])}>
          添加调休上班日
        </button>
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "正在保存…" : `保存${year}年工作日历`}
        </button>
      </div>
    </form>
  );
}
