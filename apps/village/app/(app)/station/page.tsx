import Link from "next/link";
import { StationView } from "@bianmin/ui";
import { server } from "@/server";

/** 我的代办站: the station's derived name, head, agents and their scopes, and items without an agent. */
export default async function MyStationPage() {
  const { api } = await server.api();
  const [station, items] = await Promise.all([api.org.myStation(), api.catalog.list()]);
  const itemNames = Object.fromEntries(items.map((i) => [i.code, i.name]));
  return (
    <>
      <StationView station={station} itemNames={itemNames} />
      <p className="big-link">
        <Link href="/station/standardization">规范化建设检查表 →</Link>
      </p>
      <p className="big-link">
        <Link href="/station/rectifications">明察暗访整改 →</Link>
      </p>
    </>
  );
}
