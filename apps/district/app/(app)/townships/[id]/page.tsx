import Link from "next/link";
import { SupervisionDashboard, VillageTable } from "@bianmin/ui";
import { attempt, orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s.slice(0, 10) : undefined;
}

/** One township: its villages and stations, and its supervision overview as its centre sees it (R-SUP-1). */
export default async function TownshipPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const { api } = await server.api();
  const t = await orNotFound(api.org.township({ townshipId: id }));
  const range = { from: one(sp.from), to: one(sp.to) };
  const chosen = range.from || range.to ? await attempt(api.supervision.township({ townshipId: id, ...range })) : null;
  const o = chosen?.ok ? chosen.value : await api.supervision.township({ townshipId: id });
  return (
    <>
      <section className="card">
        <div className="breadcrumb">
          <Link href="/">← 全区概况</Link>
        </div>
        <h1>{t.townshipName}</h1>
        <p className="muted">
          区划代码 {t.townshipCode} · {t.centerName}
        </p>
        <VillageTable villages={t.villages} stationHref={(sid) => `/stations/${sid}`} />
      </section>
      {chosen && !chosen.ok ? (
        <p className="alert bad" data-testid="range-error">
          {chosen.message}
        </p>
      ) : null}
      <SupervisionDashboard o={o} fromDistrict={{ townshipName: t.townshipName }} />
    </>
  );
}
