import Link from "next/link";
import { formatDate } from "../format";
import type { StationViewData } from "../types";

function StatusTag({ status, since }: { status: string | null; since: string | null }) {
  if (status === "operating") return <span className="tag ok">已规范运行（{formatDate(since)}起）</span>;
  if (status === "building") return <span className="tag warn">建设中</span>;
  return <span className="tag bad">未建站</span>;
}

/** A station: derived name, facts, head, leading group, agents with their 归口 items, and uncovered items. */
export function StationView({ station, itemNames, catalogHref = "/catalog" }: { station: StationViewData; itemNames: Record<string, string>; catalogHref?: string }) {
  return (
    <>
      <section className="card">
        <h1 data-testid="station-name">{station.name}</h1>
        <p>
          <StatusTag status={station.status} since={station.operatingSince} />
        </p>
        <dl className="facts">
          <dt>办公地点</dt>
          <dd>{station.address}</dd>
          <dt>联系电话</dt>
          <dd>{station.phone}</dd>
          <dt>办公时间</dt>
          <dd>{station.officeHours}</dd>
          <dt>办公面积</dt>
          <dd>{station.areaM2 ? `${station.areaM2} 平方米` : "—"}</dd>
          <dt>站长</dt>
          <dd>{station.head ? `${station.head.name}（${station.head.phone}）` : "未设置"}</dd>
        </dl>
      </section>

      {station.itemsWithoutResponsibleAgent.length > 0 ? (
        <div className="alert warn" role="status" data-testid="uncovered-items">
          <strong>以下事项尚无归口代办员，请站长在代办站“本站”页面的“调整归口事项”中尽快指定：</strong>
          <div>
            {station.itemsWithoutResponsibleAgent.map((i) => (
              <span key={i.code} className="tag warn">
                {i.code} {i.name}
              </span>
            ))}
          </div>
        </div>
      ) : (
        <div className="alert ok" role="status">
          所有事项均已有归口代办员。
        </div>
      )}

      <section className="card">
        <h2>代办员及归口事项</h2>
        <table className="table">
          <thead>
            <tr>
              <th>姓名</th>
              <th>岗位</th>
              <th>工牌号</th>
              <th>联系电话</th>
              <th>归口事项</th>
            </tr>
          </thead>
          <tbody>
            {station.staff.map((s) => (
              <tr key={s.agentId}>
                <td className="nowrap">{s.name}</td>
                <td className="nowrap">{s.isHead ? "站长" : "代办员"}</td>
                <td className="nowrap">{s.badgeNo}</td>
                <td className="nowrap">{s.phone}</td>
                <td>
                  {s.scope.length === 0 ? <span className="muted">无</span> : null}
                  {s.scope.map((code) => (
                    <Link key={code} href={`${catalogHref}/${code}`} className="tag">
                      {itemNames[code] ?? code}
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card">
        <h2>便民服务工作领导小组</h2>
        <table className="table">
          <thead>
            <tr>
              <th>姓名</th>
              <th>小组职务</th>
              <th>职务</th>
            </tr>
          </thead>
          <tbody>
            {station.leadingGroup.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.groupRole}</td>
                <td>{m.position}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
