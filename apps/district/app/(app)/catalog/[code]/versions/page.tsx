import Link from "next/link";
import { ItemVersionDiff, ItemVersionTable } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

function versionParam(v: string | string[] | undefined, max: number, fallback: number): number {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** 版本历史 (R-CAT-3): the item's versions and the changes between any two of them; administrator only. */
export default async function ItemVersionsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = decodeURIComponent((await params).code);
  const sp = await searchParams;
  const { api } = await server.api();
  const history = await orNotFound(api.catalog.versions({ code }));
  const last = history.currentVersion;
  const to = versionParam(sp.to, last, last);
  const from = versionParam(sp.from, last, Math.max(1, to - 1));
  const diff = await api.catalog.diff({ code, from, to });
  const options = history.versions.map((v) => (
    <option key={v.version} value={v.version}>
      第 {v.version} 版
    </option>
  ));
  return (
    <>
      <section className="card">
        <div className="breadcrumb">
          <Link href={`/catalog/${history.code}`}>← 返回办事指南</Link> · <Link href={`/catalog/${history.code}/edit`}>修订事项</Link>
        </div>
        <h1>版本历史：{history.name}</h1>
        <p className="muted">已登记的事项始终按其登记时的版本办理；修订只影响此后登记的事项。</p>
        <ItemVersionTable history={history} />
      </section>
      <section className="card">
        <h2>版本对比</h2>
        <form className="filters no-print" method="get">
          <div className="field">
            <label htmlFor="from">从</label>
            <select id="from" name="from" defaultValue={from}>
              {options}
            </select>
          </div>
          <div className="field">
            <label htmlFor="to">到</label>
            <select id="to" name="to" defaultValue={to}>
              {options}
            </select>
          </div>
          <button className="btn primary" type="submit">
            对比
          </button>
        </form>
        <ItemVersionDiff diff={diff} />
      </section>
    </>
  );
}
