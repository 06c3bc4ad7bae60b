import { RolloutView } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** 建设进度 (R-ORG-6): the township's progress on a date (default today) against the district's targets. */
export default async function RolloutPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const on = typeof sp.on === "string" && sp.on !== "" ? sp.on : undefined;
  const { api } = await server.api();
  const data = await orNotFound(api.rollout.township(on ? { on } : undefined));
  return (
    <>
      <h1>建设进度 · {data.townshipName}</h1>
      <RolloutView data={data} stationHref={(id) => `/standardization/${id}`} />
    </>
  );
}
