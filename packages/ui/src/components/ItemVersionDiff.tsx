import Link from "next/link";
import { formatDateTime } from "../format";
import type { Outputs } from "../types";

export type ItemVersionHistoryData = Outputs["catalog"]["versions"];
export type ItemVersionDiffData = Outputs["catalog"]["diff"];

const CHANGE_TAGS = { added: ["新增", "ok"], removed: ["删除", "bad"], changed: ["修改", "warn"] } as const;

/** 版本历史 (R-CAT-3): every published version with who published it, when and why. */
export function ItemVersionTable({ history }: { history: ItemVersionHistoryData }) {
  return (
    <table className="table" data-testid="item-versions">
      <thead>
        <tr>
          <th>版本</th>
          <th>事项名称</th>
          <th>发布时间</th>
          <th>发布人</th>
          <th>修订说明</th>
          <th>办事指南</th>
        </tr>
      </thead>
      <tbody>
        {history.versions.map((v) => (
          <tr key={v.version}>
            <td className="nowrap">
              第 {v.version} 版{v.version === history.currentVersion ? <span className="tag ok">现行</span> : null}
            </td>
            <td>{v.name}</td>
            <td className="nowrap">{formatDateTime(v.publishedAt ?? v.createdAt)}</td>
            <td>{v.publishedBy ?? "初始目录"}</td>
            <td>{v.note ?? "—"}</td>
            <td>
              <Link href={`/catalog/${history.code}?version=${v.version}`}>查看</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What changed between two versions, one row per change: removed text struck through, new text underlined. */
export function ItemVersionDiff({ diff }: { diff: ItemVersionDiffData }) {
  if (diff.changes.length === 0) {
    return <p className="muted">第 {diff.from} 版与第 {diff.to} 版内容相同。</p>;
  }
  return (
    <table className="table" data-testid="item-version-diff">
      <thead>
        <tr>
          <th>项目</th>
          <th>变化</th>
          <th>第 {diff.from} 版</th>
          <th>第 {diff.to} 版</th>
        </tr>
      </thead>
      <tbody>
        {diff.changes.map((c, i) => {
          const [label, tone] = CHANGE_TAGS[c.change];
          return (
            <tr key={i}>
              <td>{c.label}</td>
              <td>
                <span className={`tag ${tone}`}>{c.kind === "order" ? "调整顺序" : label}</span>
              </td>
              <td className="text-bad">{c.before === null ? "—" : <del>{c.before}</del>}</td>
              <td>{c.after === null ? "—" : <ins>{c.after}</ins>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
