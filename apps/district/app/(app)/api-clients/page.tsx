import { headers } from "next/headers";
import { formatDateTime } from "@bianmin/ui";
import { ApiClientIssueForm, ApiClientRevokeButton } from "@bianmin/ui/client";
import { server } from "@/server";

/** Where this console is reached, for the endpoint address in the how-to. */
async function origin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3003"}`;
}

/** 开放接口 (R-API-1): the systems that file online applications through Open311, their keys, and how to call it. */
export default async function ApiClientsPage() {
  const { api, user } = await server.api();
  const isAdmin = user.role === "districtAdmin";
  const clients = isAdmin ? await api.apiClient.list() : [];
  const endpoint = `${await origin()}/open311/v2`;
  return (
    <>
      <h1>开放接口（Open311）</h1>
      <p className="muted">
        热线、手机应用、县级平台等其他渠道按 Open311 GeoReport v2 国际通行标准接入：查询事项目录和办理进度无须密钥；代群众提交网上申请须使用区行政审批中心签发的密钥（api_key）。网上申请进入所在村（社区）代办站的事项队列，标为「网上申请」，由代办员核验材料后受理。
      </p>
      {isAdmin ? (
        <>
          <section className="card">
            <h2>接入系统</h2>
            {clients.length === 0 ? (
              <p className="muted">还没有接入系统。</p>
            ) : (
              <table className="table" data-testid="api-clients">
                <thead>
                  <tr>
                    <th>接入系统</th>
                    <th>联系人及电话</th>
                    <th>密钥前缀</th>
                    <th>签发</th>
                    <th>网上申请</th>
                    <th>状态</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {clients.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td>{c.contact ?? "—"}</td>
                      <td className="nowrap">
                        <code>{c.keyPrefix}…</code>
                      </td>
                      <td className="nowrap">
                        {c.createdByName} · {formatDateTime(c.createdAt)}
                      </td>
                      <td className="nowrap">{c.requestCount} 件</td>
                      <td className="nowrap">{c.revokedAt ? `已于 ${formatDateTime(c.revokedAt)} 吊销` : <span className="tag">有效</span>}</td>
                      <td className="nowrap">{c.revokedAt ? null : <ApiClientRevokeButton id={c.id} name={c.name} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card">
            <h2>签发密钥</h2>
            <p className="muted small">每个接入系统一个密钥。密钥签发时只显示一次，系统只保存其摘要；遗失或泄露时请吊销后重新签发。</p>
            <ApiClientIssueForm />
          </section>
        </>
      ) : (
        <p className="alert warn">接入系统的密钥由系统管理员签发和吊销。</p>
      )}
      <section className="card" data-testid="open311-howto">
        <h2>调用说明</h2>
        <p>
          接口地址：<code>{endpoint}</code>（每个接口都有 <code>.json</code> 和 <code>.xml</code> 两种格式，时间均为北京时间 +08:00）
        </p>
        <ul>
          <li>
            <code>GET {endpoint}/discovery.json</code>：接口说明和联系方式
          </li>
          <li>
            <code>GET {endpoint}/services.json</code>：可网上申请的事项（service_code 即事项编码）
          </li>
          <li>
            <code>GET {endpoint}/services/ZZ-012.json</code>：事项所需材料（attribute，回答 yes 或 no）和办理须知
          </li>
          <li>
            <code>POST {endpoint}/requests.json</code>：提交网上申请（表单提交，须带 api_key；jurisdiction_id 为村（社区）12位区划代码）
          </li>
          <li>
            <code>GET {endpoint}/requests/申请编号.json?extensions=true</code>：办理进度、承诺办结时间（expected_datetime）和办理经过
          </li>
        </ul>
        <pre className="small" style={{ whiteSpace: "pre-wrap" }}>{`curl -X POST ${endpoint}/requests.json \\
  --data-urlencode api_key=您的密钥 \\
  --data-urlencode jurisdiction_id=410103100202 \\
  --data-urlencode service_code=ZZ-012 \\
  --data-urlencode last_name=刘 --data-urlencode first_name=秀兰 \\
  --data-urlencode phone=13903718765 \\
  --data-urlencode address_string=二七区马寨镇王庄村3组12号 \\
  --data-urlencode 'attribute[m1]=yes' --data-urlencode 'attribute[m2]=yes'`}</pre>
      </section>
    </>
  );
}
