import Link from "next/link";
import { TableSheet, formatDateTime } from "@bianmin/ui";
import { CloseYearForm, ConsultationForm, PrintButton } from "@bianmin/ui/client";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** 登记表和记录本: the registration ledger, the service record book with consultations, and the year-end archive. */
export default async function RecordsPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const { api, user } = await server.api();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const from = isDate(one(sp.from)) ? one(sp.from) : `${today.slice(0, 7)}-01`;
  const to = isDate(one(sp.to)) && one(sp.to) >= from ? one(sp.to) : today;
  const thisYear = Number(today.slice(0, 4));
  const year = Number(one(sp.year)) >= 2000 && Number(one(sp.year)) <= thisYear ? Number(one(sp.year)) : thisYear;
  const [ledger, book, archives, consultations] = await Promise.all([
    api.records.ledger({ from, to }),
    api.records.book({ year }),
    api.records.archives(),
    api.catalog.list({ category: "consultation" }),
  ]);
  const closed = new Set(archives.map((a) => a.year));
  const closable = [thisYear - 1, thisYear - 2, thisYear].filter((y) => !closed.has(y));
  return (
    <>
      <h1>登记表和服务记录本</h1>

      <section className="card">
        <h2 className="no-print">便民服务事项登记表</h2>
        <form className="filters no-print" method="get">
          <div className="field">
            <label htmlFor="from">开始日期</label>
            <input id="from" name="from" type="date" defaultValue={from} />
          </div>
          <div className="field">
            <label htmlFor="to">结束日期</label>
            <input id="to" name="to" type="date" defaultValue={to} />
          </div>
          <input type="hidden" name="year" value={year} />
          <button className="btn primary" type="submit">
            查询
          </button>
          <PrintButton />
          <a className="btn" href={`/records/ledger.xlsx?from=${from}&to=${to}`}>
            导出 Excel
          </a>
          <a className="btn" href={`/records/ledger.pdf?from=${from}&to=${to}`}>
            导出 PDF
          </a>
        </form>
        <TableSheet t={ledger} testId="ledger" />
      </section>

      <div className="no-print">
        <ConsultationForm items={consultations.map((i) => ({ code: i.code, name: i.name }))} />
      </div>

      <section className="card no-print">
        <h2>服务记录本</h2>
        <form className="filters" method="get">
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="to" value={to} />
          <div className="field">
            <label htmlFor="year">年度</label>
            <select id="year" name="year" defaultValue={year}>
              {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
                <option key={y} value={y}>
                  {y}年{closed.has(y) ? "（已存档）" : ""}
                </option>
              ))}
            </select>
          </div>
          <button className="btn primary" type="submit">
            查看
          </button>
        </form>
        {book.archived ? <p className="alert ok">{year}年度已存档，记录不能再修改。</p> : null}
        <TableSheet t={book} testId="record-book" />
      </section>

      <section className="card no-print" data-testid="archives">
        <h2>年底存档</h2>
        {archives.length === 0 ? <p className="muted">尚无存档。</p> : null}
        {archives.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>年度</th>
                <th>存档时间</th>
                <th className="num">记录条数</th>
                <th>文件及 SHA-256 校验值</th>
              </tr>
            </thead>
            <tbody>
              {archives.map((a) => (
                <tr key={a.id}>
                  <td>{a.year}年</td>
                  <td>{formatDateTime(a.closedAt)}</td>
                  <td className="num">{a.recordCount}</td>
                  <td>
                    <div>
                      <a href={`/records/archive/${a.year}/xlsx`}>服务记录本-{a.year}.xlsx</a>（{Math.round(a.xlsxBytes / 1024)} KB）
                      <div className="checksum">{a.xlsxSha256}</div>
                    </div>
                    <div>
                      <a href={`/records/archive/${a.year}/pdf`}>服务记录本-{a.year}.pdf</a>（{Math.round(a.pdfBytes / 1024)} KB）
                      <div className="checksum">{a.pdfSha256}</div>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {user.role === "stationHead" ? (
          closable.length > 0 ? (
            <CloseYearForm years={closable} />
          ) : null
        ) : (
          <p className="muted small">年底存档由站长办理。</p>
        )}
        <p className="small muted">
          存档后该年度的事项和记录不能再修改；下载的文件与存档时逐字节一致，可用校验值核对。<Link href="/matters?group=all">查看全部事项</Link>
        </p>
      </section>
    </>
  );
}
