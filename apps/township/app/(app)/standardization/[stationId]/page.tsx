import Link from "next/link";
import { ChecklistFacts, ChecklistItems, ChecklistReviewNote } from "@bianmin/ui";
import { ChecklistReview } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One station's checklist, read-only, with confirm / send back for a submitted one (R-ORG-5). */
export default async function StationChecklistPage({ params }: { params: Promise<{ stationId: string }> }) {
  const { stationId } = await params;
  const { api } = await server.api();
  const { station, checklist, mayReview } = await orNotFound(api.standardization.get({ stationId }));
  return (
    <>
      <p className="breadcrumb">
        <Link href="/standardization">规范化建设</Link> › {station.villageName}
      </p>
      <h1>{station.name}</h1>
      <section className="card">
        <ChecklistFacts c={checklist} />
        <p>
          <Link href={`/stations/${station.id}`}>查看代办站人员和职责 →</Link>
        </p>
      </section>
      <ChecklistReviewNote c={checklist} />
      <section className="card">
        <h2>检查项</h2>
        <ChecklistItems c={checklist} />
      </section>
      {mayReview ? (
        <section className="card">
          <h2>审核</h2>
          <ChecklistReview key={checklist.version} stationId={station.id} version={checklist.version} />
        </section>
      ) : null}
    </>
  );
}
