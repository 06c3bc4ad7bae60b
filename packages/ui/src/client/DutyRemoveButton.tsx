"use client";
import { ActionButton } from "./ActionButton";
import { trpc } from "./trpc";

/** 取消值班 (station head). */
export function DutyRemoveButton({ dutyId, label }: { dutyId: string; label: string }) {
  return <ActionButton label="取消" ariaLabel={label} small act={() => trpc.reception.removeDuty.mutate({ dutyId })} />;
}
