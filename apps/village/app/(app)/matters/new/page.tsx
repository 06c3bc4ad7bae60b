import { IntakeWizard } from "@bianmin/ui/client";
import type { ReceptionPrefill } from "@bianmin/ui/client";
import { attempt } from "@bianmin/ui/server";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** 登记便民服务事项; opened from a cadre reception (?reception=…&request=i) the visitor and the request are filled in. */
export default async function NewMatterPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const { api } = await server.api();
  const [items, att] = await Promise.all([api.catalog.list(), api.attendance.status()]);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const receptionId = one(sp.reception);
  const requestIndex = Number(one(sp.request));
  let fromReception: ReceptionPrefill | undefined;
  if (receptionId && Number.isInteger(requestIndex)) {
    const r = await attempt(api.reception.get({ receptionId }));
    const request = r.ok ? r.value.requests[requestIndex] : undefined;
    if (r.ok && request && !request.matterId) {
      const visitor = r.value.visitors.split(/[、，,；;\s]+/).find(Boolean) ?? "";
      fromReception = { receptionId, requestIndex, applicantName: visitor.slice(0, 50), note: `干部接待诉求（${r.value.cadreName}）：${request.text}`.slice(0, 500) };
    }
  }
  return (
    <>
      <h1>登记便民服务事项</h1>
      <IntakeWizard items={items} staff={att.staff.map((s) => ({ userId: s.userId, name: s.name }))} today={today} onDuty={att.me.onDuty} fromReception={fromReception} />
    </>
  );
}
