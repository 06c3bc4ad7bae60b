"use client";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 取消值班 (station head). */
export function DutyRemoveButton({ dutyId, label }: { dutyId: string; label: string }) {
  const { busy, failure, run } = useAction();
  return (
    <>
      <FormError failure={failure} />
      <button type="button" className="btn" style={{ minHeight: 32, padding: "0.1rem 0.6rem", fontSize: "0.85rem" }} aria-label={label} disabled={busy} onClick={() => run(() => trpc.reception.removeDuty.mutate({ dutyId }))}>
        取消
      </button>
    </>
  );
}
