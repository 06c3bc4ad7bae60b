"use client";
import { useState } from "react";
import { CADRE_POSITIONS, DUTY_PERIODS, DUTY_PERIOD_LABELS } from "../components/DutyLabels";
import type { DutyPeriod } from "../components/DutyLabels";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 安排干部接待值班 (station head, R-RUL-2): a cadre, their position, a date and a period. */
export function DutyForm({ defaultDate }: { defaultDate: string }) {
  const { busy, failure, run } = useAction();
  const [f, setF] = useState({ cadreName: "", cadrePosition: "", dutyDate: defaultDate, period: "morning" as DutyPeriod, note: "" });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  return (
    <form onSubmit={(e) => (e.preventDefault(), void run(() => trpc.reception.setDuty.mutate(f)))} noValidate data-testid="duty-form">
      <FormError failure={failure} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="duty-name">值班干部姓名</label>
          <input id="duty-name" value={f.cadreName} onChange={set("cadreName")} maxLength={50} />
          <FieldError failure={failure} path="cadreName" />
        </div>
        <div className="field">
          <label htmlFor="duty-position">职务</label>
          <input id="duty-position" list="cadre-positions" value={f.cadrePosition} onChange={set("cadrePosition")} maxLength={50} placeholder="如 村党支部书记" />
          <datalist id="cadre-positions">
            {CADRE_POSITIONS.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <FieldError failure={failure} path="cadrePosition" />
        </div>
        <div className="field">
          <label htmlFor="duty-date">值班日期</label>
          <input id="duty-date" type="date" value={f.dutyDate} onChange={set("dutyDate")} />
          <FieldError failure={failure} path="dutyDate" />
        </div>
        <div className="field">
          <label htmlFor="duty-period">值班时段</label>
          <select id="duty-period" value={f.period} onChange={set("period")}>
            {DUTY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {DUTY_PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="duty-note">备注（选填）</label>
          <input id="duty-note" value={f.note} onChange={set("note")} maxLength={200} />
        </div>
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        添加值班
      </button>
    </form>
  );
}
