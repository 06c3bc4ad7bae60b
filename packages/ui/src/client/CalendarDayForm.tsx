"use client";
import { useState } from "react";
import { DAY_KIND_LABELS } from "../components/AppointmentLabels";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

const KINDS = ["workday", "weekend", "holiday", "makeupWorkday"] as const;
type Kind = (typeof KINDS)[number];

/** 修改单日 (系统管理员, R-DL-1): how one day counts — 工作日, 周末, 法定节假日 (named) or 调休上班 (on a weekend). */
export function CalendarDayForm({ day }: { day: { date: string; kind: string; name: string | null } }) {
  const { busy, failure, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const [f, setF] = useState({ date: day.date, kind: (KINDS as readonly string[]).includes(day.kind) ? (day.kind as Kind) : "workday", name: day.kind === "weekend" ? "" : (day.name ?? "") });
  const named = f.kind === "holiday" || f.kind === "makeupWorkday";
  return (
    <form
      aria-label="修改单日"
      noValidate
      data-testid="calendar-day-form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        void run(async () => {
          const row = await trpc.calendar.setDay.mutate({ date: f.date, kind: f.kind, name: named ? f.name : undefined });
          setDone(`${row.date} 已保存`);
          return row;
        });
      }}
    >
      <FormError failure={failure} />
      {done ? (
        <div className="alert ok" role="status">
          {done}，新受理事项的承诺办结日期即按此计算
        </div>
      ) : null}
      <div className="filters">
        <div className="field">
          <label htmlFor="cal-day-date">日期</label>
          <input id="cal-day-date" type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} />
          <FieldError failure={failure} path="date" />
        </div>
        <div className="field">
          <label htmlFor="cal-day-kind">类型</label>
          <select id="cal-day-kind" value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {DAY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldError failure={failure} path="kind" />
        </div>
        {named ? (
          <div className="field">
            <label htmlFor="cal-day-name">{f.kind === "holiday" ? "节日名称" : "调休原因（选填，如 国庆节）"}</label>
            <input id="cal-day-name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} maxLength={20} />
            <FieldError failure={failure} path="name" />
          </div>
        ) : null}
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "正在保存…" : "保存"}
        </button>
      </div>
    </form>
  );
}
