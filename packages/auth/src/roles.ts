import type { Role } from "@bianmin/db";

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

export const ROLE_LABELS: Record<Role, string> = {
  agent: "代办员",
  stationHead: "站长",
  townshipStaff: "便民服务中心工作人员",
  townshipSupervisor: "便民服务中心督查人员",
  approvalAssessor: "区行政审批中心考核人员",
  efficiencyInspector: "区行政效能中心督查人员",
  districtAdmin: "区系统管理员",
};

export function appOfRole(role: Role): AppName {
  const app = APPS.find((a) => APP_ROLES[a].includes(role));
  if (!app) throw new Error(`no app admits role ${role}`);
  return app;
}

export function roleAllowedIn(app: AppName, role: Role): boolean {
  return APP_ROLES[app].includes(role);
}
