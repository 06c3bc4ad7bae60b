import Link from "next/link";
import { InspectionView } from "@bianmin/ui";
import { InspectionPhotos } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One 明察暗访 record: findings, its photos, and its rectifications with status and light (R-SUP-2). */
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
      <InspectionPhotos inspectionId={d.id} photos={d.photos.map((p) => ({ id: p.id, caption: p.caption, mayRemove: p.mayRemove }))} mayAdd={d.mayAddPhotos} />
    </>
  );
}
