import { handleOpen311 } from "@bianmin/api";
import { server } from "@/server";

/**
 * Open311 GeoReport v2 (R-API-1) under /open311/v2/: discovery, services, service definitions and requests in
 * JSON and XML. No session: reading is public, filing needs an api_key issued under 开放接口.
 */
export const dynamic = "force-dynamic";

function handle(req: Request): Promise<Response> {
  return handleOpen311(req, { db: server.getDb(), baseUrl: process.env.NEXTAUTH_URL });
}

export { handle as GET, handle as POST };
