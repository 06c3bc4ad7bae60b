import { AssessmentDetail } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { notFound } from "next/navigation";
import { server } from "@/server";

/** One agent's confirmed bimonthly result from the archive, read-only (R-ASM-1, R-ASM-3). */
export default async function ArchivedAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const a = await orNotFound(api.assessment.get({ id }));
  if (a.kind !== "agent") notFound();
  return <AssessmentDetail a={a} basePath="/archive" />;
}
