import type { EChartsOption } from "../EChart";
import type { DistrictOverviewData } from "./types";

/** The items most registered in the range, as horizontal bars (registered, of which completed). */
export function topItemsOption(items: DistrictOverviewData["items"]): EChartsOption {
  return {
    color: ["#1570ef", "#12b76a"],
    grid: { left: 210, right: 24, top: 36, bottom: 24 },
    legend: { top: 0, data: ["登记", "已办结"] },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: items.map((i) => (i.itemName.length > 14 ? `${i.itemName.slice(0, 14)}…` : i.itemName)) },
    series: [
      { name: "登记", type: "bar" as const, label: { show: true, position: "right" as const }, data: items.map((i) => i.registered) },
      { name: "已办结", type: "bar" as const, data: items.map((i) => i.completed) },
    ],
  };
}
