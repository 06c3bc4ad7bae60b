import Link from "next/link";
import { server } from "@/server";

/** 全区概况: townships with their village and station counts, and the two district centres. */
export default async function DistrictPage() {
  const { api } = await server.api();
  const d = await api.org.districtOverview();
  const sum = (k: "villageCount" | "stationCount" | "operatingCount") => d.townships.reduce((n, t) => n + t[k], 0);
  return (
    <>
      <section className="card">
        <h1 data-testid="district-name">{d.name}便民服务网络</h1>
        <p className="muted">区划代码 {d.code}</p>
        <div className="grid">
          {[d.approvalCenter, d.efficiencyCenter].map((c) =>
            c ? (
              <div key={c.id}>
                <h3>{c.name}</h3>
                <dl className="facts">
                  <dt>地址</dt>
                  <dd>{c.address}</dd>
                  <dt>电话</dt>
                  <dd>{c.phone}</dd>
                  <dt>投诉电话</dt>
                  <dd>{c.complaintPhone}</dd>
                </dl>
              </div>
            ) : null,
          )}
        </div>
      </section>
      <section className="card">
        <h2>乡镇（街道）代办站建设情况</h2>
        <table className="table" data-testid="township-table">
          <thead>
            <tr>
              <th>区划代码</th>
              <th>乡镇（街道）</th>
              <th>类型</th>
              <th className="num">村（社区）</th>
              <th className="num">已建代办站</th>
              <th className="num">规范运行</th>
              <th className="num">运行率</th>
            </tr>
          </thead>
          <tbody>
            {d.townships.map((t) => (
              <tr key={t.id}>
                <td>{t.code}</td>
                <td>
                  <Link href={`/townships/${t.id}`}>{t.name}</Link>
                </td>
                <td>{t.kind === "town" ? "乡镇" : "街道办事处"}</td>
                <td className="num">{t.villageCount}</td>
                <td className="num">{t.stationCount}</td>
                <td className="num">{t.operatingCount}</td>
                <td className="num">{t.villageCount ? `${Math.round((t.operatingCount / t.villageCount) * 100)}%` : "—"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>全区合计</td>
              <td className="num">{sum("villageCount")}</td>
              <td className="num">{sum("stationCount")}</td>
              <td className="num">{sum("operatingCount")}</td>
              <td className="num">{sum("villageCount") ? `${Math.round((sum("operatingCount") / sum("villageCount")) * 100)}%` : "—"}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}
