"use client";
import { useState } from "react";
import type { ComplaintStationAct } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";
import { FormButtons } from "./FormButtons";

const ACTS: Record<ComplaintStationAct, { label: string; primary?: boolean; field?: { name: "reply" | "result" | "note"; label: string } }> = {
  handling: { label: "开始处理" },
  replied: { label: "答复投诉人", primary: true, field: { name: "reply", label: "答复内容" } },
  closed: { label: "办结", primary: true, field: { name: "result", label: "处理结果" } },
  escalate: { label: "上报便民服务中心", field: { name: "note", label: "上报说明" } },
};

/** The acts the handler or head may take on a complaint now, each with its small form; the version seen is sent. */
export function ComplaintActions({ complaintId, version, available, needsEscalation }: { complaintId: string; version: number; available: ComplaintStationAct[]; needsEscalation: boolean }) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState<ComplaintStationAct | null>(null);
  const [text, setText] = useState("");

  function submit(act: ComplaintStationAct) {
    const call =
      act === "escalate"
        ? () => trpc.complaint.escalate.mutate({ complaintId, expectedVersion: version, note: text })
        : () => trpc.complaint.handle.mutate({ complaintId, expectedVersion: version, status: act, ...(act === "replied" ? { reply: text } : act === "closed" ? { result: text } : {}) });
    void run(call).then((r) => {
      if (r) setOpen(null);
    });
  }

  if (available.length === 0) return <p className="muted">当前没有需要代办站办理的操作。</p>;
  return (
    <div data-testid="complaint-actions">
      {needsEscalation ? (
        <div className="alert warn" role="note">
          重大投诉和涉及其他单位的投诉须上报乡镇（街道）便民服务中心，由中心答复并办结，代办站不能自行办结。
        </div>
      ) : null}
      <div className="action-buttons">
        {available.map((a) => (
          <button
            key={a}
            type="button"
            className={`btn${ACTS[a].primary ? " primary" : ""}${open === a ? " active" : ""}`}
            onClick={() => {
              setOpen(a);
              setText("");
              setFailure(null);
            }}
          >
            {ACTS[a].label}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="card"
          aria-label={ACTS[open].label}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(open);
          }}
        >
          <h3>{ACTS[open].label}</h3>
          <FormError failure={failure} />
          {ACTS[open].field ? (
            <div className="field">
              <label htmlFor={`a-${open}`}>{ACTS[open].field.label}</label>
              <textarea id={`a-${open}`} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
              <FieldError failure={failure} path={ACTS[open].field.name} />
            </div>
          ) : null}
          <FormButtons busy={busy} label={`确认${ACTS[open].label}`} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
    </div>
  );
}
