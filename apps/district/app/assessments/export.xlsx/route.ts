import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

/** GET /assessments/export.xlsx?period=2026-H1 — the district's half-year station results (R-ASM-2, R-DATA-1). */
export async function GET(req: Request): Promise<Response> {
  const { api } = await server.api();
  const r = await attempt(api.assessment.exportHalfYearXlsx({ periodKey: new URL(req.url).searchParams.get("period") ?? "" }));
  if (!r.ok) return refusalResponse(r);
  return new Response(new Uint8Array(r.value.bytes), {
    headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(r.value.filename)}`, "cache-control": "private, no-store" },
  });
}
