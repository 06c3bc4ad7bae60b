import Link from "next/link";
import { formatDateTime } from "../format";
import { AssessmentStatusTag } from "./AssessmentStatusTag";
import type { AssessmentDetailData } from "./AssessmentTypes";

/**
 * One assessment version line by line — an agent's bimonthly or a station's half-year result: points with their
 * explanation, the metrics they came from, the self-review (agents), the handling of a poor station, the versions
 * (R-ASM-1, R-ASM-2, R-ASM-3). `basePath` is where the list and the other versions live (e.g. /archive).
 */
export function AssessmentDetail({ a, basePath = "/assessments" }: { a: AssessmentDetailData; basePath?: string }) {
  const superseded = a.versions.find((v) => v.id === a.supersedesId);
  const station = a.kind === "station";
  return (
    <>
      <section className="card">
        <div className="breadcrumb">
          <Link href={`${basePath}?period=${a.period.key}`}>← 返回{a.period.label}考核结果</Link>
        </div>
        <h1>
          {a.name} {station ? "半年考核" : "双月考核"} <AssessmentStatusTag status={a.status} label={a.statusLabel} poor={a.poor} />
        </h1>
        <dl className="facts" data-testid="assessment-facts">
          <dt>乡镇（街道）</dt>
          <dd>{a.townshipName}</dd>
          <dt>代办站</dt>
          <dd>{a.villageName}便民服务代办站</dd>
          <dt>考核期</dt>
          <dd>{a.period.label}</dd>
          <dt>考核细则</dt>
          <dd>
            {a.rubric.name}（第{a.rubric.version}版）
          </dd>
          <dt>总分</dt>
          <dd data-testid="assessment-total">
            <strong>{a.total}</strong> / {a.max} 分{a.passMark !== null ? `（合格线 ${a.passMark} 分）` : ""}
          </dd>
          <dt>版本</dt>
          <dd>
            第{a.version}版
            {superseded ? (
              <>
                ，更正 <Link href={`${basePath}/${superseded.id}`}>第{superseded.version}版</Link>：{a.correctionReason}
              </>
            ) : null}
          </dd>
          <dt>计算时间</dt>
          <dd>{formatDateTime(a.computedAt)}</dd>
          {station && a.poor ? (
            <>
              <dt>处理情况</dt>
              <dd data-testid="assessment-handling">{a.decisionNote ?? <span className="tag bad">尚未记录处理情况</span>}</dd>
            </>
          ) : null}
          {a.confirmedAt ? (
            <>
              <dt>确认</dt>
              <dd>
                {a.confirmedByName}于{formatDateTime(a.confirmedAt)}确认归档
              </dd>
            </>
          ) : null}
          {a.confirmedAt && !station ? (
            <>
              <dt>奖惩决定</dt>
              <dd data-testid="assessment-decision">
                {a.decisionLabel}
                {a.decisionNote ? `：${a.decisionNote}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        {a.supersededById ? (
          <p className="alert warn" role="note">
            本版本已被更正，<Link href={`${basePath}/${a.supersededById}`}>查看更正后的版本</Link>。
          </p>
        ) : null}
      </section>

      <section className="card">
        <h2>逐项得分</h2>
        <table className="table" data-testid="assessment-lines">
          <thead>
            <tr>
              <th>考核项目</th>
              <th className="num">满分</th>
              <th className="num">得分</th>
              <th>计分说明</th>
            </tr>
          </thead>
          <tbody>
            {a.lines.map((l) => (
              <tr key={l.key}>
                <td className="nowrap">{l.name}</td>
                <td className="num">{l.weight}</td>
                <td className="num">{l.points}</td>
                <td>{l.explanation}</td>
              </tr>
            ))}
            <tr>
              <th>合计</th>
              <th className="num">{a.max}</th>
              <th className="num">{a.total}</th>
              <th />
            </tr>
          </tbody>
        </table>
      </section>

      <section className="card">
        <h2>考核指标及来源</h2>
        <table className="table" data-testid="assessment-metrics">
          <thead>
            <tr>
              <th>指标</th>
              <th className="num">数值</th>
              <th>来源说明</th>
            </tr>
          </thead>
          <tbody>
            {a.metrics.map((m) => (
              <tr key={m.key}>
                <td className="nowrap">{m.label}</td>
                <td className="num">{m.value}</td>
                <td>{m.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {a.teamNote ? <p className="small">考核小组评分说明：{a.teamNote}</p> : null}
      </section>

      {station ? null : (
      <section className="card">
        <h2>本人自我评议</h2>
        {a.selfReview ? (
          <>
            <p style={{ whiteSpace: "pre-wrap" }} data-testid="assessment-self-review">
              {a.selfReview.text}
            </p>
            <p className="small muted">提交于 {formatDateTime(a.selfReview.submittedAt)}</p>
          </>
        ) : (
          <p className="muted">本考核期未提交自我评议。</p>
        )}
      </section>
      )}

      <section className="card">
        <h2>版本记录</h2>
        <table className="table" data-testid="assessment-versions">
          <thead>
            <tr>
              <th>版本</th>
              <th>状态</th>
              <th className="num">总分</th>
              <th>奖惩</th>
              <th>计算 / 确认时间</th>
              <th>更正理由</th>
            </tr>
          </thead>
          <tbody>
            {a.versions.map((v) => (
              <tr key={v.id}>
                <td className="nowrap">{v.id === a.id ? <strong>第{v.version}版（本页）</strong> : <Link href={`${basePath}/${v.id}`}>第{v.version}版</Link>}</td>
                <td>
                  <AssessmentStatusTag status={v.status} label={v.statusLabel} />
                </td>
                <td className="num">{v.total}</td>
                <td>{v.decisionLabel ?? "—"}</td>
                <td className="small">
                  {formatDateTime(v.computedAt)}
                  {v.confirmedAt ? <div>确认 {formatDateTime(v.confirmedAt)}</div> : null}
                </td>
                <td>{v.correctionReason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
