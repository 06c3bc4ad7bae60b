import { formatDate, formatDateTime } from "../format";
import type { Outputs } from "../types";
import { ChecklistStatusTag } from "./ChecklistStatusTag";

export type ChecklistData = Outputs["standardization"]["get"]["checklist"];

/** Where a checklist stands: status, who submitted and reviewed it, the centre's note, the confirmation date. */
export function ChecklistFacts({ c }: { c: ChecklistData }) {
  return (
    <dl className="facts" data-testid="checklist-facts">
      <dt>状态</dt>
      <dd>
        <ChecklistStatusTag status={c.status} label={c.statusLabel} />
      </dd>
      <dt>达标项</dt>
      <dd>
        {c.summary.passed} / {c.summary.total}
      </dd>
      <dt>办公场所面积</dt>
      <dd>{c.areaM2 !== null ? `${c.areaM2} 平方米` : "未填写"}</dd>
      {c.submittedAt ? (
        <>
          <dt>提交</dt>
          <dd>
            {formatDateTime(c.submittedAt)}
            {c.submittedByName ? ` ${c.submittedByName}` : ""}
          </dd>
        </>
      ) : null}
      {c.reviewedAt ? (
        <>
          <dt>{c.status === "confirmed" ? "确认" : "审核"}</dt>
          <dd>
            {formatDateTime(c.reviewedAt)}
            {c.reviewedByName ? ` ${c.reviewedByName}` : ""}
          </dd>
        </>
      ) : null}
      {c.confirmedOn ? (
        <>
          <dt>确认达标日期</dt>
          <dd data-testid="checklist-confirmed-on">{formatDate(c.confirmedOn)}（代办站自该日起规范运行）</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The centre's note when it sent the checklist back (shown while the station puts things right). */
export function ChecklistReviewNote({ c }: { c: ChecklistData }) {
  if (!c.reviewNote || c.status === "confirmed") return null;
  return (
    <div className={`alert ${c.status === "returned" ? "bad" : "warn"}`} role="note" data-testid="checklist-review-note">
      <strong>{c.status === "returned" ? "便民服务中心退回意见：" : "上次退回意见："}</strong>
      {c.reviewNote}
    </div>
  );
}

/** The checklist read-only: every item with its basis in the source (§五), passed or not, and the note. */
export function ChecklistItems({ c }: { c: ChecklistData }) {
  return (
    <table className="table" data-testid="checklist-items">
      <thead>
        <tr>
          <th>依据</th>
          <th>检查内容</th>
          <th>是否达标</th>
          <th>说明</th>
        </tr>
      </thead>
      <tbody>
        {c.items.map((i) => (
          <tr key={i.key}>
            <td className="nowrap">§{i.basis}</td>
            <td>{i.label}</td>
            <td className="nowrap">{i.passed ? <span className="tag ok">达标</span> : <span className="tag bad">未达标</span>}</td>
            <td>{i.key === "office" && c.areaM2 !== null ? `面积 ${c.areaM2} 平方米${i.note ? `；${i.note}` : ""}` : (i.note ?? "")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
