import { tablePdf, tableXlsx } from "@bianmin/documents";
import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

function file(bytes: Buffer, filename: string, type: string, extra: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": type, "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`, "cache-control": "private, no-store", ...extra },
  });
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /records/ledger.(xlsx|pdf)?from&to — the registration ledger (R-INT-3, R-DATA-1). */
export async function ledgerExport(req: Request, kind: "xlsx" | "pdf"): Promise<Response> {
  const url = new URL(req.url);
  const { api } = await server.api();
  const r = await attempt(api.records.ledger({ from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" }));
  if (!r.ok) return refusalResponse(r);
  const name = `便民服务事项登记表-${url.searchParams.get("from")}至${url.searchParams.get("to")}.${kind}`;
  return kind === "xlsx" ? file(await tableXlsx(r.value), name, XLSX) : file(await tablePdf(r.value), name, "application/pdf");
}

/** GET /records/archive/:year/:kind — a closed year's kept file, with its checksum in a header (R-RUL-4). */
export async function archiveDownload(year: string, kind: string): Promise<Response> {
  if (kind !== "pdf" && kind !== "xlsx") return new Response("文件类型不正确", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { api } = await server.api();
  const r = await attempt(api.records.archiveFile({ year: Number(year), kind }));
  if (!r.ok) return refusalResponse(r);
  return file(r.value.bytes, r.value.filename, kind === "pdf" ? "application/pdf" : XLSX, { "x-content-sha256": r.value.sha256 });
}
