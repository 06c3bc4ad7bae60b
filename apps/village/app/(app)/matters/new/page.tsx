import { IntakeWizard } from "@bianmin/ui/client";
import { server } from "@/server";

/** 登记便民服务事项. */
export default async function NewMatterPage() {
  const { api } = await server.api();
  const [items, att] = await Promise.all([api.catalog.list(), api.attendance.status()]);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return (
    <>
      <h1>登记便民服务事项</h1>
      <IntakeWizard items={items} staff={att.staff.map((s) => ({ userId: s.userId, name: s.name }))} today={today} onDuty={att.me.onDuty} />
    </>
  );
}
