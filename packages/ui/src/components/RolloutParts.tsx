import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "../format";

/** Pieces of the 建设进度 screens (R-ORG-6) that the township's and the district's views share. */

export interface RolloutTargetShort {
  date: string;
  percent: number;
  campaign: string;
  short: number;
}

/** The date the progress is read on, with a way back to today. */
export function RolloutDateForm({ on, today }: { on: string; today: string }) {
  return (
    <form method="get" className="filters" aria-label="查询日期">
      <div className="field">
        <label htmlFor="rollout-on">查询日期</label>
        <input id="rollout-on" type="date" name="on" defaultValue={on} max="2100-12-31" />
      </div>
      <button type="submit" className="btn">
        查看
      </button>
      {on !== today ? (
        <Link href="?" className="btn">
          回到今天
        </Link>
      ) : null}
    </form>
  );
}

/** The share on the date against the target in force. */
export function ProgressStat({ on, progress, unitLabel }: { on: string; progress: { percent: number; operating: number; total: number; behind: boolean }; unitLabel?: string }) {
  return (
    <div className="stat">
      <span className="muted">
        {unitLabel ?? ""}
        {formatDate(on)} 规范运行
      </span>
      <strong data-testid="rollout-percent">{progress.percent}%</strong>
      <span className="small">
        {progress.operating} / {progress.total} 个村（社区）
      </span>
      <div>{progress.behind ? <span className="tag bad">落后于目标</span> : <span className="tag ok">未落后</span>}</div>
    </div>
  );
}

/** A target (in force or next) and how many villages are still short of it. */
export function TargetStat({ title, target, due }: { title: string; target: RolloutTargetShort | null; due: boolean }) {
  return (
    <div className="stat">
      <span className="muted">{title}</span>
      {target ? (
        <>
          <strong>
            {formatDate(target.date)}前 {target.percent}%
          </strong>
          <span className="small">{target.campaign}</span>
          <div>
            {target.short === 0 ? <span className="tag ok">已达到</span> : <span className={`tag ${due ? "bad" : "warn"}`}>还需 {target.short} 个村（社区）完成建设</span>}
          </div>
        </>
      ) : (
        <strong>无</strong>
      )}
    </div>
  );
}

/** The district's targets; those due with the share reached on their date (of `scopeLabel`). */
export function RolloutTargetsTable({
  targets,
  scopeLabel,
  action,
}: {
  targets: readonly { id: string; campaign: string; date: string; percent: number; percentThen: number | null; reached: boolean | null }[];
  scopeLabel: string;
  action?: (target: { id: string; campaign: string; date: string; percent: number }) => ReactNode;
}) {
  return (
    <table className="table" data-testid="rollout-targets">
      <thead>
        <tr>
          <th>建设活动</th>
          <th>目标日期</th>
          <th className="num">目标比例</th>
          <th className="num">当日{scopeLabel}</th>
          <th>结果</th>
          {action ? <th>操作</th> : null}
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => (
          <tr key={t.id}>
            <td>{t.campaign}</td>
            <td className="nowrap">{formatDate(t.date)}</td>
            <td className="num">{t.percent}%</td>
            <td className="num">{t.percentThen === null ? "—" : `${t.percentThen}%`}</td>
            <td>{t.reached === null ? <span className="muted">未到期</span> : t.reached ? <span className="tag ok">已完成</span> : <span className="tag bad">未完成</span>}</td>
            {action ? <td>{action(t)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
