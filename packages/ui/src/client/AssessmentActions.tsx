"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

type Decision = "reward" | "none" | "criticism";
const DECISIONS: { value: Decision; label: string }[] = [
  { value: "reward", label: "奖励" },
  { value: "none", label: "无奖惩" },
  { value: "criticism", label: "通报批评" },
];

interface Props {
  id: string;
  rowVersion: number;
  status: "draft" | "confirmed";
  teamScore: number | null;
  teamNote: string | null;
  mayCorrect: boolean;
}

/** What the township centre may still do with one version: score and confirm a draft, or correct a confirmed one (R-ASM-1, R-ASM-3). */
export function AssessmentActions(p: Props) {
  if (p.status === "confirmed") {
    return p.mayCorrect ? <CorrectionForm id={p.id} /> : <p className="muted">本版本已确认归档，不能修改。</p>;
  }
  return (
    <div className="grid" data-testid="assessment-actions">
      <TeamScoreForm {...p} />
      <ConfirmForm {...p} />
    </div>
  );
}

function TeamScoreForm({ id, rowVersion, teamScore, teamNote }: Props) {
  const { busy, failure, run } = useAction();
  const [score, setScore] = useState(teamScore === null ? "" : String(teamScore));
  const [note, setNote] = useState(teamNote ?? "");
  return (
    <form
      className="card"
      aria-label="考核小组评分"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.assessment.setTeamScore.mutate({ id, version: rowVersion, score: score.trim() === "" ? Number.NaN : Number(score), note }));
      }}
    >
      <h3>考核小组评分</h3>
      <p className="small muted">考核小组阅读本人自我评议、结合日常表现评分（0–100分），按细则折算计入总分。</p>
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor="team-score">评分（0–100）</label>
        <input id="team-score" type="number" min={0} max={100} step={1} inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} />
        <FieldError failure={failure} path="score" />
      </div>
      <div className="field">
        <label htmlFor="team-note">评分说明（可选）</label>
        <textarea id="team-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        <FieldError failure={failure} path="note" />
      </div>
      <div className="action-buttons">
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "正在保存…" : "保存评分并重新计分"}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void run(() => trpc.assessment.recompute.mutate({ id, version: rowVersion }))}>
          按最新记录重新计算
        </button>
      </div>
    </form>
  );
}

function ConfirmForm({ id, rowVersion, teamScore }: Props) {
  const { busy, failure, run } = useAction();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [note, setNote] = useState("");
  return (
    <form
      className="card"
      aria-label="确认考核结果"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!decision) return;
        void run(() => trpc.assessment.confirm.mutate({ id, version: rowVersion, decision, note }));
      }}
    >
      <h3>确认考核结果</h3>
      <p className="small muted">确认后结果归档、不能再修改；如需更正，须另建更正版本并说明理由。</p>
      {teamScore === null ? (
        <p className="alert warn" role="note">
          请先录入考核小组评分。
        </p>
      ) : null}
      <FormError failure={failure} />
      <fieldset className="field">
        <legend>奖惩决定</legend>
        <div className="choice-row">
          {DECISIONS.map((d) => (
            <label key={d.value} className={`choice${decision === d.value ? " on" : ""}`}>
              <span>
                <input type="radio" name="decision" value={d.value} checked={decision === d.value} onChange={() => setDecision(d.value)} /> {d.label}
              </span>
            </label>
          ))}
        </div>
        <FieldError failure={failure} path="decision" />
      </fieldset>
      <div className="field">
        <label htmlFor="decision-note">奖惩说明（奖励或通报批评时必填）</label>
        <textarea id="decision-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        <FieldError failure={failure} path="note" />
      </div>
      <button type="submit" className="btn primary" disabled={busy || !decision || teamScore === null}>
        {busy ? "正在确认…" : "确认并归档"}
      </button>
    </form>
  );
}

/** A correction of a confirmed result (an agent's bimonthly, or a station's half-year with kind "station"): a new linked draft version. */
export function CorrectionForm({ id, kind = "agent" }: { id: string; kind?: "agent" | "station" }) {
  const router = useRouter();
  const { busy, failure, run } = useAction();
  const [reason, setReason] = useState("");
  return (
    <form
      className="card"
      aria-label="更正考核结果"
      noValidate
      data-testid="assessment-correct"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => (kind === "station" ? trpc.assessment.halfYearCorrect.mutate({ id, reason }) : trpc.assessment.correct.mutate({ id, reason })),
          (r) => router.push(`/assessments/${r.id}`),
        );
      }}
    >
      <h3>更正考核结果</h3>
      <p className="small muted">更正不改动已确认的版本：按现有记录重新计算，生成与之关联的新版本草稿，{kind === "station" ? "经确认后归档" : "经评分、确认后归档"}。</p>
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor="correct-reason">更正理由</label>
        <textarea id="correct-reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <FieldError failure={failure} path="reason" />
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在创建…" : "创建更正版本"}
      </button>
    </form>
  );
}
