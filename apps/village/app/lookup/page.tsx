import { formatDate } from "@bianmin/ui";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

export const dynamic = "force-dynamic";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** 办理进度查询 (no sign-in): receipt number or short code + the phone's last four digits (R-SEC-1). */
export default async function LookupPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const code = one(sp.code).slice(0, 40);
  const last4 = one(sp.phone).slice(0, 4);
  const outcome = code && last4 ? await attempt((await server.publicApi()).lookup.progress({ code, phoneLast4: last4 })) : null;
  const result = outcome?.ok ? outcome.value : null;
  const error = outcome && !outcome.ok ? (outcome.code === "BAD_REQUEST" ? "请输入正确的回执编号（或查询码）和手机号后四位" : outcome.message) : null;
  return (
    <main className="shell-main" style={{ maxWidth: 640 }}>
      <section className="card">
        <h1>便民服务办理进度查询</h1>
        <p className="muted">凭收件回执单上的回执编号或查询码，以及申请时登记的手机号后四位查询。</p>
        <form method="get">
          <div className="field">
            <label htmlFor="code">回执编号或查询码</label>
            <input id="code" name="code" defaultValue={code} maxLength={40} required autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="phone">手机号后四位</label>
            <input id="phone" name="phone" defaultValue={last4} inputMode="numeric" pattern="\d{4}" maxLength={4} required autoComplete="off" />
          </div>
          <button className="btn primary" type="submit">
            查询
          </button>
        </form>
      </section>
      {error ? (
        <div className="alert bad" role="alert" data-testid="lookup-error">
          {error}
        </div>
      ) : null}
      {result ? (
        <section className="card" data-testid="lookup-result">
          <h2>{result.itemName}</h2>
          <dl className="facts">
            <dt>回执编号</dt>
            <dd>{result.receiptNo}</dd>
            <dt>办理状态</dt>
            <dd>
              <strong>{result.statusLabel}</strong>
              {result.paused ? "（依法暂停计时中）" : ""}
            </dd>
            <dt>当前办理单位</dt>
            <dd>{result.handler}</dd>
            <dt>受理日期</dt>
            <dd>{formatDate(result.acceptedOn)}</dd>
            <dt>承诺办结</dt>
            <dd>{formatDate(result.promisedDate)}</dd>
            {result.completedOn ? (
              <>
                <dt>办结日期</dt>
                <dd>{formatDate(result.completedOn)}</dd>
              </>
            ) : null}
            <dt>代办站电话</dt>
            <dd>
              {result.stationName} {result.stationPhone}
            </dd>
          </dl>
        </section>
      ) : null}
    </main>
  );
}
