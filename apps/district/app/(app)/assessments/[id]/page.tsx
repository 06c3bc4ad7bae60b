import { AssessmentDetail } from "@bianmin/ui";
import { StationAssessmentActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { notFound } from "next/navigation";
import { server } from "@/server";

/** One station's half-year result line by line; the assessor records the handling of a poor result, confirms or corrects (R-ASM-2, R-ASM-3). */
export default async function HalfYearAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const a = await orNotFound(api.assessment.get({ id }));
  if (a.kind !== "station") notFound();
  return (
    <>
      <AssessmentDetail a={a} />
      {a.mayAct ? (
        <StationAssessmentActions id={a.id} rowVersion={a.rowVersion} status={a.status} poor={a.poor} handlingNote={a.decisionNote} mayCorrect={a.mayCorrect} />
      ) : null}
    </>
  );
}
