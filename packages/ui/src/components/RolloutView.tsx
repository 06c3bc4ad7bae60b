import Link from "next/link";
import { formatDate } from "../format";
import type { Outputs } from "../types";
import { RolloutChart } from "./RolloutChart";

export type RolloutData = Outputs["standardization"]["rollout"];
type Target = NonNullable<RolloutData["targetInForce"]>;

function TargetStat({ title, target, due }: { title: string; target: Target | null; due: boolean }) {
  return (
    <div className="stat">
      <span className="muted">{title}</span>
      {target ? (
        <>
          <strong>
            {formatDate(target.date)}前 {target.percent}%
          </strong>
          <span className="small">{target.campaign}</span>
          <div>
            {target.short === 0 ? <span className="tag ok">已达到</span> : <span className={`tag ${due ? "bad" : "warn"}`}>还需 {target.short} 个村（社区）完成建设</span>}
          </div>
        </>
      ) : (
        <strong>无</strong>
      )}
    </div>
  );
}

/**
 * 建设进度 of a township (R-ORG-6): its share of villages with an operating station on a date against the target
 * in force and the next one, the share over time, the district's targets and each village's station.
 */
export function RolloutView({ data, stationHref }: { data: RolloutData; stationHref: (stationId: string) => string }) {
  const { progress } = data;
  return (
    <>
      <section className="card">
        <form method="get" className="filters" aria-label="查询日期">
          <div className="field">
            <label htmlFor="rollout-on">查询日期</label>
            <input id="rollout-on" type="date" name="on" defaultValue={data.on} max="2100-12-31" />
          </div>
          <button type="submit" className="btn">
            查看
          </button>
          {data.on !== data.today ? (
            <Link href="?" className="btn">
              回到今天
            </Link>
          ) : null}
        </form>
        <div className="stat-row" data-testid="rollout-stats">
          <div className="stat">
            <span className="muted">{formatDate(data.on)} 规范运行</span>
            <strong data-testid="rollout-percent">{progress.percent}%</strong>
            <span className="small">
              {progress.operating} / {progress.total} 个村（社区）
            </span>
            <div>{progress.behind ? <span className="tag bad">落后于目标</span> : <span className="tag ok">未落后</span>}</div>
          </div>
          <TargetStat title="执行中的目标" target={data.targetInForce} due />
          <TargetStat title="下一个目标" target={data.nextTarget} due={false} />
        </div>
      </section>
      <section className="card">
        <h2>进度变化</h2>
        <RolloutChart series={data.series} targets={data.targets} />
      </section>
      <section className="card">
        <h2>区定建设目标</h2>
        <table className="table" data-testid="rollout-targets">
          <thead>
            <tr>
              <th>建设活动</th>
              <th>目标日期</th>
              <th className="num">目标比例</th>
              <th className="num">当日本乡镇（街道）</th>
              <th>结果</th>
            </tr>
          </thead>
          <tbody>
            {data.targets.map((t) => (
              <tr key={t.date}>
                <td>{t.campaign}</td>
                <td className="nowrap">{formatDate(t.date)}</td>
                <td className="num">{t.percent}%</td>
                <td className="num">{t.percentThen === null ? "—" : `${t.percentThen}%`}</td>
                <td>{t.reached === null ? <span className="muted">未到期</span> : t.reached ? <span className="tag ok">已完成</span> : <span className="tag bad">未完成</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
