"use client";
import { useState } from "react";
import { slotInstant } from "./AppointmentForm";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

type Mode = "move" | "kept" | "missed" | "cancelled";

const RECORD: Record<Exclude<Mode, "move">, { button: string; confirm: string; hint: string }> = {
  kept: { button: "已履约", confirm: "确认登记履约", hint: "办理情况（办了什么、结果如何）" },
  missed: { button: "群众未到", confirm: "确认登记未到", hint: "未到情况（是否联系、如何处理）" },
  cancelled: { button: "取消预约", confirm: "确认取消预约", hint: "取消原因（选填）" },
};

/** 改约 / 履约 / 未到 / 取消 for one open appointment, against the version shown (R-RUL-1). */
export function AppointmentActions({ id, version, date, start, end }: { id: string; version: number; date: string; start: string; end: string }) {
  const { busy, failure, run, setFailure } = useAction();
  const [mode, setMode] = useState<Mode | null>(null);
  const [slot, setSlot] = useState({ date, start, end, note: "" });
  const [outcome, setOutcome] = useState("");

  function open(m: Mode) {
    setMode(m === mode ? null : m);
    setFailure(null);
  }

  const confirm = () =>
    run(() =>
      mode === "move"
        ? trpc.appointment.move.mutate({ appointmentId: id, expectedVersion: version, startsAt: slotInstant(slot.date, slot.start), endsAt: slotInstant(slot.date, slot.end), note: slot.note })
        : trpc.appointment.record.mutate({ appointmentId: id, expectedVersion: version, result: mode!, outcome }),
    );

  return (
    <div className="no-print" data-testid="appointment-actions" style={{ marginTop: "0.5rem" }}>
      <div className="action-buttons" style={{ marginBottom: "0.5rem" }}>
        <button type="button" className={`btn${mode === "move" ? " active" : ""}`} onClick={() => open("move")}>
          改约
        </button>
        {(Object.keys(RECORD) as (keyof typeof RECORD)[]).map((m) => (
          <button key={m} type="button" className={`btn${mode === m ? " active" : ""}`} onClick={() => open(m)}>
            {RECORD[m].button}
          </button>
        ))}
      </div>
      {mode ? (
        <form className="card" onSubmit={(e) => (e.preventDefault(), void confirm())} noValidate style={{ background: "#f8fafc" }}>
          <FormError failure={failure} />
          {mode === "move" ? (
            <div className="form-grid">
              <div className="field">
                <label htmlFor={`mv-date-${id}`}>新的日期</label>
                <input id={`mv-date-${id}`} type="date" value={slot.date} onChange={(e) => setSlot({ ...slot, date: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`mv-start-${id}`}>新的开始时间</label>
                <input id={`mv-start-${id}`} type="time" value={slot.start} onChange={(e) => setSlot({ ...slot, start: e.target.value })} />
                <FieldError failure={failure} path="startsAt" />
              </div>
              <div className="field">
                <label htmlFor={`mv-end-${id}`}>新的结束时间</label>
                <input id={`mv-end-${id}`} type="time" value={slot.end} onChange={(e) => setSlot({ ...slot, end: e.target.value })} />
                <FieldError failure={failure} path="endsAt" />
              </div>
              <div className="field">
                <label htmlFor={`mv-note-${id}`}>改约说明（选填）</label>
                <input id={`mv-note-${id}`} value={slot.note} onChange={(e) => setSlot({ ...slot, note: e.target.value })} maxLength={200} />
              </div>
            </div>
          ) : (
            <div className="field">
              <label htmlFor={`out-${id}`}>{RECORD[mode].hint}</label>
              <input id={`out-${id}`} value={outcome} onChange={(e) => setOutcome(e.target.value)} maxLength={500} />
              <FieldError failure={failure} path="outcome" />
            </div>
          )}
          <button type="submit" className="btn primary" disabled={busy}>
            {mode === "move" ? "确认改约" : RECORD[mode].confirm}
          </button>
        </form>
      ) : null}
    </div>
  );
}
