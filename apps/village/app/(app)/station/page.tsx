import Link from "next/link";
import { StationView } from "@bianmin/ui";
import { AgentScopeForm } from "@bianmin/ui/client";
import { server } from "@/server";

/** 我的代办站: the station's derived name, head, agents and their scopes, and items without an agent. */
export default async function MyStationPage() {
  const { api, user } = await server.api();
  const [station, items] = await Promise.all([api.org.myStation(), api.catalog.list()]);
  const itemNames = Object.fromEntries(items.map((i) => [i.code, i.name]));
  return (
    <>
      <StationView station={station} itemNames={itemNames} />
      {user.role === "stationHead" ? (
        <AgentScopeForm
          agents={station.staff.map((s) => ({ agentId: s.agentId, name: s.name, scope: s.scope }))}
          items={items.map((i) => ({ code: i.code, name: i.name, category: i.category }))}
          uncovered={station.itemsWithoutResponsibleAgent.map((i) => i.code)}
        />
      ) : null}
      <p className="big-link">
        <Link href="/station/standardization">规范化建设检查表 →</Link>
      </p>
      <p className="big-link">
        <Link href="/station/rectifications">明察暗访整改 →</Link>
      </p>
    </>
  );
}
