import Link from "next/link";
import { CalendarYear, CalendarYearSummary, DAY_KIND_LABELS } from "@bianmin/ui";
import { CalendarDayForm, CalendarImportButton, CalendarYearForm } from "@bianmin/ui/client";
import { server } from "@/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** 工作日历 (R-DL-1): the official working-day calendar by year; the 系统管理员 edits days, imports or enters years. */
export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const { api, user } = await server.api();
  const status = await api.calendar.status();
  const thisYear = Number(status.today.slice(0, 4));
  const choices = [...new Set([...status.coveredYears, thisYear, thisYear + 1])].sort((a, b) => a - b);
  const requested = Number(one(sp.year));
  const year = choices.includes(requested) ? requested : (status.warning?.year ?? thisYear);
  const data = await api.calendar.year({ year });
  const isAdmin = user.role === "districtAdmin";
  const picked = one(sp.date);
  const selected = data.days.find((d) => d.date === picked);
  return (
    <>
      <h1>工作日历</h1>
      <p className="muted">
        事项的承诺办结日期、红黄绿灯和回访期限都按本日历的法定工作日计算。每年国务院办公厅发布下一年节假日安排后，请系统管理员及时导入或录入。
      </p>
      <nav className="action-buttons" aria-label="选择年份">
        {choices.map((y) => (
          <Link key={y} className={`btn${y === year ? " primary" : ""}`} href={`/calendar?year=${y}`}>
            {y}年{status.coveredYears.includes(y) ? "" : "（未维护）"}
          </Link>
        ))}
      </nav>
      {data.covered ? (
        <section className="card">
          <h2>{year}年工作日历</h2>
          <CalendarYearSummary counts={data.counts} days={data.days} />
          <div style={{ marginTop: "1rem" }}>
            <CalendarYear days={data.days} selected={selected?.date} hrefOf={isAdmin ? (d) => `/calendar?year=${year}&date=${d}#edit-day` : undefined} />
          </div>
        </section>
      ) : (
        <section className="card">
          <h2>{year}年工作日历</h2>
          <div className="alert warn" role="status">
            {year}年的工作日历尚未维护：承诺办结日期落在{year}年的事项将无法受理。
            {isAdmin ? "请从节假日数据包导入，或按国务院办公厅的通知在下方录入。" : "请联系区行政审批中心系统管理员维护。"}
          </div>
        </section>
      )}
      {isAdmin ? (
        <>
          {data.covered ? (
            <section className="card" id="edit-day">
              <h2>修改单日</h2>
              {selected ? (
                <>
                  <p className="muted small">
                    {selected.date} {selected.weekday}，现为「{DAY_KIND_LABELS[selected.kind]}」{selected.name && selected.kind !== "weekend" ? `（${selected.name}）` : ""}
                  </p>
                  <CalendarDayForm key={selected.date} day={selected} />
                </>
              ) : (
                <p className="muted">点击上方日历中的日期，即可把它改为工作日、周末、法定节假日或调休上班。</p>
              )}
            </section>
          ) : null}
          {data.importable ? (
            <section className="card">
              <h2>从节假日数据包导入</h2>
              <p className="muted small">节假日数据包（chinese-days）已收录{year}年的国务院节假日安排。</p>
              <CalendarImportButton year={year} covered={data.covered} />
            </section>
          ) : null}
          {!data.covered ? (
            <section className="card">
              <h2>录入{year}年节假日安排</h2>
              <p className="muted small">
                {data.importable ? "" : `节假日数据包中还没有${year}年的安排。`}
                请对照国务院办公厅关于{year}年部分节假日安排的通知，填写每个假期的放假起止日期（含调休放假的周末）和调休上班的星期六、星期日；其余日期按周一至周五上班、周六周日休息计算。
              </p>
              <CalendarYearForm year={year} />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
