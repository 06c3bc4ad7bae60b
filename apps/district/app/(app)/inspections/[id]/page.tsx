import Link from "next/link";
import { InspectionView } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One 明察暗访 record: findings, and its rectifications with status and light (R-SUP-2). */
export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const d = await orNotFound(api.inspection.get({ id }));
  return (
    <>
      <p>
        <Link href="/inspections">← 明察暗访</Link>
      </p>
      <InspectionView d={d} />
    </>
  );
}
