import { AssessmentArchiveTable } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 双月考核档案 (R-ASM-1, R-ASM-3): every township's confirmed bimonthly agent results, searchable, read-only. */
export default async function ArchivePage({ searchParams }: { searchParams: SP }) {
  const { api } = await server.api();
  const sp = await searchParams;
  const townshipId = one(sp.township);
  const stationId = one(sp.station);
  const agentName = one(sp.name)?.trim() || undefined;
  const period = one(sp.period);
  const periodKey = period && /^\d{4}-B[1-6]$/.test(period) ? period : undefined;
  const [archive, choices] = await Promise.all([orNotFound(api.assessment.archive({ townshipId, stationId, agentName, periodKey })), api.inspection.stationChoices()]);
  return (
    <>
      <h1>代办员双月考核档案</h1>
      <p className="muted">各乡镇（街道）便民服务中心确认归档的代办员双月考核结果，只读；更正后的结果以新版本归档。</p>
      <section className="card">
        <form className="filters" method="get" aria-label="查询考核档案">
          <div className="field">
            <label htmlFor="township">乡镇（街道）</label>
            <select id="township" name="township" defaultValue={townshipId ?? ""}>
              <option value="">全区</option>
              {archive.townships.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="station">代办站</label>
            <select id="station" name="station" defaultValue={stationId ?? ""}>
              <option value="">全部</option>
              {choices.townships.map((t) => (
                <optgroup key={t.townshipId} label={t.townshipName}>
                  {t.stations.map((s) => (
                    <option key={s.stationId} value={s.stationId}>
                      {s.villageName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="name">代办员姓名</label>
            <input id="name" name="name" maxLength={20} defaultValue={agentName ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="period">考核期（如 2026-B2）</label>
            <input id="period" name="period" maxLength={7} pattern="\d{4}-B[1-6]" defaultValue={periodKey ?? ""} />
          </div>
          <button className="btn primary" type="submit">
            查询
          </button>
        </form>
      </section>
      <section className="card">
        <h2>查询结果（{archive.rows.length} 条）</h2>
        <AssessmentArchiveTable rows={archive.rows} truncated={archive.truncated} />
      </section>
    </>
  );
}
