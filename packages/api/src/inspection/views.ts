import type { inspectionQueries } from "@bianmin/db";
import {
  INSPECTION_CENTER_LABELS,
  RECTIFICATION_STATUS_LABELS,
  inspectionCheckLabel,
  rectificationStatusOn,
  shanghaiDate,
} from "@bianmin/domain";
import type { Calendar, IsoDate } from "@bianmin/domain";
import { unlessCalendarMissing } from "../matters/views";

/** What the screens show of inspections and rectifications (R-SUP-2): labels, lights, counts. */

type InspectionFound = NonNullable<Awaited<ReturnType<typeof inspectionQueries.inspectionById>>>;
type RectificationFound = Awaited<ReturnType<typeof inspectionQueries.rectificationsWhere>>[number];

const dayOf = (d: Date | null): IsoDate | null => (d ? shanghaiDate(d.toISOString()) : null);

/** A rectification with its status label and its light by the deadline rule (none when the calendar lacks the year). */
export function rectificationView(calendar: Calendar, found: RectificationFound, today: IsoDate) {
  const r = found.rectification;
  const facts = { dueDate: r.dueDate, status: r.status, reportedOn: dayOf(r.reportedAt), confirmedOn: dayOf(r.confirmedAt) };
  const st = unlessCalendarMissing(() => rectificationStatusOn(calendar, facts, today), null);
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    stationId: r.stationId,
    townshipId: r.townshipId,
    villageName: found.villageName,
    inspectedOn: found.inspectedOn,
    centerLabel: INSPECTION_CENTER_LABELS[found.centerKind],
    requirement: r.requirement,
    days: r.days,
    dueDate: r.dueDate,
    status: r.status,
    statusLabel: RECTIFICATION_STATUS_LABELS[r.status],
    report: r.report,
    reportedAt: r.reportedAt,
    reportedByName: found.reportedByName,
    confirmedAt: r.confirmedAt,
    confirmedByName: found.confirmedByName,
    confirmNote: r.confirmNote,
    version: r.version,
    light: st ? (st.kind === "open" ? st.light : st.result) : null,
    remainingWorkdays: st?.kind === "open" ? st.remainingWorkdays : null,
    overdue: st ? st.kind === "open" && st.light === "red" : r.status === "open" && today > r.dueDate,
  };
}
export type RectificationView = ReturnType<typeof rectificationView>;

/** An inspection's row: names, centre, problems, and its rectifications counted by state. */
export function inspectionSummary(found: InspectionFound, rects: readonly RectificationView[]) {
  const i = found.inspection;
  return {
    id: i.id,
    stationId: i.stationId,
    townshipId: i.townshipId,
    townshipName: found.townshipName,
    villageName: found.villageName,
    inspectedOn: i.inspectedOn,
    centerKind: i.centerKind,
    centerLabel: INSPECTION_CENTER_LABELS[i.centerKind],
    inspectorName: found.inspectorName,
    problemCount: i.problemCount,
    note: i.note,
    rectifications: { total: rects.length, confirmed: rects.filter((r) => r.status === "confirmed").length, overdue: rects.filter((r) => r.overdue).length },
  };
}

/** The findings with each check's label and the name of the agent a failed one concerns. */
export function findingsView(found: InspectionFound, staffNames: ReadonlyMap<string, string>) {
  return found.inspection.findings.map((f) => ({
    ...f,
    label: inspectionCheckLabel(f.check),
    agentName: f.agentId ? (staffNames.get(f.agentId) ?? "（已调离）") : null,
  }));
}
