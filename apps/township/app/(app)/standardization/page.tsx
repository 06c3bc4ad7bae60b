import { ChecklistTable } from "@bianmin/ui";
import { server } from "@/server";

/** 规范化建设 (R-ORG-5): every station of the township with its checklist; submitted ones wait for the centre. */
export default async function StandardizationListPage() {
  const { api } = await server.api();
  const rows = await api.standardization.list();
  return (
    <>
      <h1>规范化建设</h1>
      <section className="card">
        <p className="muted">各代办站按《关于加强村（社区）便民服务代办站建设的实施意见》第五部分“便民服务代办站工作要求”（一）至（六）自查并提交检查表，由本中心确认达标后计入建设进度；不达标的退回整改。</p>
        <ChecklistTable rows={rows} href={(id) => `/standardization/${id}`} />
      </section>
    </>
  );
}
