import { formatDate } from "../../format";
import { EChart } from "../EChart";
import { lightsByVillageOption } from "./charts";
import { KpiStrip } from "./KpiStrip";
import { OverdueTable } from "./OverdueTable";
import { RatingsCard } from "./RatingsCard";
import type { Overview } from "./types";
import { VillageSupervisionTable } from "./VillageSupervisionTable";

/**
 * 督查总览 (R-SUP-1): the centre's daily look at its villages — lights, overdue list, ratings, complaints, attendance.
 * The district reads the same dashboard of a township (`fromDistrict`): titled with the township, without links
 * to the township app's own pages.
 */
export function SupervisionDashboard({ o, fromDistrict }: { o: Overview; fromDistrict?: { townshipName: string } }) {
  const stations = o.villages.filter((v) => v.station).length;
  return (
    <>
      <section className="card">
        <div className="row-between">
          <div>
            {fromDistrict ? <h2>{fromDistrict.townshipName}督查总览</h2> : <h1>督查总览</h1>}
            <p className="muted">
              {o.center.name} · {formatDate(o.today)}（红黄绿灯为今日状态；评价、办结、投诉和出勤统计 {formatDate(o.range.from)} 至 {formatDate(o.range.to)}，共
              {o.workdays}个工作日）
            </p>
          </div>
          <form className="inline-form" method="get" data-testid="range-form">
            <label>
              从 <input type="date" name="from" defaultValue={o.range.from} />
            </label>
            <label>
              至 <input type="date" name="to" defaultValue={o.range.to} />
            </label>
            <button className="btn" type="submit">
              统计
            </button>
          </form>
        </div>
        <KpiStrip o={o} appLinks={!fromDistrict} />
      </section>
      <div className="grid">
        <section className="card">
          <h2>在办事项红黄绿灯（按村）</h2>
          <EChart option={lightsByVillageOption(o)} width={560} height={Math.max(160, 44 * stations + 70)} label="在办事项红黄绿灯分布（按村）" />
        </section>
        <RatingsCard ratings={o.totals.ratings} label="群众评价分布" />
      </div>
      <section className="card">
        <h2>各村（社区）督查情况</h2>
        <VillageSupervisionTable rows={o.villages} />
      </section>
      <section className="card" id="overdue">
        <h2>超期事项（{o.overdue.length}）</h2>
        <OverdueTable rows={o.overdue} matterLinks={!fromDistrict} />
      </section>
    </>
  );
}
