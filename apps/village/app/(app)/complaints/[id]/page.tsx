import { ComplaintView } from "@bianmin/ui";
import { ComplaintActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/** One complaint with the handle / reply / close / escalate forms for the handler or the head (R-RUL-3). */
export default async function ComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const c = await orNotFound(api.complaint.get({ complaintId: id }));
  return (
    <>
      <ComplaintView c={c} />
      <section className="card">
        <h2>处理</h2>
        {c.status === "closed" ? (
          <p className="muted">该投诉已办结。</p>
        ) : c.status === "escalated" ? (
          <p className="muted">该投诉已上报乡镇（街道）便民服务中心，由中心答复并办结。</p>
        ) : c.mayHandle ? (
          <ComplaintActions key={c.version} complaintId={c.id} version={c.version} available={c.available} needsEscalation={c.needsEscalation && c.available.length > 0} />
        ) : (
          <p className="muted">投诉由站长或本站指定的投诉处理人处理。</p>
        )}
      </section>
    </>
  );
}
