import Link from "next/link";
import { formatDate } from "../../format";
import type { Outputs } from "../../types";
import { RolloutTargetForm, RolloutTargetRemoveButton } from "../../client/RolloutTargetForm";
import { RolloutChart } from "../RolloutChart";
import { ProgressStat, RolloutDateForm, RolloutTargetsTable, TargetStat } from "../RolloutParts";

export type DistrictRolloutReport = Outputs["rollout"]["report"];
export type DistrictRolloutSeries = Outputs["rollout"]["series"];

/** The campaign chosen for the chart: links to each campaign's span and to the whole history. */
function CampaignPicker({ series, on }: { series: DistrictRolloutSeries; on: string }) {
  const href = (campaign: string | null) => `?${new URLSearchParams({ on, ...(campaign ? { campaign } : { all: "1" }) }).toString()}`;
  return (
    <nav className="filters" aria-label="建设活动" data-testid="campaign-picker">
      {series.campaigns.map((c) => (
        <Link key={c} href={href(c)} className={`btn${series.campaign === c ? " primary" : ""}`} aria-current={series.campaign === c ? "page" : undefined}>
          {c}
        </Link>
      ))}
      <Link href={href(null)} className={`btn${series.campaign === null ? " primary" : ""}`} aria-current={series.campaign === null ? "page" : undefined}>
        全部历史
      </Link>
    </nav>
  );
}

/**
 * 建设进度 of the district (R-ORG-6): the district's and every township's share of villages with an operating
 * station on a date, townships behind the target in force in red, the shares over time for one campaign, and the
 * targets (which the administrator maintains).
 */
export function DistrictRolloutView({ report, series }: { report: DistrictRolloutReport; series: DistrictRolloutSeries }) {
  const names = new Map(series.townships.map((t) => [t.id, t.name]));
  const lines = [
    { name: "全区", points: series.points.map((p) => ({ date: p.date, ...p.district })) },
    ...series.townships.map((t, i) => ({ name: names.get(t.id) ?? "", points: series.points.map((p) => ({ date: p.date, ...p.townships[i]! })) })),
  ];
  return (
    <>
      <section className="card">
        <RolloutDateForm on={report.on} today={report.today} />
        <div className="stat-row" data-testid="rollout-stats">
          <ProgressStat on={report.on} progress={report.district} unitLabel="全区 " />
          <TargetStat title="执行中的目标" target={report.targetInForce} due />
          <TargetStat title="下一个目标" target={report.nextTarget} due={false} />
        </div>
        <table className="table" data-testid="rollout-townships">
          <caption className="muted small" style={{ textAlign: "left" }}>
            {formatDate(report.on)} 各乡镇（街道）规范运行情况{report.targetInForce ? `（执行中的目标：${formatDate(report.targetInForce.date)}前 ${report.targetInForce.percent}%）` : "（尚无到期目标）"}
          </caption>
          <thead>
            <tr>
              <th>乡镇（街道）</th>
              <th className="num">村（社区）</th>
              <th className="num">规范运行</th>
              <th className="num">比例</th>
              <th className="num">距目标还差</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {report.townships.map((t) => (
              <tr key={t.id} className={t.behind ? "row-bad" : undefined}>
                <td>
                  <Link href={`/townships/${t.id}`}>{t.name}</Link>
                </td>
                <td className="num">{t.total}</td>
                <td className="num">{t.operating}</td>
                <td className="num">{t.percent}%</td>
                <td className="num">{t.short > 0 ? `${t.short} 个` : "—"}</td>
                <td>{t.behind ? <span className="tag bad">落后于目标</span> : <span className="tag ok">未落后</span>}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>全区合计</td>
              <td className="num">{report.district.total}</td>
              <td className="num">{report.district.operating}</td>
              <td className="num">{report.district.percent}%</td>
              <td className="num">{report.district.short > 0 ? `${report.district.short} 个` : "—"}</td>
              <td>{report.district.behind ? <span className="tag bad">落后于目标</span> : <span className="tag ok">未落后</span>}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      <section className="card">
        <h2>进度变化{series.campaign ? ` · ${series.campaign}` : " · 全部历史"}</h2>
        <CampaignPicker series={series} on={report.on} />
        {series.points.length === 0 ? (
          <p className="muted">该建设活动尚未开始。</p>
        ) : (
          <RolloutChart lines={lines} targets={series.targets} span={series.span} />
        )}
      </section>
      <section className="card">
        <h2>区定建设目标</h2>
        <RolloutTargetsTable
          targets={report.targets}
          scopeLabel="全区"
          action={report.mayManage ? (t) => <RolloutTargetRemoveButton id={t.id} label={`删除${t.campaign}${t.date}的目标`} /> : undefined}
        />
        {report.mayManage ? (
          <>
            <h3>新增建设目标</h3>
            <p className="muted small">目标比例为1%至100%；同一建设活动中，日期在后的目标比例不得低于日期在前的目标。</p>
            <RolloutTargetForm campaigns={series.campaigns} />
          </>
        ) : null}
      </section>
    </>
  );
}
