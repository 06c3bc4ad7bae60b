import Link from "next/link";
import { MATTER_STATUS_LABELS, MODE_LABELS } from "@bianmin/domain";
import type { MatterStatus, Mode } from "@bianmin/domain";
import { formatDate } from "../format";
import { Light } from "./Light";

export interface MatterRowView {
  id: string;
  status: string;
  mode: string;
  channel: string;
  itemName: string;
  applicantName: string;
  receiptNo: string | null;
  registeredAt: Date;
  promisedDate: string | null;
  light: string | null;
  remainingWorkdays: number | null;
  custodyLabel: string | null;
}

/** A queue of matters with their lights; the applicant's name links to the matter page. */
export function MatterTable({ rows, empty = "没有符合条件的事项。" }: { rows: MatterRowView[]; empty?: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="table" data-testid="matter-table">
      <thead>
        <tr>
          <th>红黄绿灯</th>
          <th>申请人</th>
          <th>申办事项</th>
          <th>方式</th>
          <th>状态</th>
          <th>登记日期</th>
          <th>承诺办结</th>
          <th>材料保管</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Light light={r.light} remaining={r.remainingWorkdays} />
            </td>
            <td className="nowrap">
              <Link href={`/matters/${r.id}`}>{r.applicantName}</Link>
              {r.channel === "online" ? <span className="tag">网上申请</span> : null}
            </td>
            <td>{r.itemName}</td>
            <td className="nowrap">{MODE_LABELS[r.mode as Mode] ?? r.mode}</td>
            <td className="nowrap">{MATTER_STATUS_LABELS[r.status as MatterStatus] ?? r.status}</td>
            <td className="nowrap">{formatDate(r.registeredAt)}</td>
            <td className="nowrap">{r.promisedDate ? formatDate(r.promisedDate) : "—"}</td>
            <td>{r.custodyLabel ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
