"use client";
import { useState } from "react";
import { CorrectionForm } from "./AssessmentActions";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

interface Props {
  id: string;
  rowVersion: number;
  status: "draft" | "confirmed";
  poor: boolean;
  handlingNote: string | null;
  mayCorrect: boolean;
}

/** What the district assessor may do with a station's half-year result: record the handling of a poor result, confirm a draft, correct a confirmed one (R-ASM-2, R-ASM-3). */
export function StationAssessmentActions(p: Props) {
  return (
    <div className="grid" data-testid="station-assessment-actions">
      {p.poor ? <HandlingForm {...p} /> : null}
      {p.status === "draft" ? <ConfirmForm {...p} /> : p.mayCorrect ? <CorrectionForm id={p.id} kind="station" /> : <p className="muted">本版本已确认归档，不能修改。</p>}
    </div>
  );
}

function HandlingForm({ id, rowVersion, handlingNote }: Props) {
  const { busy, failure, run } = useAction();
  const [note, setNote] = useState(handlingNote ?? "");
  return (
    <form
      className="card"
      aria-label="处理情况"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.assessment.recordHandling.mutate({ id, version: rowVersion, note }));
      }}
    >
      <h3>处理情况</h3>
      <p className="small muted">本站考核结果低于合格线，请记录对其采取的措施（约谈、通报、限期整改等）及整改情况。</p>
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor="handling-note">处理情况</label>
        <textarea id="handling-note" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        <FieldError failure={failure} path="note" />
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在保存…" : "保存处理情况"}
      </button>
    </form>
  );
}

function ConfirmForm({ id, rowVersion }: Props) {
  const { busy, failure, run } = useAction();
  return (
    <form
      className="card"
      aria-label="确认考核结果"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.assessment.halfYearConfirm.mutate({ id, version: rowVersion }));
      }}
    >
      <h3>确认考核结果</h3>
      <p className="small muted">确认后结果归档、不能再重新计算；如需更正，须另建更正版本并说明理由。</p>
      <FormError failure={failure} />
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在确认…" : "确认并归档"}
      </button>
    </form>
  );
}
