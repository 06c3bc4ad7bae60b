import Link from "next/link";
import { AppointmentList, MatterTable, formatDate, formatDateTime } from "@bianmin/ui";
import { ClockButton } from "@bianmin/ui/client";
import { server } from "@/server";

/** 工作台: duty status, the handover inbox, and today's lights at a glance. */
export default async function HomePage() {
  const { api, user } = await server.api();
  const [att, inbox, queue, upcoming] = await Promise.all([
    api.attendance.status(),
    api.matter.handoverInbox(),
    api.matter.list({ statuses: ["registered", "awaitingSupplement", "inHandling", "transferred", "atWindow", "atApprovalCenter", "completed"] }),
    api.appointment.upcoming(),
  ]);
  const count = (l: string) => queue.filter((r) => r.light === l).length;
  const mine = queue.filter((r) => r.responsibleAgentId === user.id);
  return (
    <>
      <section className="card">
        <div className="picked">
          <div>
            <h1>您好，{user.name}</h1>
            <p data-testid="duty-status">{att.me.onDuty ? `已签到在岗（${formatDateTime(att.me.since)} 起）` : "当前未签到：签到后才能登记和受理事项"}</p>
          </div>
          <ClockButton onDuty={att.me.onDuty} />
        </div>
        <p className="small muted">
          今日在岗：{att.staff.filter((s) => s.onDuty).map((s) => s.name).join("、") || "暂无"}
        </p>
      </section>

      <div className="stat-row">
        <Link className="stat" href="/matters?light=red">
          <span className="light red">红灯 已超期</span>
          <strong>{count("red")}</strong>
        </Link>
        <Link className="stat" href="/matters?light=yellow">
          <span className="light yellow">黄灯 临近期限</span>
          <strong>{count("yellow")}</strong>
        </Link>
        <Link className="stat" href="/matters?light=green">
          <span className="light green">绿灯 正常</span>
          <strong>{count("green")}</strong>
        </Link>
        <Link className="stat" href="/matters/new">
          <span>接待群众</span>
          <strong className="big-link">＋ 登记事项</strong>
        </Link>
      </div>

      <section className="card" data-testid="upcoming-appointments" style={{ marginTop: "1.25rem" }}>
        <div className="picked">
          <h2>今明两天的预约</h2>
          <Link href="/appointments">预约日历 →</Link>
        </div>
        {[upcoming.today, upcoming.tomorrow].map((date, i) => (
          <div key={date}>
            <h3>
              {i === 0 ? "今天" : "明天"} {formatDate(date)}
            </h3>
            <AppointmentList rows={upcoming.appointments.filter((a) => a.day.date === date)} empty={i === 0 ? "今天没有预约。" : "明天没有预约。"} />
          </div>
        ))}
      </section>

      <section className="card" data-testid="handover-inbox">
        <h2>待我接收的移交（首问代办员已代为受理）</h2>
        <MatterTable rows={inbox} empty="没有待接收的移交。" />
      </section>

      <section className="card">
        <h2>我归口的在办事项</h2>
        <MatterTable rows={mine} empty="暂无在办事项。" />
      </section>
    </>
  );
}
