import Link from "next/link";
import { RectificationTable } from "@bianmin/ui";
import { RectificationActions } from "@bianmin/ui/client";
import { server } from "@/server";

/** 整改事项 (R-SUP-2): what the district's inspections required of this station; the head reports each as done. */
export default async function StationRectificationsPage() {
  const { api } = await server.api();
  const { rows, mayReport } = await api.inspection.stationRectifications();
  return (
    <>
      <p>
        <Link href="/station">← 我的代办站</Link>
      </p>
      <h1>明察暗访整改</h1>
      <p className="muted">区明察暗访发现的问题须在期限内整改到位。{mayReport ? "整改完成后请报告整改情况，由乡镇（街道）便民服务中心核实确认。" : "整改情况由站长报告。"}</p>
      <section className="card">
        <RectificationTable rows={rows} showVillage={false} act={mayReport ? (r) => (r.status === "open" ? <RectificationActions key={r.version} id={r.id} version={r.version} act="report" /> : null) : undefined} />
      </section>
    </>
  );
}
