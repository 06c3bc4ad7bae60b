import Link from "next/link";
import { COMPLAINT_STATUS_LABELS } from "@bianmin/domain";
import type { ComplaintStatus } from "@bianmin/domain";
import { ComplaintTable } from "@bianmin/ui";
import { ComplaintHandlerPicker, ComplaintRecordForm } from "@bianmin/ui/client";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 投诉举报 (R-RUL-3): the station's complaints by status, the record form, the designated handler, the public page. */
export default async function ComplaintsPage({ searchParams }: { searchParams: SP }) {
  const raw = one((await searchParams).status);
  const status = raw && raw in COMPLAINT_STATUS_LABELS ? (raw as ComplaintStatus) : undefined;
  const { api } = await server.api();
  const [rows, desk] = await Promise.all([api.complaint.list({ status }), api.complaint.desk()]);
  return (
    <>
      <h1>投诉举报</h1>
      <div className="grid">
        <section className="card">
          <h2>投诉处理人</h2>
          <p data-testid="complaint-handler">
            {desk.handler ? (
              <>
                本站指定投诉处理人：<strong>{desk.handler.name}</strong>（{desk.handler.phone}）
              </>
            ) : (
              <span className="tag warn">尚未指定投诉处理人{desk.isHead ? "，请指定" : "，请站长指定"}</span>
            )}
          </p>
          {desk.isHead ? <ComplaintHandlerPicker staff={desk.staff} current={desk.handler?.userId ?? null} /> : null}
        </section>
        <section className="card">
          <h2>本站公示页</h2>
          <p className="small">告诉群众用手机打开下面的地址，可查看办事指南、工作制度和投诉电话，也可网上投诉：</p>
          <p>
            <a href={desk.publicPageUrl} data-testid="public-page-url" target="_blank" rel="noreferrer">
              {desk.publicPageUrl}
            </a>
          </p>
          <p className="small">
            <a href={`${desk.publicPageUrl}/poster`} target="_blank" rel="noreferrer">
              打印公示海报（A3）
            </a>
          </p>
        </section>
      </div>

      <nav className="action-buttons" aria-label="投诉状态">
        <Link className={`btn${status ? "" : " primary"}`} href="/complaints">
          全部
        </Link>
        {Object.entries(COMPLAINT_STATUS_LABELS).map(([k, label]) => (
          <Link key={k} className={`btn${k === status ? " primary" : ""}`} href={`/complaints?status=${k}`}>
            {label}
          </Link>
        ))}
      </nav>
      <section className="card">
        <p className="muted small">共 {rows.length} 件</p>
        <ComplaintTable rows={rows} />
      </section>

      <section className="card">
        <h2>登记投诉（意见箱、热线、当面）</h2>
        <ComplaintRecordForm />
      </section>
    </>
  );
}
