import { CATEGORY_LABELS } from "@bianmin/domain";
import { formatFen } from "../format";
import type { StationPublicData } from "./StationPublicTypes";

type Item = StationPublicData["items"][number];

function timeLimit(days: number): string {
  return days === 0 ? "即办件（当场办结）" : `${days} 个工作日（受理当日不计）`;
}

/** One item's 办事指南 as a collapsible section: materials, procedure, time limit, fees, where handled. */
function Guide({ item }: { item: Item }) {
  return (
    <details data-testid={`guide-${item.code}`}>
      <summary>
        {item.name}
        <span className="sp-item-meta">{item.timeLimitDays === 0 ? "即办" : `${item.timeLimitDays}个工作日`}</span>
      </summary>
      <div className="sp-body">
        <dl className="sp-facts">
          <dt>办理层级</dt>
          <dd>{item.levelLabel}</dd>
          <dt>办理机关</dt>
          <dd>{item.handlingBody}</dd>
          <dt>承诺时限</dt>
          <dd>{timeLimit(item.timeLimitDays)}</dd>
          <dt>收费</dt>
          <dd>
            {item.fees.length === 0
              ? "免费（无偿代办）"
              : item.fees.map((f) => (
                  <div key={f.name}>
                    {f.name}：{formatFen(f.amountFen)}（依据：{f.basis}）
                  </div>
                ))}
          </dd>
          <dt>办理方式</dt>
          <dd>{item.inPerson ? "须本人到场，代办员协办" : "可委托代办员代办"}</dd>
          <dt>归口代办员</dt>
          <dd>{item.agents.join("、") || "—"}</dd>
        </dl>
        <h4>申请材料</h4>
        {item.materials.length === 0 ? (
          <p>无需提交材料。</p>
        ) : (
          <ol className="sp-materials">
            {item.materials.map((m) => (
              <li key={m.name}>
                {m.name}（{m.formLabel} {m.count} 份{m.required ? "" : "，视情况提供"}）
              </li>
            ))}
          </ol>
        )}
        <h4>办理程序</h4>
        <p className="guide-text">{item.guide}</p>
        {item.conditions ? (
          <>
            <h4>受理条件</h4>
            <p>{item.conditions}</p>
          </>
        ) : null}
        {item.legalBasis ? (
          <>
            <h4>办理依据</h4>
            <p className="small muted">{item.legalBasis}</p>
          </>
        ) : null}
      </div>
    </details>
  );
}

/** Every current item's guide, grouped by category in the document's order (R-CAT-1, R-CAT-4). */
export function StationGuides({ items }: { items: StationPublicData["items"] }) {
  const groups = Object.values(CATEGORY_LABELS).filter((g) => items.some((i) => i.categoryLabel === g));
  return (
    <>
      {groups.map((g) => (
        <div key={g}>
          <h3>{g}</h3>
          {items
            .filter((i) => i.categoryLabel === g)
            .map((i) => (
              <Guide key={i.code} item={i} />
            ))}
        </div>
      ))}
    </>
  );
}
