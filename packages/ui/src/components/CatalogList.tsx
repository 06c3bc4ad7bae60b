import Link from "next/link";
import { CATEGORIES, CATEGORY_LABELS, LEVEL_LABELS } from "@bianmin/domain";
import { formatFen } from "../format";
import type { CatalogItem } from "../types";

/** The catalogue grouped by category, with a search form that works without JavaScript. */
export function CatalogList({ items, query, category }: { items: CatalogItem[]; query?: string; category?: string }) {
  return (
    <>
      <form className="filters card no-print" method="get">
        <div className="field">
          <label htmlFor="q">搜索事项</label>
          <input id="q" name="q" defaultValue={query ?? ""} placeholder="事项名称或编码" maxLength={50} />
        </div>
        <div className="field">
          <label htmlFor="category">服务类别</label>
          <select id="category" name="category" defaultValue={category ?? ""}>
            <option value="">全部</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <button className="btn primary" type="submit">
          查询
        </button>
      </form>
      {items.length === 0 ? <p className="card">没有符合条件的事项。</p> : null}
      {CATEGORIES.map((c) => {
        const group = items.filter((i) => i.category === c);
        if (group.length === 0) return null;
        return (
          <section key={c} className="card">
            <h2>
              {CATEGORY_LABELS[c]}（{group.length} 项）
            </h2>
            <table className="table" data-testid={`catalog-${c}`}>
              <thead>
                <tr>
                  <th>编码</th>
                  <th>事项名称</th>
                  <th>办理层级</th>
                  <th className="num">承诺时限</th>
                  <th>收费</th>
                  <th>须本人到场</th>
                </tr>
              </thead>
              <tbody>
                {group.map((i) => (
                  <tr key={i.code}>
                    <td>{i.code}</td>
                    <td>
                      <Link href={`/catalog/${i.code}`}>{i.name}</Link>
                    </td>
                    <td>{LEVEL_LABELS[i.level]}</td>
                    <td className="num">{i.timeLimitDays === 0 ? "即办" : `${i.timeLimitDays} 个工作日`}</td>
                    <td>{i.fees.length === 0 ? "免费" : i.fees.map((f) => `${f.name} ${formatFen(f.amountFen)}`).join("；")}</td>
                    <td>{i.inPerson ? "是" : "否"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
