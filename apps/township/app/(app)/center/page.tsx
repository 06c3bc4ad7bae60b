import { VillageTable } from "@bianmin/ui";
import { server } from "@/server";

/** 本中心: the township centre, its windows with their items, and its villages' stations. */
export default async function CenterPage() {
  const { api } = await server.api();
  const center = await api.org.myCenter();
  return (
    <>
      <section className="card">
        <h1 data-testid="center-name">{center.name}</h1>
        <dl className="facts">
          <dt>区划代码</dt>
          <dd>{center.townshipCode}</dd>
          <dt>地址</dt>
          <dd>{center.address}</dd>
          <dt>咨询电话</dt>
          <dd>{center.phone}</dd>
          <dt>投诉电话</dt>
          <dd>{center.complaintPhone}</dd>
          <dt>办公时间</dt>
          <dd>{center.officeHours}</dd>
        </dl>
      </section>
      <section className="card">
        <h2>窗口及受理事项</h2>
        <table className="table" data-testid="window-table">
          <thead>
            <tr>
              <th>窗口</th>
              <th>受理事项</th>
            </tr>
          </thead>
          <tbody>
            {center.windows.map((w) => (
              <tr key={w.id}>
                <td>
                  {w.number}号 {w.name}
                </td>
                <td>
                  {w.items.map((i) => (
                    <a key={i.code} className="tag" href={`/catalog/${i.code}`}>
                      {i.name}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>所辖村（社区）及代办站</h2>
        <VillageTable villages={center.villages} stationHref={(id) => `/stations/${id}`} />
      </section>
    </>
  );
}
