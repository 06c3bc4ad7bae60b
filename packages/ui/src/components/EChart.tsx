import * as echarts from "echarts";
import type { EChartsOption } from "echarts";

export type { EChartsOption };

/** Chinese-capable fonts for chart text (the SVG is drawn with the reader's fonts). */
export const CHART_FONT = '"Noto Sans SC", "Noto Sans CJK SC", sans-serif';

/**
 * An Apache ECharts chart rendered on the server as SVG (no script in the browser). `option` is a plain ECharts
 * option; animation is off and the font stack set. The SVG keeps its proportions and shrinks to narrow screens.
 * Put the same data in a table beside it: the picture is not readable by screen readers.
 */
export function EChart({ option, width, height, label }: { option: EChartsOption; width: number; height: number; label: string }) {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    const textStyle = Array.isArray(option.textStyle) ? option.textStyle[0] : option.textStyle;
    chart.setOption({ ...option, animation: false, textStyle: { fontFamily: CHART_FONT, ...textStyle } });
    const svg = chart.renderToSVGString().replace(/^<svg /, '<svg style="max-width:100%;height:auto" ');
    return <div className="echart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
  } finally {
    chart.dispose();
  }
}
