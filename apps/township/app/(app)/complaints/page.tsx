import Link from "next/link";
import { EscalatedComplaintTable } from "@bianmin/ui";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const TABS = { escalated: "待中心办结", closed: "已办结" } as const;
type Tab = keyof typeof TABS;

/** 投诉督办 (R-RUL-3): major complaints and complaints about other units that the stations escalated to the centre. */
export default async function EscalatedComplaintsPage({ searchParams }: { searchParams: SP }) {
  const raw = one((await searchParams).status);
  const status = raw && raw in TABS ? (raw as Tab) : undefined;
  const { api } = await server.api();
  const rows = await api.complaint.escalated({ status });
  return (
    <>
      <h1>投诉督办</h1>
      <p className="muted">代办站上报的重大投诉和涉及其他单位的投诉，由便民服务中心答复并办结；办结后代办站可看到中心的答复和处理结果。</p>
      <nav className="action-buttons" aria-label="投诉状态">
        <Link className={`btn${status ? "" : " primary"}`} href="/complaints">
          全部
        </Link>
        {Object.entries(TABS).map(([k, label]) => (
          <Link key={k} className={`btn${k === status ? " primary" : ""}`} href={`/complaints?status=${k}`}>
            {label}
          </Link>
        ))}
      </nav>
      <section className="card">
        <p className="muted small">共 {rows.length} 件</p>
        <EscalatedComplaintTable rows={rows} />
      </section>
    </>
  );
}
