import { noticePdf } from "@/documents";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return noticePdf(req, (await params).id);
}
