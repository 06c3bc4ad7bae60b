import { Fragment } from "react";
import "./StationPublic.css";

/** One box of the chart: a short title and an optional line under it. */
function Box({ title, note, tone }: { title: string; note?: string; tone?: "ok" | "warn" | "bad" | "info" }) {
  return (
    <div className={`wf-box${tone ? ` wf-${tone}` : ""}`}>
      <strong>{title}</strong>
      {note ? <span>{note}</span> : null}
    </div>
  );
}

function Down({ label }: { label?: string }) {
  return (
    <div className="wf-down" aria-hidden="true">
      <span className="wf-down-line" />
      {label ? <span className="wf-down-label">{label}</span> : null}
      <span className="wf-down-head" />
    </div>
  );
}

function Right() {
  return <span className="wf-right" aria-hidden="true" />;
}

/**
 * 便民服务工作流程图 (附件4; R-CAT-4): 受理 → 传递 → 回复, drawn in HTML and CSS as boxes and arrows, so that
 * it reads on a phone and prints on the wall poster.
 */
export function WorkflowChart({ compact = false }: { compact?: boolean }) {
  return (
    <figure className={`wf${compact ? " wf-compact" : ""}`} data-testid="workflow-chart" aria-label="便民服务工作流程图：受理、传递、回复三个环节">
      <section className="wf-stage">
        <h3 className="wf-stage-title">
          <span className="wf-step">1</span>受理环节
        </h3>
        <div className="wf-row">
          <Box title="群众提出申请" note="提供材料和规定费用" />
          <Right />
          <Box title="登记" note="填写《便民服务事项登记表》" />
          <Right />
          <Box title="审核材料" note="是否属于代办范围、齐全、合法" />
        </div>
        <Down />
        <div className="wf-branches">
          <Box tone="ok" title="受理" note="出具《收件回执单》，告知权利义务和承诺时限" />
          <Box tone="warn" title="补交材料" note="出具补交材料清单，补齐后受理" />
          <Box tone="bad" title="退回" note="不符合法律规定的，说明退回理由" />
          <Box tone="info" title="告知" note="非本站事项，告知向有关单位申请" />
        </div>
      </section>
      <Down label="受理后" />
      <section className="wf-stage">
        <h3 className="wf-stage-title">
          <span className="wf-step">2</span>传递环节
        </h3>
        <div className="wf-branches wf-three">
          <Box title="村级办理" note="属村（社区）办理的，由归口代办员办理" />
          <Box title="乡镇便民服务中心窗口" note="代办员将申报材料递交中心相关窗口" />
          <Box title="区行政审批中心" note="需区级办理的，代办员协助到中心办理" />
        </div>
      </section>
      <Down label="办结后" />
      <section className="wf-stage">
        <h3 className="wf-stage-title">
          <span className="wf-step">3</span>回复环节
        </h3>
        <div className="wf-row">
          <Box title="送达结果" note="及时将办结结果送达申请人" />
          <Right />
          <Box title="确认" note="申请人对办理结果予以确认" />
          <Right />
          <Box title="评价" note="申请人作出是否满意的评价" />
        </div>
      </section>
      <figcaption className="wf-caption">
        {["统一受理", "分类办理", "专人承办", "阳光代办", "限时办结"].map((w, i) => (
          <Fragment key={w}>
            {i > 0 ? " · " : ""}
            <span>{w}</span>
          </Fragment>
        ))}
      </figcaption>
    </figure>
  );
}
