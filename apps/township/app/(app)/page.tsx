import { SupervisionDashboard } from "@bianmin/ui";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s.slice(0, 10) : undefined;
}

/** 督查总览 (R-SUP-1): the centre's home page; a bad range shows why and falls back to the current period. */
export default async function SupervisionPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const { api } = await server.api();
  const range = { from: one(sp.from), to: one(sp.to) };
  const chosen = range.from || range.to ? await attempt(api.supervision.overview(range)) : null;
  const o = chosen?.ok ? chosen.value : await api.supervision.overview();
  return (
    <>
      {chosen && !chosen.ok ? (
        <p className="alert bad" data-testid="range-error">
          {chosen.message}
        </p>
      ) : null}
      <SupervisionDashboard o={o} />
    </>
  );
}
