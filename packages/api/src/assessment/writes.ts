import { TRPCError } from "@trpc/server";
import { assessmentQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import type { Metrics, RubricResult } from "@bianmin/domain";
import type { StoredResult } from "./facts";
import { storedResult } from "./views";
import type { AssessmentRow } from "./views";

/** How an assessment version is written (R-ASM-1, R-ASM-2): the stored result, the audited view, the optimistic update. */

export const ASSESSMENT_CONFLICT = "该考核记录刚刚已被他人修改，请刷新页面后再操作";

export const stored = (result: RubricResult, metricLines: StoredResult["metricLines"]): StoredResult => ({ ...result, metricLines: [...metricLines] });

export const audited = (r: AssessmentRow) => ({
  version: r.version,
  status: r.status,
  total: storedResult(r).total,
  metrics: r.metrics,
  teamScore: r.teamScore,
  decision: r.decision,
});

/** Write a change to the version the caller saw; a stale version is a conflict and nothing changes. */
export async function updateVersion(tx: Tx, row: AssessmentRow, rowVersion: number, set: Parameters<typeof assessmentQueries.updateAssessmentIfVersion>[3]) {
  if (row.rowVersion !== rowVersion) throw new TRPCError({ code: "CONFLICT", message: ASSESSMENT_CONFLICT });
  const after = await assessmentQueries.updateAssessmentIfVersion(tx, row.id, rowVersion, set);
  if (!after) throw new TRPCError({ code: "CONFLICT", message: ASSESSMENT_CONFLICT });
  return after;
}

/** The columns a (re)computation sets, with the total rounded for the integer column (the exact total is in the result). */
export function computedColumns(result: StoredResult, metrics: Metrics, rubricId: string, by: string, now: Date) {
  return { metrics: { ...metrics }, result, total: Math.round(result.total), rubricId, computedAt: now, computedBy: by, updatedAt: now };
}
