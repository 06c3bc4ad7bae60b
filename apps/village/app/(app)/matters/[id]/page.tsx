import Link from "next/link";
import { MatterView } from "@bianmin/ui";
import { MatterActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

const DONE: Record<string, string> = {
  accept: "已受理。请打印收件回执单交给申请人。",
  requestSupplement: "已出具补交材料清单。请打印交给申请人，材料补齐后即可受理。",
  reject: "已退回。请打印退回通知交给申请人。",
  refer: "已告知。请打印告知单交给申请人。",
};

/** 事项详情: timeline, custody, deadline, documents to print, and the acts legal now. */
export default async function MatterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const { done } = await searchParams;
  const { api, user } = await server.api();
  const m = await orNotFound(api.matter.get({ matterId: id }));
  const s = m.state;
  const documents = (
    <div className="action-buttons no-print" data-testid="documents">
      {done && DONE[done] ? <p className="alert ok">{DONE[done]}</p> : null}
      {m.receiptNo ? (
        <>
          <Link className="btn" href={`/matters/${m.id}/receipt?size=A5`}>
            打印收件回执单（A5）
          </Link>
          <Link className="btn" href={`/matters/${m.id}/receipt?size=A4`}>
            打印收件回执单（A4）
          </Link>
          <a className="btn" href={`/matters/${m.id}/receipt.pdf?size=A5`}>
            下载回执 PDF
          </a>
        </>
      ) : null}
      {s.supplementNotice ? (
        <Link className="btn" href={`/matters/${m.id}/notice?kind=supplement`}>
          打印补交材料清单
        </Link>
      ) : null}
      {s.rejection || s.referral ? (
        <Link className="btn" href={`/matters/${m.id}/notice?kind=decision`}>
          打印{s.rejection ? "退回通知" : "告知单"}
        </Link>
      ) : null}
    </div>
  );
  return (
    <>
      <div className="breadcrumb no-print">
        <Link href="/matters">← 事项队列</Link>
      </div>
      <MatterView
        m={m}
        documents={documents}
        actions={
          <MatterActions
            matterId={m.id}
            version={m.version}
            available={m.available}
            missing={s.missing}
            responsibleOptions={m.responsibleOptions.map((r) => ({ userId: r.userId, name: r.name }))}
            staff={m.staff.map((r) => ({ userId: r.userId, name: r.name }))}
            defaultReceivedBy={s.applicant?.name ?? ""}
            receivesHandover={s.handoverPending && s.responsibleAgent?.id === user.id}
          />
        }
      />
    </>
  );
}
