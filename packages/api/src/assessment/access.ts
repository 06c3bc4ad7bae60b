import type { SessionUser } from "@bianmin/auth";
import { APP_ROLES } from "@bianmin/auth/roles";
import { assessmentQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { forbidden, notFound } from "../errors";

/**
 * Who may see and act on which assessment (R-SEC-1): the township centre its own agents' bimonthly results; the
 * district's roles every result of the district, read-only, and the approval centre's assessor (考核人员) the
 * half-year station results. Another unit's record does not exist for the caller.
 */

export type AssessmentRecord = NonNullable<Awaited<ReturnType<typeof assessmentQueries.assessmentById>>>;

/** A user of the township or district apps may read assessments; station staff read only their own (assessment.mine). */
export function assertAssessmentReader(user: SessionUser): void {
  if (!APP_ROLES.township.includes(user.role) && !APP_ROLES.district.includes(user.role)) throw forbidden("您的角色无权执行此操作");
}

export function canSeeAssessment(user: SessionUser, a: AssessmentRecord["a"]): boolean {
  if (a.districtId !== user.districtId) return false;
  if (APP_ROLES.district.includes(user.role)) return true;
  return APP_ROLES.township.includes(user.role) && a.subjectKind === "agent" && a.townshipId === user.townshipId;
}

/** May this user change this version (compute, confirm, correct, record handling)? */
export function canActOnAssessment(user: SessionUser, a: AssessmentRecord["a"]): boolean {
  if (!canSeeAssessment(user, a)) return false;
  return a.subjectKind === "agent" ? APP_ROLES.township.includes(user.role) : user.role === "approvalAssessor";
}

/** One assessment the user may see, or NOT_FOUND. */
export async function visibleAssessment(db: Tx, user: SessionUser, id: string): Promise<AssessmentRecord> {
  assertAssessmentReader(user);
  const row = await assessmentQueries.assessmentById(db, id);
  if (!row || !canSeeAssessment(user, row.a)) throw notFound("考核记录");
  return row;
}

/** A half-year station assessment of the district, or NOT_FOUND. */
export async function districtStationAssessment(db: Tx, districtId: string, id: string): Promise<AssessmentRecord> {
  const row = await assessmentQueries.assessmentById(db, id);
  if (!row || row.a.districtId !== districtId || row.a.subjectKind !== "station") throw notFound("考核记录");
  return row;
}
