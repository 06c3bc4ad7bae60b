import Link from "next/link";
import { VillageTable } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

export default async function TownshipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const t = await orNotFound(api.org.township({ townshipId: id }));
  return (
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
  );
}
