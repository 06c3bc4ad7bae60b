"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { FormButtons } from "./FormButtons";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

const TEXT = {
  report: { button: "报告整改情况", field: "整改情况", path: "report", hint: "写明采取的整改措施和结果" },
  confirm: { button: "确认整改到位", field: "确认意见", path: "note", hint: "写明核实方式和情况（如现场核实、电话回访）" },
} as const;

/**
 * One act on a rectification (R-SUP-2): the station head reports it done, or the township centre confirms it
 * (a reported one, or an open one verified on site). The version seen is sent; a stale one is refused.
 */
export function RectificationActions({ id, version, act }: { id: string; version: number; act: "report" | "confirm" }) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const t = TEXT[act];
  if (!open) {
    return (
      <button
        type="button"
        className="btn primary"
        onClick={() => {
          setOpen(true);
          setFailure(null);
        }}
      >
        {t.button}
      </button>
    );
  }
  return (
    <form
      aria-label={t.button}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const call = act === "report" ? () => trpc.inspection.reportRectification.mutate({ id, expectedVersion: version, report: text }) : () => trpc.inspection.confirmRectification.mutate({ id, expectedVersion: version, note: text });
        void run(call).then((r) => {
          if (r) setOpen(false);
        });
      }}
    >
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor={`rect-${act}-${id}`}>{t.field}</label>
        <textarea id={`rect-${act}-${id}`} rows={3} maxLength={500} placeholder={t.hint} value={text} onChange={(e) => setText(e.target.value)} />
        <FieldError failure={failure} path={t.path} />
      </div>
      <FormButtons busy={busy} label={t.button} onCancel={() => setOpen(false)} />
    </form>
  );
}
