import Link from "next/link";
import { formatDateTime } from "../format";
import { ComplaintStatusTag } from "./ComplaintStatusTag";
import type { ComplaintDetail } from "./ComplaintTypes";

/** One complaint: who, what, about whom, and what the station and the township centre did (R-RUL-3). */
export function ComplaintView({ c, backLabel = "投诉举报" }: { c: ComplaintDetail; backLabel?: string }) {
  return (
    <section className="card">
      <div className="breadcrumb">
        <Link href="/complaints">← 返回{backLabel}</Link>
      </div>
      <h1>
        投诉详情 <ComplaintStatusTag status={c.status} label={c.statusLabel} />
      </h1>
      <dl className="facts" data-testid="complaint-facts">
        <dt>收到时间</dt>
        <dd>{formatDateTime(c.receivedAt)}</dd>
        <dt>投诉渠道</dt>
        <dd>{c.channelLabel}</dd>
        <dt>投诉人</dt>
        <dd>{[c.complainantName, c.complainantPhone].filter(Boolean).join("，") || "未留姓名和电话"}</dd>
        <dt>投诉对象</dt>
        <dd>
          {c.about === "otherUnit" ? `其他单位：${c.otherUnit}` : c.aboutLabel}
          {c.major ? <span className="tag bad">重大投诉</span> : null}
        </dd>
        <dt>投诉内容</dt>
        <dd style={{ whiteSpace: "pre-wrap" }} data-testid="complaint-content">
          {c.content}
        </dd>
        {c.reply ? (
          <>
            <dt>代办站答复</dt>
            <dd data-testid="complaint-reply">{c.reply}</dd>
          </>
        ) : null}
        {c.escalatedAt ? (
          <>
            <dt>上报时间</dt>
            <dd>{formatDateTime(c.escalatedAt)}</dd>
            <dt>上报说明</dt>
            <dd>{c.escalationNote}</dd>
          </>
        ) : null}
        {c.townshipReply ? (
          <>
            <dt>中心答复</dt>
            <dd>{c.townshipReply}</dd>
          </>
        ) : null}
        {c.result ? (
          <>
            <dt>处理结果</dt>
            <dd data-testid="complaint-result">{c.result}</dd>
          </>
        ) : null}
        {c.closedAt ? (
          <>
            <dt>办结时间</dt>
            <dd>{formatDateTime(c.closedAt)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
