import Link from "next/link";
import { qrSvg } from "@bianmin/documents";
import { ReceiptSheet } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { paperSize } from "@/documents";
import { server } from "@/server";
import { PrintButton } from "@bianmin/ui/client";

/** 收件回执单 print view, A4 or A5 (R-INT-5). */
export default async function ReceiptPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ size?: string }> }) {
  const { id } = await params;
  const size = paperSize((await searchParams).size);
  const { api } = await server.api();
  const data = await orNotFound(api.matter.receipt({ matterId: id }));
  return (
    <>
      <div className="action-buttons no-print">
        <Link className="btn" href={`/matters/${id}`}>
          ← 返回事项
        </Link>
        <PrintButton />
        <Link className="btn" href={`/matters/${id}/receipt?size=${size === "A5" ? "A4" : "A5"}`}>
          改用 {size === "A5" ? "A4" : "A5"} 纸
        </Link>
        <a className="btn" href={`/matters/${id}/receipt.pdf?size=${size}`}>
          下载 PDF
        </a>
      </div>
      <ReceiptSheet data={data} size={size} qrSvg={await qrSvg(data.lookupUrl)} />
    </>
  );
}
