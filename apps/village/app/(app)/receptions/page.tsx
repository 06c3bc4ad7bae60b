import { addDays, dayOfWeek } from "@bianmin/domain";
import { DutySchedule, ReceptionList } from "@bianmin/ui";
import { DutyForm, ReceptionForm } from "@bianmin/ui/client";
import { server } from "@/server";

/** 干部接待 (R-RUL-2): this week's and next week's duty schedule, the head's form, recording a reception, the receptions. */
export default async function ReceptionsPage() {
  const local = new Date(Date.now() + 8 * 3600_000).toISOString();
  const today = local.slice(0, 10);
  const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
  const dates = Array.from({ length: 14 }, (_, i) => addDays(monday, i));
  const { api, user } = await server.api();
  const [duties, receptions] = await Promise.all([api.reception.duties({ from: dates[0]!, to: dates[13]! }), api.reception.list()]);
  const isHead = user.role === "stationHead";
  return (
    <>
      <h1>干部接待</h1>
      <p className="muted">村（社区）“两委”干部定期到站接待群众；接待情况如实记录，群众提出的申办事项可一键转为事项登记。</p>
      <section className="card">
        <h2>本周和下周的值班安排</h2>
        <DutySchedule dates={dates} duties={duties} today={today} removable={isHead} />
      </section>
      {isHead ? (
        <section className="card">
          <h2>安排值班（站长）</h2>
          <DutyForm defaultDate={today} />
        </section>
      ) : null}
      <section className="card">
        <h2>登记接待情况</h2>
        <ReceptionForm todayDuties={duties.filter((d) => d.dutyDate === today)} defaultDate={today} defaultTime={local.slice(11, 16)} />
      </section>
      <section className="card">
        <h2>近30天的接待记录</h2>
        <ReceptionList rows={receptions} />
      </section>
    </>
  );
}
