import { ComplaintView } from "@bianmin/ui";
import { EscalatedComplaintActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One escalated complaint: what the station recorded and why it escalated, and the centre's answer and close (R-RUL-3). */
export default async function EscalatedComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const c = await orNotFound(api.complaint.escalatedGet({ complaintId: id }));
  return (
    <>
      <ComplaintView c={c} backLabel="投诉督办" />
      <section className="card">
        <h2>中心处理</h2>
        <p className="small muted">上报代办站：{c.villageName}</p>
        {c.mayHandle ? (
          <EscalatedComplaintActions key={c.version} complaintId={c.id} version={c.version} townshipReply={c.townshipReply} />
        ) : (
          <p className="muted">该投诉已办结。</p>
        )}
      </section>
    </>
  );
}
