import type { ChecklistStatus } from "@bianmin/domain";

const TONE: Record<ChecklistStatus, string> = { draft: "", submitted: "warn", returned: "bad", confirmed: "ok" };

/** A standardisation checklist's status as a coloured tag (R-ORG-5). */
export function ChecklistStatusTag({ status, label }: { status: ChecklistStatus; label: string }) {
  return <span className={`tag ${TONE[status]}`}>{label}</span>;
}
