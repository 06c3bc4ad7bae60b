import type { InspectionCenterKind, Role } from "@bianmin/domain";
import { districtRoleProcedure } from "../trpc";

/** Who records inspections, and for which centre: the efficiency centre's inspectors and the approval centre's assessors. */
export const RECORDER_CENTER: Partial<Record<Role, InspectionCenterKind>> = { efficiencyInspector: "efficiency", approvalAssessor: "approval" };

export const mayRecordInspections = (role: Role): boolean => RECORDER_CENTER[role] !== undefined;

/** A district procedure for the inspection recorders only, with the message others get. */
export const recorderProcedure = (message: string) => districtRoleProcedure(Object.keys(RECORDER_CENTER) as Role[], message);
