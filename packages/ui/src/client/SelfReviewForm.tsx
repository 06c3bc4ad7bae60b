"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

const MIN = 20;
const MAX = 2000;

/** 自我评议 of the previous bimonthly period (R-ASM-1): written and revised until the deadline. */
export function SelfReviewForm({ periodKey, initial, open }: { periodKey: string; initial: string; open: boolean }) {
  const { busy, failure, run } = useAction();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(false);
  const length = text.trim().length;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void run(() => trpc.selfReview.submit.mutate({ periodKey, text }), () => setSaved(true));
      }}
      noValidate
      data-testid="self-review-form"
    >
      <FormError failure={failure} />
      {saved ? (
        <p className="alert ok" role="status">
          自我评议已保存。截止前仍可修改。
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="sr-text">自我评议（出勤和遵守制度、工作数量、质量、效率和效果，{MIN}–{MAX}字）</label>
        <textarea id="sr-text" style={{ minHeight: 220 }} value={text} onChange={(e) => setText(e.target.value)} maxLength={MAX} disabled={!open} />
        <span className={`small ${length > 0 && length < MIN ? "field-error" : "muted"}`}>
          已写 {length} 字{length > 0 && length < MIN ? `，至少还需 ${MIN - length} 字` : ""}
        </span>
        <FieldError failure={failure} path="text" />
      </div>
      {open ? (
        <button type="submit" className="btn primary big" disabled={busy}>
          {initial ? "保存修改" : "提交自我评议"}
        </button>
      ) : null}
    </form>
  );
}
