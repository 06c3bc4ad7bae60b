import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /assessments/export.xlsx?period=2026-B5 — the township's bimonthly results of a period (R-ASM-1, R-DATA-1). */
export async function GET(req: Request): Promise<Response> {
  const { api } = await server.api();
  const r = await attempt(api.assessment.exportXlsx({ periodKey: new URL(req.url).searchParams.get("period") ?? "" }));
  if (!r.ok) return refusalResponse(r);
  return new Response(new Uint8Array(r.value.bytes), {
    headers: { "content-type": XLSX, "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(r.value.filename)}`, "cache-control": "private, no-store" },
  });
}
