import { DistrictOverview } from "@bianmin/ui";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s.slice(0, 10) : undefined;
}

/** 全区概况: the two district centres, and across townships matters by light, items, handling time, ratings, complaints and stations. A bad range shows why and falls back to this half-year. */
export default async function DistrictPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const { api } = await server.api();
  const range = { from: one(sp.from), to: one(sp.to) };
  const [d, chosen] = await Promise.all([api.org.districtOverview(), range.from || range.to ? attempt(api.supervision.districtOverview(range)) : null]);
  const o = chosen?.ok ? chosen.value : await api.supervision.districtOverview();
  return (
    <>
      <section className="card">
        <h1 data-testid="district-name">{d.name}便民服务网络</h1>
        <p className="muted">区划代码 {d.code}</p>
        <div className="grid">
          {[d.approvalCenter, d.efficiencyCenter].map((c) =>
            c ? (
              <div key={c.id}>
                <h3>{c.name}</h3>
                <dl className="facts">
                  <dt>地址</dt>
                  <dd>{c.address}</dd>
                  <dt>电话</dt>
                  <dd>{c.phone}</dd>
                  <dt>投诉电话</dt>
                  <dd>{c.complaintPhone}</dd>
                </dl>
              </div>
            ) : null,
          )}
        </div>
      </section>
      {chosen && !chosen.ok ? (
        <p className="alert bad" data-testid="range-error">
          {chosen.message}
        </p>
      ) : null}
      <DistrictOverview o={o} />
    </>
  );
}
