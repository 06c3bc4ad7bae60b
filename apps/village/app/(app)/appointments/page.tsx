import Link from "next/link";
import { isIsoDate } from "@bianmin/domain";
import { AppointmentList, MonthCalendar, describeDay, formatDate, shanghaiTime } from "@bianmin/ui";
import { AppointmentActions, AppointmentForm } from "@bianmin/ui/client";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** "2026-11" → "2026-12" (step +1) or "2026-10" (step -1). */
function shiftMonth(month: string, step: number): string {
  const n = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + step;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** 预约服务 (R-RUL-1): the month with holidays and counts, the chosen day's appointments, and the booking form. */
export default async function AppointmentsPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const askedDay = one(sp.day);
  const askedMonth = one(sp.month);
  const month = askedMonth && /^\d{4}-(0[1-9]|1[0-2])$/.test(askedMonth) ? askedMonth : askedDay && isIsoDate(askedDay) ? askedDay.slice(0, 7) : today.slice(0, 7);
  const day = askedDay && isIsoDate(askedDay) && askedDay.startsWith(month) ? askedDay : today.startsWith(month) ? today : `${month}-01`;
  const { api, user } = await server.api();
  const [grid, rows, att] = await Promise.all([api.appointment.month({ month }), api.appointment.list({ from: day, to: day }), api.attendance.status()]);
  const selected = grid.days.find((d) => d.date === day);
  const hints = Object.fromEntries(grid.days.map((d) => [d.date, describeDay(d)]));
  const href = (date: string) => `/appointments?month=${date.slice(0, 7)}&day=${date}`;
  return (
    <>
      <h1>预约服务</h1>
      <p className="muted">群众在正常办公时间不能前来的，可拨打热线说明理由提前预约；代办员按约定在晚上、周末或节假日到站办理。</p>
      <div className="grid">
        <section className="card" aria-label="预约日历">
          <div className="picked" style={{ marginBottom: "0.75rem" }}>
            <Link className="btn" href={`/appointments?month=${shiftMonth(month, -1)}`}>
              ‹ 上月
            </Link>
            <h2 style={{ margin: 0 }} data-testid="calendar-month">
              {Number(month.slice(0, 4))}年{Number(month.slice(5, 7))}月
            </h2>
            <Link className="btn" href={`/appointments?month=${shiftMonth(month, 1)}`}>
              下月 ›
            </Link>
          </div>
          {grid.missingYear ? <p className="alert warn">缺少{grid.missingYear}年的工作日历数据，无法标出节假日，请联系区里维护节假日安排。</p> : null}
          <MonthCalendar days={grid.days} today={grid.today} selected={day} hrefOf={href} />
        </section>
        <section className="card" data-testid="day-appointments">
          <h2>
            {formatDate(day)} 的预约
            {selected ? <span className="muted small">（{describeDay(selected)}）</span> : null}
          </h2>
          <AppointmentList
            rows={rows}
            actions={(a) => <AppointmentActions id={a.id} version={a.version} date={a.day.date} start={shanghaiTime(a.startsAt)} end={shanghaiTime(a.endsAt)} />}
          />
        </section>
      </div>
      <section className="card">
        <h2>登记预约</h2>
        <AppointmentForm key={day} staff={att.staff.map((s) => ({ userId: s.userId, name: s.name }))} defaultDate={day < today ? today : day} defaultAgentId={user.id} dayHints={hints} />
      </section>
    </>
  );
}
