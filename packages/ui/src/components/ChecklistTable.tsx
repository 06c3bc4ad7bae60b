import Link from "next/link";
import { formatDate } from "../format";
import type { Outputs } from "../types";
import { ChecklistStatusTag } from "./ChecklistStatusTag";

export type ChecklistRowView = Outputs["standardization"]["list"][number];

/** The township's stations with their standardisation checklists, those waiting for the centre first (R-ORG-5). */
export function ChecklistTable({ rows, href }: { rows: ChecklistRowView[]; href: (stationId: string) => string }) {
  if (rows.length === 0) return <p className="muted">本乡镇（街道）还没有代办站。</p>;
  const waiting = rows.filter((r) => r.status === "submitted").length;
  return (
    <table className="table" data-testid="checklist-table">
      <thead>
        <tr>
          <th>村（社区）</th>
          <th>代办站</th>
          <th>检查表</th>
          <th className="num">达标项</th>
          <th>提交日期</th>
          <th>确认日期</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {[...rows.filter((r) => r.status === "submitted"), ...rows.filter((r) => r.status !== "submitted")].map((r) => (
          <tr key={r.stationId}>
            <td>{r.villageName}</td>
            <td className="nowrap">{r.stationStatus === "operating" ? <span className="tag ok">规范运行（{formatDate(r.operatingSince)}起）</span> : <span className="tag warn">建设中</span>}</td>
            <td className="nowrap">{r.started ? <ChecklistStatusTag status={r.status} label={r.statusLabel} /> : <span className="muted">未填写</span>}</td>
            <td className="num">
              {r.passed} / {r.total}
            </td>
            <td className="nowrap">{formatDate(r.submittedAt)}</td>
            <td className="nowrap">{formatDate(r.confirmedOn)}</td>
            <td className="nowrap">
              <Link href={href(r.stationId)}>{r.status === "submitted" ? "审核" : "查看"}</Link>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={7}>
            共 {rows.length} 个代办站，规范运行 {rows.filter((r) => r.stationStatus === "operating").length} 个，待中心确认 {waiting} 个
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
