import type { TableExport } from "@bianmin/documents";
import type { AssessmentVersion, Period } from "@bianmin/domain";
import type { assessmentQueries } from "@bianmin/db";
import type { StoredResult } from "./facts";

/** How assessments are shown and exported (R-ASM-1): labels, ranks, the table of a period. */

export type AssessmentRow = assessmentQueries.AssessmentRow;
type TableRow = Pick<assessmentQueries.LatestOfPeriodRow, "a" | "villageName">;

export const DECISIONS = ["reward", "none", "criticism"] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = { reward: "奖励", none: "无奖惩", criticism: "通报批评" };
export const STATUS_LABELS: Record<AssessmentRow["status"], string> = { draft: "草稿（待确认）", confirmed: "已确认归档" };

export const periodView = (p: Period) => ({ key: p.key, label: p.label, start: p.start, end: p.end });

export function storedResult(row: Pick<AssessmentRow, "result">): StoredResult {
  const r = row.result as StoredResult;
  return { ...r, metricLines: r.metricLines ?? [] };
}

/** The domain's view of a stored version, so that its rules (recompute, confirm, correct) decide. */
export function versionOf(row: AssessmentRow): AssessmentVersion {
  return {
    id: row.id,
    subjectId: row.subjectId,
    periodKey: row.periodKey,
    version: row.version,
    supersedesId: row.supersedesId,
    correctionReason: row.correctionReason,
    status: row.status,
    metrics: row.metrics,
    result: storedResult(row),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    confirmedBy: row.confirmedBy ? { id: row.confirmedBy, name: "" } : null,
  };
}

/** Competition ranking by total within the township: equal totals share a rank (1, 2, 2, 4). */
export function ranked(rows: readonly TableRow[]) {
  const totals = rows.map((r) => storedResult(r.a).total);
  return rows.map((r, i) => {
    const res = storedResult(r.a);
    return {
      id: r.a.id,
      subjectId: r.a.subjectId,
      name: r.a.subjectName,
      stationId: r.a.stationId,
      villageName: r.villageName,
      version: r.a.version,
      status: r.a.status,
      statusLabel: STATUS_LABELS[r.a.status],
      total: res.total,
      max: res.max,
      poor: res.poor,
      rank: 1 + totals.filter((t) => t > totals[i]!).length,
      points: Object.fromEntries(res.lines.map((l) => [l.key, l.points])) as Record<string, number>,
      teamScore: r.a.teamScore,
      decision: r.a.decision,
      decisionLabel: r.a.decision ? DECISION_LABELS[r.a.decision] : null,
      decisionNote: r.a.decisionNote,
    };
  });
}

export type RankedRow = ReturnType<typeof ranked>[number];

/** The criteria columns of a period's table, in rubric order (versions may differ: the union, first seen first). */
export function criteriaOf(rows: readonly TableRow[]): { key: string; name: string; weight: number }[] {
  const seen = new Map<string, { key: string; name: string; weight: number }>();
  for (const r of rows) for (const l of storedResult(r.a).lines) if (!seen.has(l.key)) seen.set(l.key, { key: l.key, name: l.name, weight: l.weight });
  return [...seen.values()];
}

/** The township's results of a period as a table for XLSX (R-DATA-1): one row per agent, grouped by station. */
export function resultsTable(townshipName: string, period: Period, rows: readonly TableRow[], createdAt: string): TableExport {
  const criteria = criteriaOf(rows);
  const list = ranked(rows);
  return {
    title: `${townshipName}便民服务中心 代办员双月考核结果`,
    subtitle: `${period.label}（${period.start} 至 ${period.end}，共 ${list.length} 人）`,
    sheetName: "双月考核",
    columns: [
      { header: "序号", width: 6 },
      { header: "代办站", width: 14 },
      { header: "姓名", width: 10 },
      ...criteria.map((c) => ({ header: `${c.name}（${c.weight}分）`, width: 12 })),
      { header: "总分", width: 8 },
      { header: "全镇排名", width: 8 },
      { header: "状态", width: 12 },
      { header: "奖惩", width: 10 },
      { header: "奖惩说明", width: 24 },
    ],
    rows: list.map((r, i) => [
      String(i + 1),
      r.villageName,
      r.name,
      ...criteria.map((c) => (c.key in r.points ? String(r.points[c.key]) : "—")),
      String(r.total),
      String(r.rank),
      r.statusLabel,
      r.decisionLabel ?? "",
      r.decisionNote ?? "",
    ]),
    createdAt,
  };
}
