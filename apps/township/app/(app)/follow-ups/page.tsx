import Link from "next/link";
import { FollowUpTable } from "@bianmin/ui";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const FILTERS = { open: "整改回访中", overdue: "已超期", closed: "近期已办结" } as const;
type Filter = keyof typeof FILTERS;

/** 整改回访 (R-FLW-4): every 不满意 rating's follow-up of the township, overdue ones red; each opens the matter page where steps are recorded. */
export default async function FollowUpsPage({ searchParams }: { searchParams: SP }) {
  const raw = one((await searchParams).filter);
  const filter = raw && raw in FILTERS ? (raw as Filter) : undefined;
  const { api } = await server.api();
  const { rows, counts, recentDays } = await api.matter.followUps({ filter });
  return (
    <>
      <h1>整改回访</h1>
      <p className="muted">申请人评价「不满意」或「非常不满意」的事项，由便民服务中心在规定工作日内完成回访、整改、整改结果和申请人意见四个环节并办结。点击申请人姓名进入事项页记录。</p>
      {counts.overdue > 0 ? (
        <p className="alert bad" data-testid="overdue-alert">
          有 {counts.overdue} 件整改回访已超过期限，请尽快办结。
        </p>
      ) : null}
      <nav className="action-buttons" aria-label="整改回访状态">
        <Link className={`btn${filter ? "" : " primary"}`} href="/follow-ups">
          全部（{counts.all}）
        </Link>
        {Object.entries(FILTERS).map(([k, label]) => (
          <Link key={k} className={`btn${k === filter ? " primary" : ""}`} href={`/follow-ups?filter=${k}`}>
            {label}（{counts[k as Filter]}）
          </Link>
        ))}
      </nav>
      <section className="card">
        <p className="muted small">已办结的整改回访保留 {recentDays} 天。</p>
        <FollowUpTable rows={rows} />
      </section>
    </>
  );
}
