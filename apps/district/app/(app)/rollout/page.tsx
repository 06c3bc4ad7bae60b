import { DistrictRolloutView } from "@bianmin/ui";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s : undefined;
}

/** 建设进度 (R-ORG-6): the district's and each township's progress on a date and over one campaign; a bad date or campaign shows why and falls back. */
export default async function DistrictRolloutPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const { api } = await server.api();
  const on = one(sp.on);
  const chosen = on ? await attempt(api.rollout.report({ on })) : null;
  const report = chosen?.ok ? chosen.value : await api.rollout.report();
  // the campaign asked for, the whole history (all=1), or by default the campaign around the date read
  const asked = sp.all === "1" ? null : one(sp.campaign);
  const picked = asked !== undefined ? await attempt(api.rollout.series({ campaign: asked, on: report.on })) : null;
  const series = picked?.ok ? picked.value : await api.rollout.series({ on: report.on });
  return (
    <>
      <h1>建设进度 · 全区</h1>
      {chosen && !chosen.ok ? (
        <p className="alert bad" data-testid="date-error">
          {chosen.message}
        </p>
      ) : null}
      <DistrictRolloutView report={report} series={series} />
    </>
  );
}
