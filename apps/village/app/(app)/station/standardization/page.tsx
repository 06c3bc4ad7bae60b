import Link from "next/link";
import { ChecklistFacts, ChecklistItems, ChecklistReviewNote } from "@bianmin/ui";
import { ChecklistForm } from "@bianmin/ui/client";
import { server } from "@/server";

/** 规范化建设 (R-ORG-5): the station head fills the checklist and submits it; the centre confirms or sends it back. */
export default async function StandardizationPage() {
  const { api } = await server.api();
  const { station, checklist, mayEdit } = await api.standardization.mine();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/station">本站</Link> › 规范化建设
      </p>
      <h1>规范化建设检查表</h1>
      <section className="card">
        <h2>{station.name}</h2>
        <p className="muted">
          依据《关于加强村（社区）便民服务代办站建设的实施意见》（二七政文〔2009〕74号）第五部分“便民服务代办站工作要求”（一）至（六）逐项自查。全部达标后由站长提交乡镇（街道）便民服务中心确认，确认之日起代办站为规范运行。
        </p>
        <ChecklistFacts c={checklist} />
      </section>
      <ChecklistReviewNote c={checklist} />
      {checklist.status === "submitted" ? (
        <div className="alert warn" role="status">
          检查表已提交，正在等待便民服务中心确认，暂不能修改。
        </div>
      ) : null}
      <section className="card">
        <h2>检查项</h2>
        {mayEdit ? (
          <ChecklistForm key={checklist.version} version={checklist.version} items={checklist.items} areaM2={checklist.areaM2} />
        ) : (
          <>
            {checklist.status === "draft" || checklist.status === "returned" ? <p className="muted">检查表由站长填写和提交。</p> : null}
            <ChecklistItems c={checklist} />
          </>
        )}
      </section>
    </>
  );
}
