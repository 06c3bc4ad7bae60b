import type { TableExport } from "@bianmin/documents";
import type { Period } from "@bianmin/domain";
import type { assessmentQueries } from "@bianmin/db";
import { STATUS_LABELS, criteriaOf, storedResult } from "./views";

/** How half-year station results are shown and exported (R-ASM-2): ranks district-wide and within the township, change on the previous period, per-township summary. */

type Row = assessmentQueries.LatestOfPeriodRow;

export const stationLabel = (villageName: string) => `${villageName}便民服务代办站`;

/** Competition rank (equal totals share a rank: 1, 2, 2, 4) of `total` among `totals`. */
const rankOf = (totals: readonly number[], total: number) => 1 + totals.filter((t) => t > total).length;
const round2 = (n: number) => Math.round(n * 100) / 100;

export type Change = "up" | "down" | "same" | null;
export const CHANGE_SIGNS: Record<Exclude<Change, null>, string> = { up: "↑", down: "↓", same: "—" };

/** Every station's newest result of the period, ranked, with the previous period's total (by station) and the change. */
export function halfYearRows(rows: readonly Row[], previousTotals: ReadonlyMap<string, number>) {
  const totals = rows.map((r) => storedResult(r.a).total);
  return rows.map((r, i) => {
    const res = storedResult(r.a);
    const inTownship = rows.flatMap((o, j) => (o.a.townshipId === r.a.townshipId ? [totals[j]!] : []));
    const previous = previousTotals.get(r.a.subjectId) ?? null;
    const change: Change = previous === null ? null : res.total > previous ? "up" : res.total < previous ? "down" : "same";
    return {
      id: r.a.id,
      stationId: r.a.stationId,
      townshipId: r.a.townshipId,
      townshipName: r.townshipName,
      villageName: r.villageName,
      name: r.a.subjectName,
      version: r.a.version,
      status: r.a.status,
      statusLabel: STATUS_LABELS[r.a.status],
      total: res.total,
      max: res.max,
      poor: res.poor,
      rank: rankOf(totals, totals[i]!),
      townshipRank: rankOf(inTownship, totals[i]!),
      previousTotal: previous,
      change,
      delta: previous === null ? null : round2(res.total - previous),
      points: Object.fromEntries(res.lines.map((l) => [l.key, l.points])) as Record<string, number>,
      handlingNote: r.a.decisionNote,
    };
  });
}

export type HalfYearRow = ReturnType<typeof halfYearRows>[number];

/** Per township: stations assessed, average total and how many are below the pass mark, in the order of the rows. */
export function townshipSummaries(rows: readonly HalfYearRow[]) {
  const byTownship = new Map<string, HalfYearRow[]>();
  for (const r of rows) byTownship.set(r.townshipId, [...(byTownship.get(r.townshipId) ?? []), r]);
  return [...byTownship.values()].map((list) => ({
    townshipId: list[0]!.townshipId,
    townshipName: list[0]!.townshipName,
    stations: list.length,
    average: round2(list.reduce((s, r) => s + r.total, 0) / list.length),
    poor: list.filter((r) => r.poor).length,
  }));
}

/** The district's half-year results as a table for XLSX and PDF (R-ASM-2, R-DATA-1), ranked district-wide. */
export function halfYearTable(districtName: string, period: Period, source: readonly Row[], rows: readonly HalfYearRow[], createdAt: string): TableExport {
  const criteria = criteriaOf(source);
  const list = [...rows].sort((a, b) => a.rank - b.rank || a.townshipName.localeCompare(b.townshipName, "zh") || a.villageName.localeCompare(b.villageName, "zh"));
  return {
    title: `${districtName}便民服务代办站半年考核结果`,
    subtitle: `${period.label}（${period.start} 至 ${period.end}，共 ${list.length} 个代办站）`,
    sheetName: "半年考核",
    columns: [
      { header: "全区排名", width: 8 },
      { header: "乡镇（街道）", width: 14 },
      { header: "代办站", width: 16 },
      ...criteria.map((c) => ({ header: `${c.name}（${c.weight}分）`, width: 11 })),
      { header: "总分", width: 8 },
      { header: "镇内排名", width: 8 },
      { header: "上期总分", width: 8 },
      { header: "变化", width: 8 },
      { header: "结果", width: 10 },
      { header: "状态", width: 12 },
      { header: "处理情况", width: 28 },
    ],
    rows: list.map((r) => [
      String(r.rank),
      r.townshipName,
      r.villageName,
      ...criteria.map((c) => (c.key in r.points ? String(r.points[c.key]) : "—")),
      String(r.total),
      String(r.townshipRank),
      r.previousTotal === null ? "—" : String(r.previousTotal),
      r.change === null ? "—" : `${CHANGE_SIGNS[r.change]}${r.delta === 0 ? "" : Math.abs(r.delta!)}`,
      r.poor ? "低于合格线" : "合格",
      r.statusLabel,
      r.handlingNote ?? "",
    ]),
    createdAt,
  };
}
