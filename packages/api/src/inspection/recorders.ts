import type { InspectionCenterKind, Role } from "@bianmin/domain";

/** Who records inspections, and for which centre: the efficiency centre's inspectors and the approval centre's assessors. */
export const RECORDER_CENTER: Partial<Record<Role, InspectionCenterKind>> = { efficiencyInspector: "efficiency", approvalAssessor: "approval" };

export const mayRecordInspections = (role: Role): boolean => RECORDER_CENTER[role] !== undefined;
