import type { StationPublicData } from "./StationPublicTypes";
import { WorkflowChart } from "./WorkflowChart";
import { WorkRulesList } from "./WorkRulesList";
import "./StationPublic.css";

/**
 * The wall poster every station displays (R-CAT-4, R-ORG-5): its name in large type, the workflow chart, the
 * work rules, the staff with duties and phones, and the complaint hotlines; an A3 portrait sheet.
 * `qrSvg` is the <svg> string of the public page's address (from the qrcode library, not user input).
 */
export function StationPoster({ data, qrSvg }: { data: StationPublicData; qrSvg: string }) {
  const { station } = data;
  return (
    <article className="poster" data-testid="station-poster">
      <header className="poster-title">
        <h1>{station.name}</h1>
        <p>
          <span>办公时间：{station.officeHours}</span>
          <span>地址：{station.address}</span>
          <span>电话：{station.phone}</span>
        </p>
      </header>
      <h2>办事流程</h2>
      <WorkflowChart compact />
      <div className="poster-cols">
        <section>
          <h2>工作制度</h2>
          <WorkRulesList rules={data.workRules} serviceRecord={data.serviceRecord} className="poster-rules" />
        </section>
        <section>
          <h2>服务人员及岗位职责</h2>
          <table>
            <thead>
              <tr>
                <th>姓名</th>
                <th>岗位</th>
                <th>岗位职责及归口事项</th>
                <th>联系电话</th>
              </tr>
            </thead>
            <tbody>
              {data.staff.map((s) => (
                <tr key={s.badgeNo}>
                  <td style={{ whiteSpace: "nowrap" }}>{s.name}</td>
                  <td style={{ whiteSpace: "nowrap" }}>{s.roleLabel}</td>
                  <td>
                    {s.duties}
                    {s.items.length > 0 ? `；归口：${s.items.join("、")}` : ""}
                  </td>
                  <td style={{ whiteSpace: "nowrap" }}>{s.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>投诉举报</h2>
          <p>
            站内设投诉意见箱。{data.complaintHandler ? `本站投诉处理人：${data.complaintHandler}。` : ""}
            遇到不文明服务或不合理要求，请拨打：
          </p>
          <table className="poster-hotlines">
            <tbody>
              {data.hotlines.map((h) => (
                <tr key={h.name}>
                  <th>{h.name}</th>
                  <td className="phone">{h.phone}</td>
                  <td>{h.address}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="poster-qr">
            {/* the svg string comes from the qrcode library, not from user input */}
            <div className="poster-qr-code" dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <p>
              扫码查看办事指南、网上投诉、查询办理进度
              <br />
              <span className="small">{data.pageUrl}</span>
            </p>
          </div>
        </section>
      </div>
      <p className="poster-foot">为民代办 · 无偿服务 · 限时办结 —— 代办服务一律免费，只收取法律法规规定的费用</p>
    </article>
  );
}
