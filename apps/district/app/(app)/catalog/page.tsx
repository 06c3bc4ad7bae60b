import Link from "next/link";
import { pages, server } from "@/server";

/** 事项目录: the shared catalogue; the system administrator also adds items here (R-CAT-2). */
export default async function DistrictCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, api } = await server.api();
  const stopped = user.role === "districtAdmin" ? await api.catalog.inactive() : [];
  return (
    <>
      {user.role === "districtAdmin" ? (
        <div className="row-between no-print">
          <span className="muted">系统管理员可新增事项，或在事项页面修订并发布新版本。</span>
          <Link className="btn primary" href="/catalog/new">
            新增事项
          </Link>
        </div>
      ) : null}
      <pages.CatalogPage searchParams={searchParams} />
      {stopped.length > 0 ? (
        <section className="card" data-testid="stopped-items">
          <h2>已停用事项</h2>
          <p className="muted small">各代办站不能再登记这些事项；在事项页面可重新启用。</p>
          <ul>
            {stopped.map((i) => (
              <li key={i.code}>
                <Link href={`/catalog/${encodeURIComponent(i.code)}`}>
                  {i.code} {i.name}
                </Link>{" "}
                <span className="muted small">第 {i.version} 版</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
