import Link from "next/link";
import { RectificationTable } from "@bianmin/ui";
import { RectificationActions } from "@bianmin/ui/client";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const TABS = { open: "待整改", reported: "待确认", confirmed: "已确认" } as const;
type Tab = keyof typeof TABS;

/** 整改确认 (R-SUP-2): rectifications the district's inspections required of this township's stations, to confirm. */
export default async function RectificationsPage({ searchParams }: { searchParams: SP }) {
  const raw = one((await searchParams).status);
  const status = raw && raw in TABS ? (raw as Tab) : undefined;
  const { api } = await server.api();
  const rows = await api.inspection.townshipRectifications({ status });
  return (
    <>
      <h1>整改确认</h1>
      <p className="muted">区明察暗访发现问题后提出的整改要求。代办站站长报告整改情况后，由中心核实确认；中心现场核实到位的，也可直接确认。超期未整改的显示红灯。</p>
      <nav className="action-buttons" aria-label="整改状态">
        <Link className={`btn${status ? "" : " primary"}`} href="/rectifications">
          全部
        </Link>
        {Object.entries(TABS).map(([k, label]) => (
          <Link key={k} className={`btn${k === status ? " primary" : ""}`} href={`/rectifications?status=${k}`}>
            {label}
          </Link>
        ))}
      </nav>
      <section className="card">
        <p className="muted small">
          共 {rows.length} 项，其中超期 {rows.filter((r) => r.overdue).length} 项
        </p>
        <RectificationTable rows={rows} act={(r) => (r.status === "confirmed" ? null : <RectificationActions key={r.version} id={r.id} version={r.version} act="confirm" />)} />
      </section>
    </>
  );
}
