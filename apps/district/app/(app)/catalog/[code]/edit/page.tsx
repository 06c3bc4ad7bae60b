import Link from "next/link";
import { itemContentOf } from "@bianmin/domain";
import { ItemEditor, ItemWindowsForm } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** 修订事项 (R-CAT-3) and, for a township-level item, 窗口对应 per township (R-CAT-2); administrator only. */
export default async function EditItemPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = decodeURIComponent((await params).code);
  const created = (await searchParams).created === "1";
  const { api } = await server.api();
  // the window list is the administrator's: anyone else gets a 404 here
  const windows = await orNotFound(api.catalog.windows({ code }));
  const { item } = await orNotFound(api.catalog.item({ code }));
  return (
    <>
      <section className="card">
        <div className="breadcrumb">
          <Link href={`/catalog/${item.code}`}>← 返回办事指南</Link> · <Link href={`/catalog/${item.code}/versions`}>版本历史</Link>
        </div>
        {created ? (
          <p className="alert ok" role="status">
            事项 {item.code} 已新增为第 1 版。{item.level === "township" ? "请在下方为各乡镇（街道）指定办理窗口。" : ""}
          </p>
        ) : null}
        <h1>修订事项：{item.name}</h1>
        <p className="muted">
          事项编码 {item.code} · 现行第 {item.version} 版
        </p>
        <ItemEditor mode="revise" code={item.code} version={item.version} initial={itemContentOf(item)} />
      </section>
      <section className="card">
        <h2>窗口对应</h2>
        {windows.level === "township" ? (
          <ItemWindowsForm code={item.code} townships={windows.townships} />
        ) : (
          <p className="muted">该事项不在乡镇（街道）便民服务中心办理，无需指定窗口。办理层级改为乡镇（街道）并发布后，可在此指定窗口。</p>
        )}
      </section>
    </>
  );
}
