import Link from "next/link";
import { formatDate } from "../format";
import type { Outputs } from "../types";

export type InspectionList = Outputs["inspection"]["list"];

/** 明察暗访 records, newest first (R-SUP-2); a station with an overdue rectification is shown red. */
export function InspectionTable({ rows }: { rows: InspectionList["rows"] }) {
  if (rows.length === 0) return <p className="muted">没有符合条件的明察暗访记录。</p>;
  return (
    <table className="table" data-testid="inspection-table">
      <thead>
        <tr>
          <th>检查日期</th>
          <th>乡镇（街道）</th>
          <th>代办站</th>
          <th>检查单位</th>
          <th>检查人</th>
          <th className="num">发现问题</th>
          <th>整改</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.stationOverdue ? "row-bad" : undefined} data-overdue={r.stationOverdue ? "true" : undefined}>
            <td className="nowrap">{formatDate(r.inspectedOn)}</td>
            <td className="nowrap">{r.townshipName}</td>
            <td className="nowrap">{r.villageName}</td>
            <td className="nowrap">{r.centerLabel}</td>
            <td className="nowrap">{r.inspectorName}</td>
            <td className="num">{r.problemCount === 0 ? <span className="tag ok">无</span> : <span className="tag bad">{r.problemCount}项</span>}</td>
            <td className="nowrap">
              {r.rectifications.total === 0 ? (
                <span className="muted">无整改要求</span>
              ) : (
                <>
                  已确认 {r.rectifications.confirmed} / {r.rectifications.total}
                  {r.rectifications.overdue > 0 ? <span className="tag bad">超期{r.rectifications.overdue}项</span> : null}
                </>
              )}
            </td>
            <td className="nowrap">
              <Link href={`/inspections/${r.id}`}>查看</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The stations with a rectification past its due date, red (R-SUP-2, R-DL-4). */
export function OverdueStations({ stations }: { stations: InspectionList["overdueStations"] }) {
  if (stations.length === 0) return <p className="alert ok">目前没有超期未整改的代办站。</p>;
  return (
    <div className="alert bad" data-testid="overdue-stations">
      <strong>超期未整改的代办站：</strong>
      {stations.map((s) => (
        <span key={s.stationId} className="tag bad">
          {s.townshipName}·{s.villageName}（{s.overdue}项）
        </span>
      ))}
    </div>
  );
}
