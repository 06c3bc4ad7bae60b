import { MatterTable, StationView } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** A village's station seen by its township centre: the drill-down from the dashboard (R-SUP-1). */
export default async function StationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const [station, open, items] = await Promise.all([
    orNotFound(api.org.station({ stationId: id })),
    orNotFound(api.supervision.stationMatters({ stationId: id })),
    api.catalog.list(),
  ]);
  return (
    <>
      <section className="card">
        <h2>在办事项（{open.matters.length}）</h2>
        <MatterTable rows={open.matters} empty="该代办站目前没有在办事项。" />
      </section>
      <StationView station={station} itemNames={Object.fromEntries(items.map((i) => [i.code, i.name]))} />
    </>
  );
}
