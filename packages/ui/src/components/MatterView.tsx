import type { ReactNode } from "react";
import { FOLLOW_UP_STEPS, FOLLOW_UP_STEP_LABELS, MATERIAL_FORM_LABELS, PAUSE_REASON_LABELS, RATING_LABELS } from "@bianmin/domain";
import { formatDate, formatDateTime, formatFen } from "../format";
import type { Outputs } from "../types";
import { Light } from "./Light";

export type MatterDetail = Outputs["matter"]["get"];

/** The matter page (R-FLW-2, R-FLW-5, R-DL-2..4): who, what, where the materials are, the deadline and why, history. */
export function MatterView({ m, actions, documents }: { m: MatterDetail; actions: ReactNode; documents?: ReactNode }) {
  const s = m.state;
  const d = m.deadline;
  return (
    <>
      <section className="card">
        <div className="picked">
          <div>
            <h1 data-testid="matter-title">{m.item.name}</h1>
            <p className="muted">
              {m.receiptNo ? `回执编号 ${m.receiptNo}` : "尚未受理"}
              {m.lookupCode ? ` · 查询码 ${m.lookupCode}` : ""} · {m.modeLabel}
              {m.channel === "online" ? " · 网上申请" : ""}
            </p>
          </div>
          <div>
            <span className="tag" data-testid="matter-status">
              {m.statusLabel}
            </span>{" "}
            {d.kind === "open" ? <Light light={d.light} remaining={d.remainingWorkdays} /> : d.kind === "closed" ? <Light light={d.result} /> : null}
          </div>
        </div>
        {documents}
      </section>

      <section className="card">
        <h2>办理操作</h2>
        {actions}
      </section>

      <div className="grid">
        <section className="card">
          <h2>申请人</h2>
          <dl className="facts">
            <dt>姓名</dt>
            <dd>{s.applicant?.name}</dd>
            <dt>联系电话</dt>
            <dd>{s.applicant?.phone}</dd>
            <dt>身份证号</dt>
            <dd>{s.applicant?.idNumber ?? "未登记"}</dd>
            <dt>住址</dt>
            <dd>{s.applicant?.address}</dd>
            {s.authorization ? (
              <>
                <dt>授权委托</dt>
                <dd>
                  委托代办员 {s.authorization.agentName}（{formatDate(s.authorization.signedOn)}）
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" data-testid="deadline">
          <h2>承诺时限</h2>
          {s.promisedDate ? (
            <>
              <dl className="facts">
                <dt>受理时间</dt>
                <dd>{formatDateTime(s.acceptedAt)}</dd>
                <dt>承诺办结</dt>
                <dd>
                  <strong>{formatDate(s.promisedDate)}</strong>
                  {s.originalPromisedDate !== s.promisedDate ? `（原 ${formatDate(s.originalPromisedDate)}，因暂停计时顺延）` : ""}
                </dd>
                <dt>当前</dt>
                <dd>{d.kind === "open" ? <Light light={d.light} remaining={d.remainingWorkdays} /> : d.kind === "closed" ? <Light light={d.result} /> : "—"}</dd>
                {s.pause ? (
                  <>
                    <dt>暂停计时</dt>
                    <dd>
                      自{formatDate(s.pause.pausedOn)}起，因{PAUSE_REASON_LABELS[s.pause.reason]}
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="small muted">{s.deadlineExplanation}</p>
              {m.deadlineSkipped.length > 0 ? (
                <details>
                  <summary>跳过的非工作日（{m.deadlineSkipped.length} 天）</summary>
                  <ul className="small">
                    {m.deadlineSkipped.map((x) => (
                      <li key={x.date}>
                        {formatDate(x.date)}：{x.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {s.pauses.length > 0 ? (
                <>
                  <h3>暂停记录</h3>
                  <ul className="small">
                    {s.pauses.map((p) => (
                      <li key={p.pausedAt}>
                        {formatDate(p.pausedOn)} 至 {formatDate(p.resumedOn)}，{PAUSE_REASON_LABELS[p.reason]}，暂停 {p.pausedWorkdays} 个工作日
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <p className="muted">受理后按事项承诺时限（{m.item.timeLimitDays === 0 ? "即办件" : `${m.item.timeLimitDays} 个工作日`}）计算。</p>
          )}
        </section>
        <section className="card" data-testid="custody">
          <h2>材料保管</h2>
          <p>
            现由：<strong>{m.custodyLabel ?? "尚未受理（材料在登记代办员处）"}</strong>
          </p>
          {m.custody.length > 0 ? (
            <ol className="small">
              {m.custody.map((c) => (
                <li key={c.at + c.label}>
                  {formatDateTime(c.at)} {c.label}：{c.from ? `${c.from} → ` : ""}
                  {c.to}
                </li>
              ))}
            </ol>
          ) : null}
          {s.handoverPending ? <p className="alert warn">待移交：归口代办员 {s.responsibleAgent?.name} 尚未接收材料。</p> : null}
        </section>
      </div>

      {s.rating ? <RatingAndFollowUp m={m} /> : null}

      <section className="card">
        <h2>材料和收费</h2>
        <table className="table">
          <thead>
            <tr>
              <th>材料</th>
              <th>原件/复印件</th>
              <th className="num">收到份数</th>
            </tr>
          </thead>
          <tbody>
            {s.materials.map((x) => (
              <tr key={x.key}>
                <td>{x.name}</td>
                <td>{MATERIAL_FORM_LABELS[x.form]}</td>
                <td className="num">{x.count}</td>
              </tr>
            ))}
            {s.missing.map((x) => (
              <tr key={`missing-${x.key}`}>
                <td>
                  {x.name} <span className="tag bad">{x.detail}</span>
                </td>
                <td>{MATERIAL_FORM_LABELS[x.form]}</td>
                <td className="num">0</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>收费：{s.fees.length === 0 ? "免费" : s.fees.map((f) => `${f.name} ${formatFen(f.amountFen)}（依据：${f.basis}）`).join("；")}</p>
      </section>

      <section className="card">
        <h2>办理过程</h2>
        <ol className="timeline" data-testid="timeline">
          {m.timeline.map((t) => (
            <li key={t.seq}>
              <time>{formatDateTime(t.at)}</time>
              <strong>{t.label}</strong> · {t.actorName}
              <div>{t.text}</div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The applicant's rating and, after 不满意 or worse, the township centre's follow-up: due date with its light, steps (R-FLW-4). */
function RatingAndFollowUp({ m }: { m: MatterDetail }) {
  const { rating, followUp } = m.state;
  const fd = m.followUpDeadline;
  if (!rating) return null;
  return (
    <section className="card" data-testid="follow-up">
      <h2>{followUp ? "评价和整改回访" : "申请人评价"}</h2>
      <dl className="facts">
        <dt>评价</dt>
        <dd>
          <span className={`tag ${followUp ? "bad" : "ok"}`}>{RATING_LABELS[rating.level]}</span> {formatDateTime(rating.at)}
        </dd>
        {rating.comment ? (
          <>
            <dt>评价意见</dt>
            <dd>{rating.comment}</dd>
          </>
        ) : null}
        {followUp ? (
          <>
            <dt>整改期限</dt>
            <dd>
              {formatDate(followUp.dueDate)}（{followUp.days} 个工作日内）{" "}
              {fd.kind === "open" ? <Light light={fd.light} remaining={fd.remainingWorkdays} /> : fd.kind === "closed" ? <Light light={fd.result} /> : null}
            </dd>
            {followUp.closedOn ? (
              <>
                <dt>回访办结</dt>
                <dd>{formatDate(followUp.closedOn)}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {followUp ? (
        <ol className="small" data-testid="follow-up-steps">
          {FOLLOW_UP_STEPS.map((step) => {
            const done = followUp.steps.find((x) => x.step === step);
            return (
              <li key={step}>
                <strong>{FOLLOW_UP_STEP_LABELS[step]}</strong>：
                {done ? (
                  <>
                    {done.text}
                    <span className="muted">
                      （{done.by.name}，{formatDateTime(done.at)}）
                    </span>
                  </>
                ) : (
                  <span className="muted">尚未记录</span>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
