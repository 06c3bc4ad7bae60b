import Link from "next/link";
import { formatDate } from "../../format";
import { Light } from "../Light";
import type { Overview } from "./types";

/** 超期事项: red matters, most overdue first, each linking to its full history (where the app has matter pages). */
export function OverdueTable({ rows, matterLinks = true }: { rows: Overview["overdue"]; matterLinks?: boolean }) {
  if (rows.length === 0) return <p className="muted">目前没有超期事项。</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="overdue-table">
        <thead>
          <tr>
            <th>红黄绿灯</th>
            <th>回执编号</th>
            <th>村（社区）</th>
            <th>申办事项</th>
            <th>申请人</th>
            <th>归口代办员</th>
            <th>承诺办结</th>
            <th>材料保管</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="nowrap">
                <Light light={m.light} remaining={m.remainingWorkdays} />
              </td>
              <td className="nowrap">
                {matterLinks ? <Link href={`/matters/${m.id}`}>{m.receiptNo ?? "查看"}</Link> : (m.receiptNo ?? "—")}
              </td>
              <td className="nowrap">{m.villageName}</td>
              <td>{m.itemName}</td>
              <td className="nowrap">{m.applicantName}</td>
              <td className="nowrap">{m.responsibleAgentName ?? "—"}</td>
              <td className="nowrap">{m.promisedDate ? formatDate(m.promisedDate) : "—"}</td>
              <td>{m.custodyLabel ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
