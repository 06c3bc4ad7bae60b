import Link from "next/link";
import { InspectionForm } from "@bianmin/ui/client";
import { server } from "@/server";

/** 录入明察暗访 (R-SUP-2): for the efficiency centre's inspectors and the approval centre's assessors. */
export default async function NewInspectionPage() {
  const { api } = await server.api();
  const c = await api.inspection.stationChoices();
  return (
    <>
      <p>
        <Link href="/inspections">← 明察暗访</Link>
      </p>
      <h1>录入明察暗访</h1>
      {c.centerLabel ? (
        <InspectionForm townships={c.townships} today={c.today} centerLabel={c.centerLabel} />
      ) : (
        <p className="alert warn">只有区行政效能中心督查人员或区行政审批中心考核人员可以录入明察暗访。</p>
      )}
    </>
  );
}
