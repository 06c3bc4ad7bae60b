"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { FormButtons } from "./FormButtons";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/**
 * 停用 / 重新启用 an item (R-CAT-2), for the system administrator, with the reason: a stopped item leaves the
 * agents' catalogue and intake refuses it; matters already registered on it go on.
 */
export function ItemActiveForm({ code, active }: { code: string; active: boolean }) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const label = active ? "停用事项" : "重新启用";
  if (!open) {
    return (
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOpen(true);
          setFailure(null);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <form
      aria-label={label}
      noValidate
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.catalog.setActive.mutate({ code, active: !active, reason })).then((r) => {
          if (r) setOpen(false);
        });
      }}
    >
      <FormError failure={failure} />
      <p className="muted small">{active ? "停用后各代办站不能再登记该事项，已登记的事项继续办理至办结。" : "启用后各代办站可以重新登记该事项。"}</p>
      <div className="field">
        <label htmlFor={`item-active-${code}`}>{active ? "停用原因" : "启用说明"}</label>
        <input id={`item-active-${code}`} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        <FieldError failure={failure} path="reason" />
      </div>
      <FormButtons busy={busy} label={label} onCancel={() => setOpen(false)} />
    </form>
  );
}
