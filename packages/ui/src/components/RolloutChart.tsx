import { formatDate } from "../format";
import { EChart } from "./EChart";

/** One line of the chart: a township's or the district's share of villages with an operating station over time. */
export interface RolloutLine {
  name: string;
  points: readonly { date: string; operating: number; total: number; percent: number }[];
}

const LINE_COLORS = ["#b42318", "#1570ef", "#12b76a", "#f79009", "#7a5af8", "#0e9384", "#c11574", "#667085"];
const TARGET_COLOR = "#344054";

/**
 * The share of villages with an operating station over time — one line per township (or just one), the first
 * drawn bold — against the district's targets, with a table of the month ends where a share changed. With a
 * span the time axis covers just that span (one campaign), otherwise up to the last point or target.
 */
export function RolloutChart({ lines, targets, span }: { lines: readonly RolloutLine[]; targets: readonly { date: string; percent: number }[]; span?: { from: string; to: string } | null }) {
  const dates = lines[0]?.points.map((p) => p.date) ?? [];
  const changes = dates
    .map((date, i) => ({ date, i }))
    .filter(({ i }) => i === 0 || i === dates.length - 1 || lines.some((l) => l.points[i]?.operating !== l.points[i - 1]?.operating));
  const last = [...dates, ...targets.map((t) => t.date)].sort().at(-1);
  const names = [...lines.map((l) => l.name), "建设目标"];
  // one line: the table beside the chart; several: below it, at full width
  const tableFlex = lines.length > 1 ? "1 1 100%" : "1 1 260px";
  const withinYear = span && span.from.slice(0, 4) === span.to.slice(0, 4);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "1.25rem", alignItems: "flex-start" }}>
      <div style={{ flex: "2 1 480px", minWidth: 0 }}>
        <EChart
          width={760}
          height={340 + (lines.length > 2 ? 24 : 0)}
          label="规范运行代办站占村（社区）比例随时间的变化及建设目标"
          option={{
            color: [...LINE_COLORS.slice(0, lines.length), TARGET_COLOR],
            grid: { left: 56, right: 32, top: lines.length > 2 ? 72 : 48, bottom: 40 },
            legend: { top: 8, data: names },
            xAxis: {
              type: "time",
              min: span?.from,
              max: span?.to ?? last,
              axisLabel: { formatter: withinYear ? "{M}月" : "{yyyy}年" },
              splitLine: { show: false },
            },
            yAxis: { type: "value", min: 0, max: 100, interval: 20, axisLabel: { formatter: "{value}%" } },
            series: [
              ...lines.map((l, i) => ({
                name: l.name,
                type: "line" as const,
                step: "end" as const,
                showSymbol: false,
                lineStyle: { width: i === 0 ? 3 : 1.5 },
                areaStyle: i === 0 && lines.length === 1 ? { opacity: 0.12 } : undefined,
                data: l.points.map((p) => [p.date, p.percent]),
              })),
              {
                name: "建设目标",
                type: "scatter" as const,
                symbol: "diamond",
                symbolSize: 12,
                label: { show: true, position: "top" as const, formatter: "{@[1]}%" },
                data: targets.map((t) => [t.date, t.percent]),
              },
            ],
          }}
        />
      </div>
      <div style={{ flex: tableFlex, overflowX: "auto" }}>
        <table className="table" data-testid="rollout-changes">
          <caption className="muted small" style={{ textAlign: "left" }}>
            进度变化（每月末统计，规范运行数 / 村（社区）数）
          </caption>
          <thead>
            <tr>
              <th>日期</th>
              {lines.map((l) => (
                <th key={l.name} className="num">
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {changes.map(({ date, i }) => (
              <tr key={date}>
                <td className="nowrap">{formatDate(date)}</td>
                {lines.map((l) => {
                  const p = l.points[i];
                  return (
                    <td key={l.name} className="num nowrap">
                      {p ? `${p.operating}/${p.total}（${p.percent}%）` : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
