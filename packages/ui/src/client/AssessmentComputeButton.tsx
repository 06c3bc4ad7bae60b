"use client";
import { useState } from "react";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/**
 * Compute the drafts of a closed period — every agent of the township (bimonthly), or every station of the district
 * (half-year, kind "station"); confirmed results are left as they are (R-ASM-1, R-ASM-2, R-ASM-3).
 */
export function AssessmentComputeButton({ periodKey, closed, computed, kind = "agent" }: { periodKey: string; closed: boolean; computed: boolean; kind?: "agent" | "station" }) {
  const who = kind === "station" ? { unit: "个", subject: "代办站" } : { unit: "人", subject: "代办员" };
  const { busy, failure, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  if (!closed) return <p className="muted small">本考核期尚未结束，结束后才能计算考核结果。</p>;
  return (
    <div data-testid="assessment-compute">
      <FormError failure={failure} />
      {done ? (
        <p className="alert ok" role="status">
          {done}
        </p>
      ) : null}
      <button
        type="button"
        className="btn primary"
        disabled={busy}
        onClick={() => {
          setDone(null);
          void run(() => (kind === "station" ? trpc.assessment.computeHalfYear.mutate({ periodKey }) : trpc.assessment.compute.mutate({ periodKey }))).then((r) => {
            if (!r) return;
            setDone(
              r.created + r.recomputed + r.kept === 0
                ? kind === "station"
                  ? "本区还没有代办站，无需考核。"
                  : "本考核期没有需要考核的代办员：账号开通和首次签到都晚于考核期结束的人员不参加本期考核。"
                : `已计算：新建 ${r.created} ${who.unit}，重新计算草稿 ${r.recomputed} ${who.unit}${r.kept ? `，已确认的 ${r.kept} ${who.unit}保持不变` : ""}。`,
            );
          });
        }}
      >
        {busy ? "正在计算…" : computed ? "按最新记录重新计算草稿" : "计算本期考核结果"}
      </button>
    </div>
  );
}
