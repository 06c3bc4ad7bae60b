import type { Metadata } from "next";
import Link from "next/link";
import { qrSvg } from "@bianmin/documents";
import { StationPoster } from "@bianmin/ui";
import { PrintButton } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "代办站公示海报" };

/** The wall poster of a station (A3 portrait), printable from the browser (R-CAT-4, R-ORG-5). */
export default async function PosterPage({ params }: { params: Promise<{ villageCode: string }> }) {
  const { villageCode } = await params;
  const data = await orNotFound((await server.publicApi()).publicStation.page({ villageCode }));
  return (
    <>
      <div className="action-buttons no-print" style={{ padding: "0.75rem" }}>
        <Link className="btn" href={`/s/${data.villageCode}`}>
          ← 返回公示页
        </Link>
        <PrintButton />
        <span className="muted small">请用 A3 纸纵向打印（也可缩印到 A4）。</span>
      </div>
      <div className="poster-wrap">
        <StationPoster data={data} qrSvg={await qrSvg(data.pageUrl)} />
      </div>
    </>
  );
}
