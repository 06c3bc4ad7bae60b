import Link from "next/link";
import { InspectionTable, OverdueStations } from "@bianmin/ui";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** 明察暗访 (R-SUP-2): the district's unannounced inspections, filtered by township and dates; stations with overdue rectifications in red. */
export default async function InspectionsPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const townshipId = one(sp.township);
  const from = isDate(one(sp.from));
  const to = isDate(one(sp.to));
  const { api } = await server.api();
  const valid = townshipId && UUID.test(townshipId) ? townshipId : undefined;
  const d = await api.inspection.list({ townshipId: valid, from, to: from && to && to < from ? from : to });
  return (
    <>
      <div className="row-between">
        <h1>明察暗访</h1>
        {d.mayRecord ? (
          <Link className="btn primary" href="/inspections/new">
            录入明察暗访
          </Link>
        ) : null}
      </div>
      <p className="muted">区行政效能中心、区行政审批中心对代办站的不定期明察暗访；发现的问题限期整改，由乡镇（街道）便民服务中心确认整改到位。</p>
      <OverdueStations stations={d.overdueStations} />
      <section className="card">
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="f-township">乡镇（街道）</label>
            <select id="f-township" name="township" defaultValue={valid ?? ""}>
              <option value="">全部</option>
              {d.townships.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-from">检查日期自</label>
            <input id="f-from" type="date" name="from" defaultValue={from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">至</label>
            <input id="f-to" type="date" name="to" defaultValue={to ?? ""} />
          </div>
          <button className="btn primary" type="submit">
            查询
          </button>
        </form>
        <p className="muted small">共 {d.rows.length} 次检查，发现问题 {d.rows.reduce((n, r) => n + r.problemCount, 0)} 项</p>
        <InspectionTable rows={d.rows} />
      </section>
    </>
  );
}
