import { LIGHT_LABELS, RATING_LABELS, RATING_LEVELS } from "@bianmin/domain";
import type { EChartsOption } from "../EChart";
import type { Overview } from "./types";

/** ECharts options of the dashboard (rendered to SVG on the server). Colours follow the lights. */

export const LIGHT_COLORS = { green: "#12b76a", yellow: "#f79009", red: "#d92d20" } as const;
const RATING_COLORS = ["#067647", "#32d583", "#a6f4c5", "#f79009", "#d92d20"];

/** Open matters by light per village, stacked. */
export function lightsByVillageOption(o: Overview): EChartsOption {
  const rows = o.villages.filter((v) => v.station);
  return {
    grid: { left: 100, right: 20, top: 36, bottom: 24 },
    legend: { top: 0, data: (["red", "yellow", "green"] as const).map((l) => LIGHT_LABELS[l]) },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: rows.map((v) => v.village.name), inverse: true },
    series: (["red", "yellow", "green"] as const).map((l) => ({
      name: LIGHT_LABELS[l],
      type: "bar" as const,
      stack: "open",
      itemStyle: { color: LIGHT_COLORS[l] },
      label: { show: true, formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : "") },
      data: rows.map((v) => v.lights[l]),
    })),
  };
}

/** Ratings of the period on the national five-level scale. */
export function ratingsOption(o: Overview): EChartsOption {
  return {
    legend: { bottom: 0 },
    series: [
      {
        type: "pie" as const,
        radius: ["45%", "70%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{c}件" },
        data: RATING_LEVELS.map((l, i) => ({ name: RATING_LABELS[l], value: o.totals.ratings.counts[l], itemStyle: { color: RATING_COLORS[i] } })).filter(
          (d) => d.value > 0,
        ),
      },
    ],
  };
}
