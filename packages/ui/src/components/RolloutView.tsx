import Link from "next/link";
import { formatDate } from "../format";
import type { Outputs } from "../types";
import { RolloutChart } from "./RolloutChart";
import { ProgressStat, RolloutDateForm, RolloutTargetsTable, TargetStat } from "./RolloutParts";

export type RolloutData = Outputs["rollout"]["township"];

/**
 * 建设进度 of a township (R-ORG-6): its share of villages with an operating station on a date against the target
 * in force and the next one, the share over time, the district's targets and each village's station.
 */
export function RolloutView({ data, stationHref }: { data: RolloutData; stationHref: (stationId: string) => string }) {
  const { progress } = data;
  return (
    <>
      <section className="card">
        <RolloutDateForm on={data.on} today={data.today} />
        <div className="stat-row" data-testid="rollout-stats">
          <ProgressStat on={data.on} progress={progress} />
          <TargetStat title="执行中的目标" target={data.targetInForce} due />
          <TargetStat title="下一个目标" target={data.nextTarget} due={false} />
        </div>
      </section>
      <section className="card">
        <h2>进度变化</h2>
        <RolloutChart lines={[{ name: data.townshipName, points: data.series }]} targets={data.targets} />
      </section>
      <section className="card">
        <h2>区定建设目标</h2>
        <RolloutTargetsTable targets={data.targets} scopeLabel="本乡镇（街道）" />
      </section>
      <section className="card">
        <h2>各村（社区）代办站</h2>
        <table className="table" data-testid="rollout-villages">
          <thead>
            <tr>
              <th>区划代码</th>
              <th>村（社区）</th>
              <th>代办站</th>
              <th>规范运行日期</th>
              <th>{formatDate(data.on)}</th>
            </tr>
          </thead>
          <tbody>
            {data.villages.map((v) => (
              <tr key={v.villageId}>
                <td>{v.code}</td>
                <td>{v.name}</td>
                <td className="nowrap">
                  {v.stationId === null ? (
                    <span className="tag bad">未建站</span>
                  ) : (
                    <Link href={stationHref(v.stationId)}>{v.status === "operating" ? <span className="tag ok">规范运行</span> : <span className="tag warn">建设中</span>}</Link>
                  )}
                </td>
                <td className="nowrap">{formatDate(v.operatingSince)}</td>
                <td>{v.operatingOn ? <span className="tag ok">已运行</span> : <span className="tag">未运行</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
