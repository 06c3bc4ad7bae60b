import Link from "next/link";
import { FOLLOW_UP_STEPS } from "@bianmin/domain";
import { MatterView } from "@bianmin/ui";
import { MatterActions } from "@bianmin/ui/client";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

/**
 * 事项详情 for the township centre: the whole timeline and custody chain of a matter of its township, and the acts
 * the rules allow this user now (window: receive, pause, resume, complete, return; follow-up: record, close).
 */
export default async function TownshipMatterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { api } = await server.api();
  const m = await orNotFound(api.matter.get({ matterId: id }));
  const s = m.state;
  return (
    <>
      <div className="breadcrumb no-print">
        {s.followUp ? (
          <Link href="/follow-ups">← 整改回访</Link>
        ) : s.window ? (
          <Link href="/window">← 窗口收件</Link>
        ) : (
          <Link href={`/stations/${m.stationId}`}>← 代办站在办事项</Link>
        )}
      </div>
      <MatterView
        m={m}
        actions={
          <MatterActions
            matterId={m.id}
            version={m.version}
            available={m.available}
            missing={s.missing}
            responsibleOptions={[]}
            staff={[]}
            defaultReceivedBy={s.applicant?.name ?? ""}
            nextFollowUpStep={s.followUp ? (FOLLOW_UP_STEPS[s.followUp.steps.length] ?? null) : null}
          />
        }
      />
    </>
  );
}
