import { attempt, refusalResponse } from "@bianmin/ui/server";
import { server } from "@/server";

/** GET /inspections/photos/<id> — one 明察暗访 photo for the district's own users (R-SUP-2). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { api } = await server.api();
  const r = await attempt(api.inspection.photo({ id }));
  if (!r.ok) return refusalResponse(r);
  return new Response(new Uint8Array(r.value.bytes), {
    headers: { "content-type": r.value.mimeType, "cache-control": "private, max-age=86400, immutable", "x-content-type-options": "nosniff" },
  });
}
