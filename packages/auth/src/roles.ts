import { ROLE_LABELS } from "@bianmin/domain";
import type { Role } from "@bianmin/domain";

export { ROLE_LABELS };

/** The three apps and which roles each admits (data, not scattered checks). */
export const APPS = ["village", "township", "district"] as const;
export type AppName = (typeof APPS)[number];

export const APP_ROLES: Record<AppName, readonly Role[]> = {
  village: ["agent", "stationHead"],
  township: ["townshipStaff", "townshipSupervisor"],
  district: ["approvalAssessor", "efficiencyInspector", "districtAdmin"],
};

export const APP_TITLES: Record<AppName, string> = {
  village: "村（社区）便民服务代办站",
  township: "乡镇（街道）便民服务中心",
  district: "区行政审批中心 · 区行政效能中心",
};

export function appOfRole(role: Role): AppName {
  const app = APPS.find((a) => APP_ROLES[a].includes(role));
  if (!app) throw new Error(`no app admits role ${role}`);
  return app;
}

export function roleAllowedIn(app: AppName, role: Role): boolean {
  return APP_ROLES[app].includes(role);
}
