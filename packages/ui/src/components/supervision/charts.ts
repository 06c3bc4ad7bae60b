import { LIGHT_LABELS, RATING_LABELS, RATING_LEVELS } from "@bianmin/domain";
import type { LightCounts, RatingLevel } from "@bianmin/domain";
import type { EChartsOption } from "../EChart";
import type { Overview } from "./types";

/** ECharts options of the dashboard (rendered to SVG on the server). Colours follow the lights. */

export const LIGHT_COLORS = { green: "#12b76a", yellow: "#f79009", red: "#d92d20" } as const;
const RATING_COLORS = ["#067647", "#32d583", "#a6f4c5", "#f79009", "#d92d20"];

/** Open matters by light per village, stacked. */
export function lightsByVillageOption(o: Overview): EChartsOption {
  const rows = o.villages.filter((v) => v.station);
  return lightsStackOption(
    rows.map((v) => v.village.name),
    rows.map((v) => v.lights),
  );
}

/** Open matters by light per unit (village or township), stacked horizontal bars in the order given. */
export function lightsStackOption(names: readonly string[], lights: readonly LightCounts[], left = 100): EChartsOption {
  return {
    grid: { left, right: 20, top: 36, bottom: 24 },
    legend: { top: 0, data: (["red", "yellow", "green"] as const).map((l) => LIGHT_LABELS[l]) },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: [...names], inverse: true },
    series: (["red", "yellow", "green"] as const).map((l) => ({
      name: LIGHT_LABELS[l],
      type: "bar" as const,
      stack: "open",
      itemStyle: { color: LIGHT_COLORS[l] },
      label: { show: true, formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : "") },
      data: lights.map((c) => c[l]),
    })),
  };
}

/** A donut of ratings counted per level (levels without ratings left out). */
export function ratingsDonutOption(counts: Record<RatingLevel, number>): EChartsOption {
  return {
    legend: { bottom: 0 },
    series: [
      {
        type: "pie" as const,
        radius: ["45%", "70%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{c}件" },
        data: RATING_LEVELS.map((l, i) => ({ name: RATING_LABELS[l], value: counts[l], itemStyle: { color: RATING_COLORS[i] } })).filter(
          (d) => d.value > 0,
        ),
      },
    ],
  };
}
