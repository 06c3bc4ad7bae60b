import { renderDecisionNoticePdf, renderReceiptPdf, renderSupplementNoticePdf } from "@bianmin/documents";
import type { PaperSize } from "@bianmin/documents";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

export function paperSize(v: string | null | undefined): PaperSize {
  return v === "A4" ? "A4" : "A5";
}

function pdfResponse(bytes: Buffer, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "private, no-store",
    },
  });
}

/** GET /matters/:id/receipt.pdf?size=A4|A5 — the 收件回执单 as PDF (R-INT-5). */
export async function receiptPdf(req: Request, matterId: string): Promise<Response> {
  const { api } = await server.api();
  const r = await attempt(api.matter.receipt({ matterId }));
  if (!r.ok) return new Response(r.message, { status: 404 });
  const size = paperSize(new URL(req.url).searchParams.get("size"));
  return pdfResponse(await renderReceiptPdf(r.value, size), `收件回执单-${r.value.receiptNo}.pdf`);
}

/** GET /matters/:id/notice.pdf?kind=supplement|decision — 补交材料清单, 退回通知 or 告知单 (R-INT-4). */
export async function noticePdf(req: Request, matterId: string): Promise<Response> {
  const url = new URL(req.url);
  const size = paperSize(url.searchParams.get("size"));
  const { api } = await server.api();
  if (url.searchParams.get("kind") === "supplement") {
    const r = await attempt(api.matter.supplementNotice({ matterId }));
    if (!r.ok) return new Response(r.message, { status: 404 });
    return pdfResponse(await renderSupplementNoticePdf(r.value, size), `补交材料清单-${r.value.noticeNo}.pdf`);
  }
  const r = await attempt(api.matter.decisionNotice({ matterId }));
  if (!r.ok) return new Response(r.message, { status: 404 });
  return pdfResponse(await renderDecisionNoticePdf(r.value, size), `${r.value.kind === "reject" ? "退回通知" : "告知单"}-${r.value.noticeNo}.pdf`);
}
