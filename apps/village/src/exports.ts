import { tablePdf, tableXlsx } from "@bianmin/documents";
import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

const download = (filename: string, type: string) => ({ "content-type": type, "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`, "cache-control": "private, no-store" });

function file(bytes: Buffer, filename: string, type: string): Response {
  return new Response(new Uint8Array(bytes), { headers: download(filename, type) });
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

/** A Web stream of an async iterable's pieces, pulled as the client reads. */
function streamOf(parts: AsyncIterable<Buffer>): ReadableStream<Uint8Array> {
  const it = parts[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** GET /records/archive/:year/:kind — a closed year's kept file, with its checksum in a header (R-RUL-4), sent in pieces. */
export async function archiveDownload(year: string, kind: string): Promise<Response> {
  if (kind !== "pdf" && kind !== "xlsx") return new Response("文件类型不正确", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { api } = await server.api();
  const r = await attempt(api.records.archiveFile({ year: Number(year), kind }));
  if (!r.ok) return refusalResponse(r);
  return new Response(streamOf(r.value.parts()), {
    headers: { ...download(r.value.filename, kind === "pdf" ? "application/pdf" : XLSX), "content-length": String(r.value.size), "x-content-sha256": r.value.sha256 },
  });
}
