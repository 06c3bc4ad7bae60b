import Link from "next/link";
import { pages, server } from "@/server";

/** 事项目录: the shared catalogue; the system administrator also adds items here (R-CAT-2). */
export default async function DistrictCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user } = await server.api();
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
    </>
  );
}
