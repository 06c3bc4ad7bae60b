import Link from "next/link";
import type { Overview } from "./types";

function percent(n: number | null): string {
  return n === null ? "—" : `${n}%`;
}

/** The few numbers a supervisor looks at first; `appLinks` false drops the links to the township app's own pages. */
export function KpiStrip({ o, appLinks = true }: { o: Overview; appLinks?: boolean }) {
  const t = o.totals;
  const onTime = t.completed === 0 ? null : Math.round((t.completedOnTime * 1000) / t.completed) / 10;
  const items: { label: string; value: string; tone: string; id: string; href?: string }[] = [
    { label: "超期事项", value: String(t.lights.red), tone: t.lights.red > 0 ? "bad" : "ok", id: "red", href: "#overdue" },
    { label: "临近期限", value: String(t.lights.yellow), tone: t.lights.yellow > 0 ? "warn" : "ok", id: "yellow" },
    { label: "正常办理", value: String(t.lights.green), tone: "ok", id: "green" },
    { label: "待受理", value: String(t.intakePending), tone: "", id: "intake" },
    { label: "回访超期", value: `${t.followUps.overdue}/${t.followUps.open}`, tone: t.followUps.overdue > 0 ? "bad" : "ok", id: "follow-ups", href: "/follow-ups?filter=overdue" },
    { label: "上报投诉待处理", value: String(t.complaints.escalated), tone: t.complaints.escalated > 0 ? "bad" : "ok", id: "escalated", href: "/complaints" },
    { label: "群众满意率", value: percent(t.ratings.satisfactionPercent), tone: "", id: "satisfaction" },
    { label: "按期办结率", value: percent(onTime), tone: "", id: "on-time" },
    { label: "在岗代办员", value: `${t.onDuty}/${t.agents}`, tone: "", id: "on-duty" },
    { label: "规范运行站点", value: `${t.operatingStations}/${t.villages}`, tone: "", id: "operating", href: "/standardization" },
  ];
  return (
    <div className="kpis" data-testid="kpis">
      {items.map((k) => (
        <div key={k.id} className={`kpi ${k.tone}`} data-testid={`kpi-${k.id}`}>
          <div className="kpi-value">{k.value}</div>
          <div className="kpi-label">{k.href && (appLinks || k.href.startsWith("#")) ? <Link href={k.href}>{k.label}</Link> : k.label}</div>
        </div>
      ))}
    </div>
  );
}
