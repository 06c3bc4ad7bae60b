import { AssessmentTable } from "@bianmin/ui";
import { AssessmentComputeButton } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 双月考核 (R-ASM-1, R-ASM-3): at the start of each two-month period, every agent's results of the previous one. */
export default async function AssessmentsPage({ searchParams }: { searchParams: SP }) {
  const { api } = await server.api();
  const { defaultKey, periods } = await api.assessment.periods();
  const wanted = one((await searchParams).period);
  const periodKey = wanted && /^\d{4}-B[1-6]$/.test(wanted) ? wanted : defaultKey;
  const list = await orNotFound(api.assessment.list({ periodKey }));
  const s = list.summary;
  return (
    <>
      <h1>代办员双月考核</h1>
      <p className="muted">
        每个双月初，按考核细则根据上一双月的出勤、办件、按期办结、群众评价、投诉、明察暗访和自我评议记录计算每位代办员的得分，考核小组评分后确认归档，并作出奖惩决定。
      </p>
      <section className="card">
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="period">考核期</label>
            <select id="period" name="period" defaultValue={periodKey}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                  {p.assessed ? `（已计算${p.assessed}人，已确认${p.confirmed}人）` : ""}
                </option>
              ))}
              {periods.some((p) => p.key === periodKey) ? null : <option value={periodKey}>{list.period.label}</option>}
            </select>
          </div>
          <button className="btn" type="submit">
            查看
          </button>
          {list.rows.length > 0 ? (
            <a className="btn" href={`/assessments/export.xlsx?period=${list.period.key}`}>
              导出 Excel
            </a>
          ) : null}
        </form>
        <AssessmentComputeButton periodKey={list.period.key} closed={list.closed} computed={list.rows.length > 0} />
      </section>
      <section className="card">
        <h2>{list.period.label}</h2>
        {s.agents > 0 ? (
          <div className="stat-row" data-testid="assessment-summary">
            <div className="stat">
              <strong>{s.agents}</strong>参加考核人数
            </div>
            <div className="stat">
              <strong>{s.confirmed}</strong>已确认归档
            </div>
            <div className="stat">
              <strong>{s.drafts}</strong>待确认
            </div>
            <div className="stat">
              <strong>{s.average ?? "—"}</strong>平均分
            </div>
            <div className="stat">
              <strong>{s.poor}</strong>低于合格线
            </div>
          </div>
        ) : null}
        <AssessmentTable rows={list.rows} />
      </section>
    </>
  );
}
