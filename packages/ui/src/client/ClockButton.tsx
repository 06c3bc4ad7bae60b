"use client";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 签到上岗 / 签退离岗 (R-RUL-5). */
export function ClockButton({ onDuty }: { onDuty: boolean }) {
  const { busy, failure, run } = useAction();
  return (
    <div>
      <FormError failure={failure} />
      {onDuty ? (
        <button type="button" className="btn" disabled={busy} onClick={() => run(() => trpc.attendance.clockOff.mutate())}>
          签退离岗
        </button>
      ) : (
        <button type="button" className="btn primary" disabled={busy} onClick={() => run(() => trpc.attendance.clockOn.mutate())}>
          签到上岗
        </button>
      )}
    </div>
  );
}
