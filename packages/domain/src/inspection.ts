/**
 * 明察暗访 (R-SUP-2, §五(七)): the checks an inspector makes at a station, unannounced. A finding may name the
 * agent concerned; one that names nobody concerns the whole station.
 */
export const INSPECTION_CHECKS = [
  { key: "onDuty", label: "工作人员在岗" },
  { key: "badges", label: "代办员挂牌上岗" },
  { key: "disclosure", label: "政务公开内容公示到位" },
  { key: "attitude", label: "服务态度热情诚恳" },
  { key: "records", label: "服务记录完整规范" },
] as const;

export type InspectionCheckKey = (typeof INSPECTION_CHECKS)[number]["key"];
export const INSPECTION_CHECK_KEYS = INSPECTION_CHECKS.map((c) => c.key) as readonly InspectionCheckKey[];

export interface InspectionFinding {
  check: InspectionCheckKey;
  passed: boolean;
  note: string | null;
  /** The agent a failed check concerns, if any (user id). */
  agentId: string | null;
}

/** Failed checks that count against an agent: those naming the agent, and those naming nobody. */
export function findingsAgainstAgent(findings: readonly InspectionFinding[], agentUserId: string): number {
  return findings.filter((f) => !f.passed && (f.agentId === null || f.agentId === agentUserId)).length;
}

export function problemCount(findings: readonly InspectionFinding[]): number {
  return findings.filter((f) => !f.passed).length;
}
