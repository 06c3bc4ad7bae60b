import Link from "next/link";
import { LEVEL_LABELS, RATING_LABELS, RATING_LEVELS } from "@bianmin/domain";
import { formatDate } from "../../format";
import { EChart } from "../EChart";
import { lightsStackOption } from "../supervision/charts";
import { RatingsCard } from "../supervision/RatingsCard";
import { topItemsOption } from "./charts";
import type { DistrictOverviewData, DistrictTownshipRow } from "./types";

const TOP_ITEMS = 10;

function pct(n: number | null): string {
  return n === null ? "—" : `${n}%`;
}

function days(n: number | null): string {
  return n === null ? "—" : `${n}个工作日`;
}

function operatingRate(t: { villageCount: number; operatingCount: number }): string {
  return t.villageCount ? `${Math.round((t.operatingCount / t.villageCount) * 100)}%` : "—";
}

function Kpis({ o }: { o: DistrictOverviewData }) {
  const t = o.totals;
  const items = [
    { id: "red", label: "超期事项", value: String(t.lights.red), tone: t.lights.red > 0 ? "bad" : "ok" },
    { id: "yellow", label: "临近期限", value: String(t.lights.yellow), tone: t.lights.yellow > 0 ? "warn" : "ok" },
    { id: "green", label: "正常办理", value: String(t.lights.green), tone: "ok" },
    { id: "registered", label: "登记事项", value: String(t.registered), tone: "" },
    { id: "handling", label: "平均办理用时", value: t.handling.averageWorkdays === null ? "—" : `${t.handling.averageWorkdays}天`, tone: "" },
    { id: "satisfaction", label: "群众满意率", value: pct(t.ratings.satisfactionPercent), tone: "" },
    { id: "complaints", label: "收到投诉", value: String(t.complaints.received), tone: "" },
    { id: "escalated", label: "上报投诉待处理", value: String(t.complaints.escalated), tone: t.complaints.escalated > 0 ? "bad" : "ok" },
  ];
  return (
    <div className="kpis" data-testid="kpis">
      {items.map((k) => (
        <div key={k.id} className={`kpi ${k.tone}`} data-testid={`kpi-${k.id}`}>
          <div className="kpi-value">{k.value}</div>
          <div className="kpi-label">{k.label}</div>
        </div>
      ))}
    </div>
  );
}

function TownshipLink({ t }: { t: DistrictTownshipRow }) {
  return <Link href={`/townships/${t.id}`}>{t.name}</Link>;
}

/**
 * 全区概况 (R-SUP-1 at district level): open matters by light per township, registrations by item and handling
 * level, average handling time in working days, ratings, complaints and station construction — each chart with
 * a table of the same numbers.
 */
export function DistrictOverview({ o }: { o: DistrictOverviewData }) {
  const names = o.townships.map((t) => t.name);
  const top = o.items.slice(0, TOP_ITEMS);
  const sum = (k: "villageCount" | "stationCount" | "operatingCount") => o.townships.reduce((n, t) => n + t[k], 0);
  return (
    <>
      <section className="card">
        <div className="row-between">
          <div>
            <h2>督查概况</h2>
            <p className="muted">
              红黄绿灯为{formatDate(o.today)}状态；登记、办结用时、评价和投诉统计 {formatDate(o.range.from)} 至 {formatDate(o.range.to)}
              {o.totals.handling.uncounted > 0 ? `（${o.totals.handling.uncounted}件办结事项因缺少工作日历未计入办理用时）` : ""}
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
        <Kpis o={o} />
      </section>

      <div className="grid">
        <section className="card">
          <h2>在办事项红黄绿灯（按乡镇）</h2>
          <EChart option={lightsStackOption(names, o.townships.map((t) => t.lights), 130)} width={560} height={Math.max(160, 44 * names.length + 70)} label="在办事项红黄绿灯分布（按乡镇）" />
          <table className="table compact" data-testid="lights-table">
            <thead>
              <tr>
                <th>乡镇（街道）</th>
                <th className="num">超期</th>
                <th className="num">临近期限</th>
                <th className="num">正常</th>
              </tr>
            </thead>
            <tbody>
              {o.townships.map((t) => (
                <tr key={t.id}>
                  <td>
                    <TownshipLink t={t} />
                  </td>
                  <td className={`num${t.lights.red > 0 ? " text-bad" : ""}`}>{t.lights.red}</td>
                  <td className="num">{t.lights.yellow}</td>
                  <td className="num">{t.lights.green}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>全区</td>
                <td className="num">{o.totals.lights.red}</td>
                <td className="num">{o.totals.lights.yellow}</td>
                <td className="num">{o.totals.lights.green}</td>
              </tr>
            </tfoot>
          </table>
        </section>
        <RatingsCard ratings={o.totals.ratings} label="全区群众评价分布" />
      </div>

      <section className="card">
        <h2>各乡镇（街道）督查情况</h2>
        <div className="table-scroll">
          <table className="table compact" data-testid="township-supervision-table">
            <thead>
              <tr>
                <th>乡镇（街道）</th>
                <th className="num">超期 / 临近 / 正常</th>
                <th className="num">办结件数</th>
                <th className="num">平均办理用时</th>
                {RATING_LEVELS.map((l) => (
                  <th key={l} className="num">
                    {RATING_LABELS[l]}
                  </th>
                ))}
                <th className="num">满意率</th>
                <th className="num">收到投诉</th>
                <th className="num">未办结投诉</th>
                <th className="num">上报待处理</th>
              </tr>
            </thead>
            <tbody>
              {o.townships.map((t) => (
                <tr key={t.id} className={t.lights.red > 0 || t.complaints.escalated > 0 ? "row-bad" : undefined}>
                  <td className="nowrap">
                    <TownshipLink t={t} />
                  </td>
                  <td className="num nowrap">
                    {t.lights.red} / {t.lights.yellow} / {t.lights.green}
                  </td>
                  <td className="num">{t.handling.count}</td>
                  <td className="num nowrap">{days(t.handling.averageWorkdays)}</td>
                  {RATING_LEVELS.map((l) => (
                    <td key={l} className="num">
                      {t.ratings.counts[l]}
                    </td>
                  ))}
                  <td className="num">{pct(t.ratings.satisfactionPercent)}</td>
                  <td className="num">{t.complaints.received}</td>
                  <td className="num">{t.complaints.open}</td>
                  <td className={`num${t.complaints.escalated > 0 ? " text-bad" : ""}`}>{t.complaints.escalated}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>全区</td>
                <td className="num nowrap">
                  {o.totals.lights.red} / {o.totals.lights.yellow} / {o.totals.lights.green}
                </td>
                <td className="num">{o.totals.handling.count}</td>
                <td className="num nowrap">{days(o.totals.handling.averageWorkdays)}</td>
                {RATING_LEVELS.map((l) => (
                  <td key={l} className="num">
                    {o.totals.ratings.counts[l]}
                  </td>
                ))}
                <td className="num">{pct(o.totals.ratings.satisfactionPercent)}</td>
                <td className="num">{o.totals.complaints.received}</td>
                <td className="num">{o.totals.complaints.open}</td>
                <td className="num">{o.totals.complaints.escalated}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="muted small">平均办理用时：统计区间内办结的事项，自受理之日至办结之日的工作日数（按工作日历）的平均值。</p>
      </section>

      <div className="grid">
        <section className="card">
          <h2>登记事项排行（前{TOP_ITEMS}项）</h2>
          {top.length === 0 ? (
            <p className="muted">统计区间内没有登记事项。</p>
          ) : (
            <EChart option={topItemsOption(top)} width={560} height={Math.max(160, 34 * top.length + 70)} label="登记事项排行" />
          )}
          <table className="table compact" data-testid="items-table">
            <thead>
              <tr>
                <th>事项</th>
                <th>办理层级</th>
                <th className="num">登记</th>
                <th className="num">已办结</th>
              </tr>
            </thead>
            <tbody>
              {o.items.map((i) => (
                <tr key={`${i.itemCode}-${i.level}`}>
                  <td>
                    <Link href={`/catalog/${i.itemCode}`}>{i.itemName}</Link>
                  </td>
                  <td className="nowrap">{LEVEL_LABELS[i.level]}</td>
                  <td className="num">{i.registered}</td>
                  <td className="num">{i.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card">
          <h2>按办理层级</h2>
          <table className="table" data-testid="levels-table">
            <thead>
              <tr>
                <th>办理层级</th>
                <th className="num">事项数</th>
                <th className="num">登记</th>
                <th className="num">已办结</th>
              </tr>
            </thead>
            <tbody>
              {o.levels.map((l) => (
                <tr key={l.level}>
                  <td>{LEVEL_LABELS[l.level]}</td>
                  <td className="num">{l.items}</td>
                  <td className="num">{l.registered}</td>
                  <td className="num">{l.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="card">
        <h2>乡镇（街道）代办站建设情况</h2>
        <table className="table" data-testid="township-table">
          <thead>
            <tr>
              <th>区划代码</th>
              <th>乡镇（街道）</th>
              <th>类型</th>
              <th className="num">村（社区）</th>
              <th className="num">已建代办站</th>
              <th className="num">规范运行</th>
              <th className="num">运行率</th>
            </tr>
          </thead>
          <tbody>
            {o.townships.map((t) => (
              <tr key={t.id}>
                <td>{t.code}</td>
                <td>
                  <TownshipLink t={t} />
                </td>
                <td>{t.kind === "town" ? "乡镇" : "街道办事处"}</td>
                <td className="num">{t.villageCount}</td>
                <td className="num">{t.stationCount}</td>
                <td className="num">{t.operatingCount}</td>
                <td className="num">{operatingRate(t)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>全区合计</td>
              <td className="num">{sum("villageCount")}</td>
              <td className="num">{sum("stationCount")}</td>
              <td className="num">{sum("operatingCount")}</td>
              <td className="num">{operatingRate({ villageCount: sum("villageCount"), operatingCount: sum("operatingCount") })}</td>
            </tr>
          </tfoot>
        </table>
        <p className="muted small">
          建设目标与历年进度见 <Link href="/rollout">建设进度</Link>。
        </p>
      </section>
    </>
  );
}
