import type { TownshipAssessmentSummary } from "./AssessmentTypes";
import { EChart } from "./EChart";

/** Per township: the average half-year total of its stations (bars) and how many are below the pass mark, with the same numbers in a table (R-ASM-2). */
export function TownshipAssessmentChart({ rows, passMark }: { rows: TownshipAssessmentSummary[]; passMark: number | null }) {
  if (rows.length === 0) return null;
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "1.25rem", alignItems: "flex-start" }}>
      <div style={{ flex: "2 1 420px", minWidth: 0 }}>
        <EChart
          width={640}
          height={300}
          label="各乡镇（街道）代办站半年考核平均分"
          option={{
            color: ["#1570ef", "#b42318"],
            grid: { left: 48, right: 72, top: 40, bottom: 40 },
            legend: { top: 6, data: ["平均分", "低于合格线（个）"] },
            xAxis: { type: "category", data: rows.map((r) => r.townshipName) },
            yAxis: [
              { type: "value", min: 0, max: 100, interval: 20 },
              { type: "value", min: 0, minInterval: 1, splitLine: { show: false } },
            ],
            series: [
              {
                name: "平均分",
                type: "bar",
                barMaxWidth: 36,
                label: { show: true, position: "top" },
                data: rows.map((r) => r.average),
                ...(passMark !== null ? { markLine: { symbol: "none", label: { formatter: `合格线 ${passMark}` }, lineStyle: { color: "#b42318", type: "dashed" }, data: [{ yAxis: passMark }] } } : {}),
              },
              { name: "低于合格线（个）", type: "bar", yAxisIndex: 1, barMaxWidth: 20, data: rows.map((r) => r.poor) },
            ],
          }}
        />
      </div>
      <div style={{ flex: "1 1 260px" }}>
        <table className="table" data-testid="township-summary">
          <thead>
            <tr>
              <th>乡镇（街道）</th>
              <th className="num">代办站</th>
              <th className="num">平均分</th>
              <th className="num">低于合格线</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.townshipId}>
                <td className="nowrap">{r.townshipName}</td>
                <td className="num">{r.stations}</td>
                <td className="num">{r.average}</td>
                <td className="num">{r.poor > 0 ? <span className="text-bad">{r.poor}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
