import { AssessmentDetail } from "@bianmin/ui";
import { AssessmentActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One agent's assessment of a period: the score line by line, team score, confirmation or correction (R-ASM-1, R-ASM-3). */
export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const a = await orNotFound(api.assessment.get({ id }));
  return (
    <>
      <AssessmentDetail a={a} />
      <AssessmentActions id={a.id} rowVersion={a.rowVersion} status={a.status} teamScore={a.teamScore} teamNote={a.teamNote} mayCorrect={a.mayCorrect} />
    </>
  );
}
