import { CHECKLIST_STATUS_LABELS } from "@bianmin/domain";
import Link from "next/link";
import { Light } from "../Light";
import type { VillageRow } from "./types";

const HEALTH_LABELS: Record<string, string> = { red: "红灯", yellow: "黄灯", green: "绿灯" };

function stationCell(v: VillageRow) {
  if (!v.station) return <span className="tag warn">未建站</span>;
  if (v.station.status === "operating") return <span className="tag ok">规范运行</span>;
  return (
    <span className="tag warn">
      建设中{v.station.checklistStatus ? `（${CHECKLIST_STATUS_LABELS[v.station.checklistStatus]}）` : ""}
    </span>
  );
}

/** One row per village: its light with the reasons, and the counts behind it; the name drills down. */
export function VillageSupervisionTable({ rows }: { rows: VillageRow[] }) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid="village-supervision">
        <thead>
          <tr>
            <th>村（社区）</th>
            <th>状态</th>
            <th className="nowrap">在办（红/黄/绿）</th>
            <th className="num">待受理</th>
            <th className="num">满意率</th>
            <th>投诉（收到/未结/上报）</th>
            <th>回访（未结/超期）</th>
            <th>在岗/出勤率</th>
            <th>代办站</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.village.id} data-village={v.village.name}>
              <td className="nowrap">{v.station ? <Link href={`/stations/${v.station.id}`}>{v.village.name}</Link> : v.village.name}</td>
              <td className="reasons">
                <Light light={v.health.light} text={HEALTH_LABELS[v.health.light]} />
                {v.health.reasons.length > 0 ? <div className="muted small">{v.health.reasons.join("；")}</div> : null}
              </td>
              <td className="nowrap">
                <span className={v.lights.red > 0 ? "text-bad" : ""}>{v.lights.red}</span> / {v.lights.yellow} / {v.lights.green}
              </td>
              <td className="num">{v.intakePending}</td>
              <td className="num">{v.ratings.satisfactionPercent === null ? "—" : `${v.ratings.satisfactionPercent}%（${v.ratings.total}）`}</td>
              <td className="nowrap">
                {v.complaints.received}/{v.complaints.open}/{v.complaints.escalated}
              </td>
              <td className="nowrap">
                {v.followUps.open}/{v.followUps.overdue}
              </td>
              <td className="nowrap">
                {v.station ? `${v.attendance.onDuty}/${v.attendance.agents}人，${v.attendance.percent === null ? "—" : `${v.attendance.percent}%`}` : "—"}
              </td>
              <td>{stationCell(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
