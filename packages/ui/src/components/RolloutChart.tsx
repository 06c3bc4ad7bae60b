import { formatDate } from "../format";
import type { Outputs } from "../types";
import { EChart } from "./EChart";

type Rollout = Outputs["standardization"]["rollout"];

/** The share of villages with an operating station over time, against the district's targets, with its table. */
export function RolloutChart({ series, targets }: { series: Rollout["series"]; targets: Rollout["targets"] }) {
  const changes = series.filter((p, i) => i === 0 || i === series.length - 1 || p.operating !== series[i - 1]!.operating);
  const last = [...series.map((p) => p.date), ...targets.map((t) => t.date)].sort().at(-1);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "1.25rem", alignItems: "flex-start" }}>
      <div style={{ flex: "2 1 480px", minWidth: 0 }}>
        <EChart
          width={760}
          height={340}
          label="规范运行代办站占村（社区）比例随时间的变化及建设目标"
          option={{
            color: ["#b42318", "#1570ef"],
            grid: { left: 56, right: 32, top: 48, bottom: 40 },
            legend: { top: 8, data: ["规范运行比例", "建设目标"] },
            xAxis: { type: "time", max: last, axisLabel: { formatter: "{yyyy}年" }, splitLine: { show: false } },
            yAxis: { type: "value", min: 0, max: 100, interval: 20, axisLabel: { formatter: "{value}%" } },
            series: [
              { name: "规范运行比例", type: "line", step: "end", showSymbol: false, lineStyle: { width: 2 }, areaStyle: { opacity: 0.12 }, data: series.map((p) => [p.date, p.percent]) },
              {
                name: "建设目标",
                type: "scatter",
                symbol: "diamond",
                symbolSize: 12,
                label: { show: true, position: "top", formatter: "{@[1]}%" },
                data: targets.map((t) => [t.date, t.percent]),
              },
            ],
          }}
        />
      </div>
      <div style={{ flex: "1 1 260px" }}>
      <table className="table" data-testid="rollout-changes">
        <caption className="muted small" style={{ textAlign: "left" }}>
          进度变化（每月末统计）
        </caption>
        <thead>
          <tr>
            <th>日期</th>
            <th className="num">规范运行</th>
            <th className="num">比例</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((p) => (
            <tr key={p.date}>
              <td className="nowrap">{formatDate(p.date)}</td>
              <td className="num">
                {p.operating} / {p.total}
              </td>
              <td className="num">{p.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
