/** User roles (R-SEC-1). Unit scoping is the API's business; role-level rules live in the decider. */
export const ROLES = [
  "agent",
  "stationHead",
  "townshipStaff",
  "townshipSupervisor",
  "approvalAssessor",
  "efficiencyInspector",
  "districtAdmin",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  agent: "代办员",
  stationHead: "站长",
  townshipStaff: "便民服务中心工作人员",
  townshipSupervisor: "便民服务中心督查人员",
  approvalAssessor: "区行政审批中心考核人员",
  efficiencyInspector: "区行政效能中心督查人员",
  districtAdmin: "区系统管理员",
};
