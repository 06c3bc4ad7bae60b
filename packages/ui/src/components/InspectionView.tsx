import { formatDate } from "../format";
import type { Outputs } from "../types";
import { RectificationTable } from "./RectificationTable";

export type InspectionDetail = Outputs["inspection"]["get"];

/** One 明察暗访 visit (R-SUP-2): who inspected which station when, each check's result, and the rectifications required. */
export function InspectionView({ d }: { d: InspectionDetail }) {
  return (
    <>
      <section className="card">
        <h1>
          明察暗访记录：{d.townshipName}·{d.villageName}
        </h1>
        <dl className="facts">
          <dt>检查日期</dt>
          <dd>{formatDate(d.inspectedOn)}</dd>
          <dt>检查单位</dt>
          <dd>{d.centerLabel}</dd>
          <dt>检查人</dt>
          <dd>{d.inspectorName}</dd>
          <dt>发现问题</dt>
          <dd>{d.problemCount === 0 ? "无" : `${d.problemCount}项`}</dd>
          {d.note ? (
            <>
              <dt>检查情况</dt>
              <dd>{d.note}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="card">
        <h2>检查结果</h2>
        <table className="table" data-testid="finding-table">
          <thead>
            <tr>
              <th>检查内容</th>
              <th>结果</th>
              <th>发现的问题</th>
              <th>涉及人员</th>
            </tr>
          </thead>
          <tbody>
            {d.findings.map((f) => (
              <tr key={f.check}>
                <td>{f.label}</td>
                <td className="nowrap">{f.passed ? <span className="tag ok">通过</span> : <span className="tag bad">未通过</span>}</td>
                <td>{f.note ?? <span className="muted">—</span>}</td>
                <td className="nowrap">{f.passed ? <span className="muted">—</span> : (f.agentName ?? "全站")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>整改要求</h2>
        <p className="muted small">整改期限自检查日期起按工作日计算；由代办站站长报告整改情况，乡镇（街道）便民服务中心确认。</p>
        <RectificationTable rows={d.rectificationRows} showVillage={false} />
      </section>
    </>
  );
}
