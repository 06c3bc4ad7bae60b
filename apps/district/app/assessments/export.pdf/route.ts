import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

/** GET /assessments/export.pdf?period=2026-H1 — the district's half-year station results (R-ASM-2, R-DATA-1). */
export async function GET(req: Request): Promise<Response> {
  const { api } = await server.api();
  const r = await attempt(api.assessment.exportHalfYearPdf({ periodKey: new URL(req.url).searchParams.get("period") ?? "" }));
  if (!r.ok) return refusalResponse(r);
  return new Response(new Uint8Array(r.value.bytes), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(r.value.filename)}`, "cache-control": "private, no-store" },
  });
}
