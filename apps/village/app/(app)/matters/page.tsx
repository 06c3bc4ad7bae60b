import Link from "next/link";
import { LIGHT_LABELS, MATTER_STATUS_LABELS } from "@bianmin/domain";
import type { MatterStatus } from "@bianmin/domain";
import { MatterTable } from "@bianmin/ui";
import { server } from "@/server";

const GROUPS: Record<string, { label: string; statuses?: MatterStatus[] }> = {
  open: { label: "在办", statuses: ["registered", "awaitingSupplement", "inHandling", "transferred", "atWindow", "atApprovalCenter", "completed"] },
  intake: { label: "待受理", statuses: ["registered", "awaitingSupplement"] },
  handling: { label: "办理中", statuses: ["inHandling", "transferred", "atWindow", "atApprovalCenter"] },
  deliver: { label: "待送达", statuses: ["completed"] },
  done: { label: "已办结", statuses: ["delivered", "followUp", "closed"] },
  out: { label: "退回和告知", statuses: ["rejected", "referred"] },
  all: { label: "全部" },
};

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 事项队列: the station's matters with lights, filtered by state, item, light and agent. */
export default async function QueuePage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const group = GROUPS[one(sp.group) ?? "open"] ? (one(sp.group) ?? "open") : "open";
  const light = one(sp.light);
  const itemCode = one(sp.item);
  const agentId = one(sp.agent);
  const { api } = await server.api();
  const [items, att] = await Promise.all([api.catalog.list(), api.attendance.status()]);
  const validLight = light && ["green", "yellow", "red", "onTime", "late"].includes(light) ? (light as "green") : undefined;
  const validItem = itemCode && items.some((i) => i.code === itemCode) ? itemCode : undefined;
  const validAgent = agentId && att.staff.some((s) => s.userId === agentId) ? agentId : undefined;
  const rows = await api.matter.list({ statuses: GROUPS[group]!.statuses, light: validLight, itemCode: validItem, agentId: validAgent });
  return (
    <>
      <h1>事项队列</h1>
      <nav className="action-buttons" aria-label="办理状态">
        {Object.entries(GROUPS).map(([k, g]) => (
          <Link key={k} className={`btn${k === group ? " primary" : ""}`} href={`/matters?group=${k}`}>
            {g.label}
          </Link>
        ))}
      </nav>
      <form className="filters card" method="get">
        <input type="hidden" name="group" value={group} />
        <div className="field">
          <label htmlFor="light">红黄绿灯</label>
          <select id="light" name="light" defaultValue={validLight ?? ""}>
            <option value="">全部</option>
            {Object.entries(LIGHT_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
            <option value="onTime">按期办结</option>
            <option value="late">超期办结</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="item">事项</label>
          <select id="item" name="item" defaultValue={validItem ?? ""}>
            <option value="">全部</option>
            {items.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agent">归口代办员</label>
          <select id="agent" name="agent" defaultValue={validAgent ?? ""}>
            <option value="">全部</option>
            {att.staff.map((s) => (
              <option key={s.userId} value={s.userId}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button className="btn primary" type="submit">
          筛选
        </button>
      </form>
      <section className="card">
        <p className="muted small">
          共 {rows.length} 件{GROUPS[group]!.statuses ? `（${GROUPS[group]!.statuses!.map((s) => MATTER_STATUS_LABELS[s]).join("、")}）` : ""}
        </p>
        <MatterTable rows={rows} />
      </section>
    </>
  );
}
