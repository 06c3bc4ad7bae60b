import { ledgerExport } from "@/exports";

export function GET(req: Request) {
  return ledgerExport(req, "xlsx");
}
