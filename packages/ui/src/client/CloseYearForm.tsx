"use client";
import { useState } from "react";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 年底存档 (R-RUL-4): the station head closes a year after confirming; the year's records then freeze. */
export function CloseYearForm({ years }: { years: number[] }) {
  const { busy, failure, run } = useAction();
  const [year, setYear] = useState(years[0] ?? new Date().getFullYear() - 1);
  const [sure, setSure] = useState(false);
  return (
    <form
      aria-label="年底存档"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.records.closeYear.mutate({ year }));
      }}
    >
      <FormError failure={failure} />
      <div className="filters">
        <div className="field">
          <label htmlFor="close-year">存档年度</label>
          <select id="close-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        <label className="fee">
          <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
          我已核对本年度服务记录，存档后不能再修改
        </label>
        <button type="submit" className="btn primary" disabled={busy || !sure}>
          {busy ? "正在存档…" : "年底存档"}
        </button>
      </div>
    </form>
  );
}
