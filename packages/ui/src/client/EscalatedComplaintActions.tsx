"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";
import { FormButtons } from "./FormButtons";

type Act = "reply" | "close";
const LABELS: Record<Act, string> = { reply: "答复投诉人", close: "办结投诉" };

/**
 * The township centre's acts on an escalated complaint (R-RUL-3): answer the complainant (the complaint stays
 * with the centre), or close it with the answer and the result. The version seen is sent with the act.
 */
export function EscalatedComplaintActions({ complaintId, version, townshipReply }: { complaintId: string; version: number; townshipReply: string | null }) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState<Act | null>(null);
  const [reply, setReply] = useState("");
  const [result, setResult] = useState("");

  function start(act: Act) {
    setOpen(act);
    setFailure(null);
    setReply(townshipReply ?? "");
    setResult("");
  }

  function submit(act: Act) {
    const call =
      act === "reply"
        ? () => trpc.complaint.replyEscalated.mutate({ complaintId, expectedVersion: version, townshipReply: reply })
        : () => trpc.complaint.closeEscalated.mutate({ complaintId, expectedVersion: version, townshipReply: reply, result });
    void run(call).then((r) => {
      if (r) setOpen(null);
    });
  }

  return (
    <div data-testid="escalated-actions">
      <div className="action-buttons">
        {(["reply", "close"] as const).map((a) => (
          <button key={a} type="button" className={`btn${a === "close" ? " primary" : ""}${open === a ? " active" : ""}`} onClick={() => start(a)}>
            {LABELS[a]}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="card"
          aria-label={LABELS[open]}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(open);
          }}
        >
          <h3>{LABELS[open]}</h3>
          <FormError failure={failure} />
          <div className="field">
            <label htmlFor="township-reply">中心答复</label>
            <textarea id="township-reply" rows={3} maxLength={1000} value={reply} onChange={(e) => setReply(e.target.value)} />
            <FieldError failure={failure} path="townshipReply" />
          </div>
          {open === "close" ? (
            <div className="field">
              <label htmlFor="township-result">处理结果</label>
              <textarea id="township-result" rows={3} maxLength={1000} value={result} onChange={(e) => setResult(e.target.value)} />
              <FieldError failure={failure} path="result" />
            </div>
          ) : null}
          <FormButtons busy={busy} label={`确认${LABELS[open]}`} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
    </div>
  );
}
