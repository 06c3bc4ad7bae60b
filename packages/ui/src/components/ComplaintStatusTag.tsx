const TONE: Record<string, string> = { open: "warn", handling: "", replied: "", escalated: "bad", closed: "ok" };

/** A complaint's status as a coloured tag. */
export function ComplaintStatusTag({ status, label }: { status: string; label: string }) {
  return <span className={`tag ${TONE[status] ?? ""}`}>{label}</span>;
}
