import { archiveDownload } from "@/exports";

export async function GET(_req: Request, { params }: { params: Promise<{ year: string; kind: string }> }) {
  const { year, kind } = await params;
  return archiveDownload(year, kind);
}
