import Link from "next/link";
import { DecisionNoticeSheet, SupplementNoticeSheet } from "@bianmin/ui";
import { PrintButton } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { paperSize } from "@/documents";
import { server } from "@/server";

/** 补交材料清单, 退回通知 or 告知单 print view (R-INT-4). */
export default async function NoticePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string; size?: string }> }) {
  const { id } = await params;
  const sp = await searchParams;
  const size = paperSize(sp.size);
  const kind = sp.kind === "supplement" ? "supplement" : "decision";
  const { api } = await server.api();
  const sheet =
    kind === "supplement" ? (
      <SupplementNoticeSheet data={await orNotFound(api.matter.supplementNotice({ matterId: id }))} size={size} />
    ) : (
      <DecisionNoticeSheet data={await orNotFound(api.matter.decisionNotice({ matterId: id }))} size={size} />
    );
  return (
    <>
      <div className="action-buttons no-print">
        <Link className="btn" href={`/matters/${id}`}>
          ← 返回事项
        </Link>
        <PrintButton />
        <Link className="btn" href={`/matters/${id}/notice?kind=${kind}&size=${size === "A5" ? "A4" : "A5"}`}>
          改用 {size === "A5" ? "A4" : "A5"} 纸
        </Link>
        <a className="btn" href={`/matters/${id}/notice.pdf?kind=${kind}&size=${size}`}>
          下载 PDF
        </a>
      </div>
      {sheet}
    </>
  );
}
