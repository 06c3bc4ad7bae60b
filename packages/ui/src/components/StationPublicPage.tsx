import type { ReactNode } from "react";
import Link from "next/link";
import { ComplaintOnlineForm } from "../client/ComplaintOnlineForm";
import { StationGuides } from "./StationGuides";
import { StationHotlines } from "./StationHotlines";
import type { StationPublicData } from "./StationPublicTypes";
import { WorkflowChart } from "./WorkflowChart";
import { WorkRulesList } from "./WorkRulesList";
import "./StationPublic.css";

/** A collapsible section of the page; `open` for the ones a visitor needs first. */
function Section({ id, title, open = false, children }: { id: string; title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="sp-section" id={id} open={open}>
      <summary>{title}</summary>
      <div className="sp-body">{children}</div>
    </details>
  );
}

/**
 * The station's public page (R-CAT-4), phone first: name and office facts, the workflow chart, every item's
 * guide, the work rules, staff, complaint hotlines and the online complaint form (R-RUL-3).
 */
export function StationPublicPage({ data }: { data: StationPublicData }) {
  const { station } = data;
  return (
    <main className="sp">
      <header className="sp-hero">
        <h1 data-testid="station-name">{station.name}</h1>
        <p>为民代办 · 无偿服务 · 限时办结</p>
      </header>
      <nav className="sp-quick" aria-label="快捷入口">
        <Link className="btn primary big" href={data.lookupPath}>
          办理进度查询
        </Link>
        <a className="btn big" href="#complaint">
          我要投诉
        </a>
      </nav>
      <section className="card">
        <dl className="sp-facts">
          <dt>办公时间</dt>
          <dd>{station.officeHours}</dd>
          <dt>办公地点</dt>
          <dd>{station.address}</dd>
          <dt>咨询电话</dt>
          <dd>
            <a href={`tel:${station.phone}`}>{station.phone}</a>
          </dd>
        </dl>
        {station.operating ? null : <p className="alert warn small">本代办站正在建设中，尚未通过规范化验收。</p>}
      </section>

      <Section id="workflow" title="办事流程图" open>
        <WorkflowChart />
      </Section>
      <Section id="guides" title={`办事指南（${data.items.length} 项）`}>
        <p className="small muted">点开事项查看需要带哪些材料、办理程序、时限和收费。代办服务一律免费，只收取法定费用。</p>
        <StationGuides items={data.items} />
      </Section>
      <Section id="rules" title="工作制度" open>
        <WorkRulesList rules={data.workRules} serviceRecord={data.serviceRecord} />
      </Section>
      <Section id="staff" title="服务人员及岗位职责" open>
        <div className="sp-cards" data-testid="station-staff">
          {data.staff.map((s) => (
            <article key={s.badgeNo} className="sp-person">
              <h3>
                {s.name} <span className="tag">{s.roleLabel}</span>
              </h3>
              <div>
                <a className="sp-phone" href={`tel:${s.phone}`}>
                  {s.phone}
                </a>
              </div>
              <p className="small">{s.duties}</p>
              {s.items.length > 0 ? <p className="small muted">归口事项：{s.items.join("、")}</p> : null}
            </article>
          ))}
        </div>
      </Section>
      <Section id="complaint" title="投诉举报" open>
        <p className="small">
          遇到不文明服务或不合理要求，可投入站内投诉意见箱、拨打下列投诉热线，或在此网上投诉。
          {data.complaintHandler ? `本站投诉处理人：${data.complaintHandler}。` : null}
        </p>
        <StationHotlines hotlines={data.hotlines} />
        <h3>网上投诉</h3>
        <ComplaintOnlineForm villageCode={data.villageCode} />
      </Section>
      <p className="sp-foot">
        <Link href={`/s/${data.villageCode}/poster`}>打印公示海报</Link>
      </p>
    </main>
  );
}
