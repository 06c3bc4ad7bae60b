import Link from "next/link";
import { formatDate } from "../format";
import type { VillageRow } from "../types";

/** Villages of a township with their stations' status, head and staff count. */
export function VillageTable({ villages, stationHref }: { villages: VillageRow[]; stationHref: (id: string) => string }) {
  const operating = villages.filter((v) => v.status === "operating").length;
  return (
    <table className="table" data-testid="village-table">
      <thead>
        <tr>
          <th>区划代码</th>
          <th>村（社区）</th>
          <th>代办站</th>
          <th>状态</th>
          <th>站长</th>
          <th className="num">工作人员</th>
          <th>电话</th>
        </tr>
      </thead>
      <tbody>
        {villages.map((v) => (
          <tr key={v.villageId}>
            <td>{v.code}</td>
            <td>{v.name}</td>
            <td>{v.stationId ? <Link href={stationHref(v.stationId)}>{v.stationName}</Link> : <span className="muted">未建站</span>}</td>
            <td>
              {v.status === "operating" ? (
                <span className="tag ok">运行（{formatDate(v.operatingSince)}）</span>
              ) : v.status === "building" ? (
                <span className="tag warn">建设中</span>
              ) : (
                <span className="tag bad">未建站</span>
              )}
            </td>
            <td>{v.headName ?? "—"}</td>
            <td className="num">{v.stationId ? v.agentCount : "—"}</td>
            <td>{v.phone ?? "—"}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={7}>
            共 {villages.length} 个村（社区），已建站 {villages.filter((v) => v.stationId).length} 个，规范运行 {operating} 个
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
