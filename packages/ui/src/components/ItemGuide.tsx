import Link from "next/link";
import { CATEGORY_LABELS, LEVEL_LABELS, MATERIAL_FORM_LABELS } from "@bianmin/domain";
import { formatDate, formatFen } from "../format";
import type { ItemDetail } from "../types";

/** 办事指南 of one item version (R-CAT-2): materials, conditions, basis, time limit, fees, where handled. */
export function ItemGuide({ detail }: { detail: ItemDetail }) {
  const { item, versions } = detail;
  return (
    <article className="card guide">
      <div className="breadcrumb no-print">
        <Link href="/catalog">← 返回事项目录</Link>
      </div>
      <h1>{item.name}</h1>
      {detail.active ? null : (
        <p className="alert warn" data-testid="item-stopped">
          该事项已停用，不再受理新的申请；已登记的事项继续办理至办结。
        </p>
      )}
      <p className="muted">
        事项编码 {item.code} · 第 {item.version} 版 · {CATEGORY_LABELS[item.category]}
      </p>
      <dl className="facts">
        <dt>办理层级</dt>
        <dd>{LEVEL_LABELS[item.level]}</dd>
        <dt>办理机关</dt>
        <dd>{item.handlingBody}</dd>
        <dt>承诺时限</dt>
        <dd>{item.timeLimitDays === 0 ? "即办件（当场办结）" : `${item.timeLimitDays} 个工作日（受理当日不计）`}</dd>
        <dt>须本人到场</dt>
        <dd>{item.inPerson ? "是（不能委托代办，可由代办员协办）" : "否，可委托代办员代办"}</dd>
        <dt>审核要求</dt>
        <dd>{[item.needsReview ? "需领导审核" : null, item.needsSurvey ? "需实地调查" : null].filter(Boolean).join("、") || "无"}</dd>
      </dl>
      <h3>办事指南</h3>
      <p>{item.guide}</p>
      <h3>受理条件</h3>
      <p>{item.conditions || "—"}</p>
      <h3>法律依据</h3>
      <p>{item.legalBasis || "—"}</p>
      <h3>申请材料</h3>
      {item.materials.length === 0 ? (
        <p>无需提交材料。</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>序号</th>
              <th>材料名称</th>
              <th>原件/复印件</th>
              <th className="num">份数</th>
              <th>是否必需</th>
            </tr>
          </thead>
          <tbody>
            {item.materials.map((m, i) => (
              <tr key={m.key}>
                <td>{i + 1}</td>
                <td>{m.name}</td>
                <td>{MATERIAL_FORM_LABELS[m.form]}</td>
                <td className="num">{m.count}</td>
                <td>{m.required ? "必需" : "视情况"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>收费标准及依据</h3>
      {item.fees.length === 0 ? (
        <p>不收取任何费用（无偿代办）。</p>
      ) : (
        <ul>
          {item.fees.map((f) => (
            <li key={f.key}>
              {f.name}：{formatFen(f.amountFen)}，依据：{f.basis}
            </li>
          ))}
        </ul>
      )}
      {versions.length > 1 ? (
        <p className="muted small">
          历史版本：
          {versions.map((v) => (
            <Link key={v.version} href={`/catalog/${item.code}?version=${v.version}`} className="tag">
              第{v.version}版（{formatDate(v.createdAt)}）
            </Link>
          ))}
        </p>
      ) : null}
    </article>
  );
}
