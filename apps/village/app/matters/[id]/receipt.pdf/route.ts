import { receiptPdf } from "@/documents";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return receiptPdf(req, (await params).id);
}
