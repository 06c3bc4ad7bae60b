/** Draft or confirmed, with a poor result flagged (below the rubric's pass mark). */
export function AssessmentStatusTag({ status, label, poor }: { status: "draft" | "confirmed"; label: string; poor?: boolean }) {
  return (
    <>
      <span className={`tag ${status === "confirmed" ? "ok" : "warn"}`}>{label}</span>
      {poor ? <span className="tag bad">低于合格线</span> : null}
    </>
  );
}
