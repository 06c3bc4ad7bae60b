import type { SessionUser } from "@bianmin/auth";
import { APP_ROLES } from "@bianmin/auth/roles";
import { forbidden } from "./errors";

/** The unit a record belongs to; the deepest known level decides. */
export interface UnitRef {
  districtId: string;
  townshipId?: string | null;
  villageId?: string | null;
}

/**
 * May this user see a record of this unit? A user sees their own unit and the units below it (R-SEC-1):
 * station staff their village, township staff their township, district roles their district.
 */
export function canSeeUnit(user: SessionUser, unit: UnitRef): boolean {
  if (user.districtId !== unit.districtId) return false;
  if (APP_ROLES.district.includes(user.role)) return true;
  if (APP_ROLES.township.includes(user.role)) return !!unit.townshipId && unit.townshipId === user.townshipId;
  return !!unit.villageId && unit.villageId === user.villageId;
}

export function assertCanSeeUnit(user: SessionUser, unit: UnitRef): void {
  if (!canSeeUnit(user, unit)) throw forbidden();
}
