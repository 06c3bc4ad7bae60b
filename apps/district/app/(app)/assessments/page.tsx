import { HalfYearTable, TownshipAssessmentChart } from "@bianmin/ui";
import { AssessmentComputeButton } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 半年考核 (R-ASM-2, R-ASM-3): every station's result of a half-year, ranked district-wide, per township, compared with the previous half-year. */
export default async function HalfYearPage({ searchParams }: { searchParams: SP }) {
  const { api } = await server.api();
  const { defaultKey, periods } = await api.assessment.halfYearPeriods();
  const sp = await searchParams;
  const wanted = one(sp.period);
  const periodKey = wanted && /^\d{4}-H[12]$/.test(wanted) ? wanted : defaultKey;
  const townshipId = one(sp.township);
  const list = await orNotFound(api.assessment.halfYearList({ periodKey, townshipId }));
  const s = list.summary;
  const shown = townshipId ? list.townships.find((t) => t.id === townshipId) : null;
  return (
    <>
      <h1>代办站半年考核</h1>
      <p className="muted">
        每半年（1—6月、7—12月）结束后，按代办站半年考核细则，根据按期办结、群众评价、投诉、明察暗访、规范化建设和服务记录计算每个代办站的得分，全区排名并与上期比较；低于合格线{list.passMark !== null ? `（${list.passMark}分）` : ""}的代办站须记录处理情况。
      </p>
      <section className="card">
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="period">考核期</label>
            <select id="period" name="period" defaultValue={periodKey}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                  {p.assessed ? `（已计算${p.assessed}个，已确认${p.confirmed}个）` : ""}
                </option>
              ))}
              {periods.some((p) => p.key === periodKey) ? null : <option value={periodKey}>{list.period.label}</option>}
            </select>
          </div>
          <div className="field">
            <label htmlFor="township">乡镇（街道）</label>
            <select id="township" name="township" defaultValue={townshipId ?? ""}>
              <option value="">全区</option>
              {list.townships.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button className="btn" type="submit">
            查看
          </button>
          {s.stations > 0 ? (
            <>
              <a className="btn" href={`/assessments/export.xlsx?period=${list.period.key}`}>
                导出 Excel
              </a>
              <a className="btn" href={`/assessments/export.pdf?period=${list.period.key}`}>
                导出 PDF
              </a>
            </>
          ) : null}
        </form>
        {list.mayCompute ? (
          <AssessmentComputeButton kind="station" periodKey={list.period.key} closed={list.closed} computed={s.stations > 0} />
        ) : (
          <p className="small muted">考核结果由区行政审批中心考核人员计算和确认。</p>
        )}
      </section>
      <section className="card">
        <h2>
          {list.period.label}
          {shown ? ` · ${shown.name}` : ""}
        </h2>
        {s.stations > 0 ? (
          <div className="stat-row" data-testid="half-year-summary">
            <div className="stat">
              <strong>{s.stations}</strong>参加考核代办站
            </div>
            <div className="stat">
              <strong>{s.confirmed}</strong>已确认归档
            </div>
            <div className="stat">
              <strong>{s.average ?? "—"}</strong>全区平均分
            </div>
            <div className="stat">
              <strong className={s.poor > 0 ? "text-bad" : undefined}>{s.poor}</strong>低于合格线
            </div>
            <div className="stat">
              <strong>{s.handled}</strong>已记录处理情况
            </div>
          </div>
        ) : null}
        <p className="small muted">较上期：与{list.previous.label}的总分比较。排名按总分，同分同名次。</p>
        <HalfYearTable rows={list.rows} />
      </section>
      {list.byTownship.length > 0 ? (
        <section className="card">
          <h2>各乡镇（街道）情况</h2>
          <TownshipAssessmentChart rows={list.byTownship} passMark={list.passMark} />
        </section>
      ) : null}
    </>
  );
}
