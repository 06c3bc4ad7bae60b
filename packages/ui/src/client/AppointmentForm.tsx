"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { APPOINTMENT_CHANNEL_LABELS, describeDay } from "../components/AppointmentLabels";
import { formatDate } from "../format";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** "2026-10-01" + "19:00" → an instant in Asia/Shanghai; empty when either is missing. */
export function slotInstant(date: string, time: string): string {
  return date && time ? `${date}T${time}:00+08:00` : "";
}

const big = { minHeight: 56, fontSize: "1.2rem" } as const;

/**
 * 预约登记 (R-RUL-1): the citizen who called, the reason, and a slot (date + time, evenings, weekends and
 * holidays allowed) with the agent who will be at the station. `dayHints` says what kind of day a date is.
 */
export function AppointmentForm({ staff, defaultDate, defaultAgentId, dayHints }: { staff: { userId: string; name: string }[]; defaultDate: string; defaultAgentId: string; dayHints: Record<string, string> }) {
  const router = useRouter();
  const { busy, failure, run, setFailure } = useAction();
  const [f, setF] = useState({ citizenName: "", citizenPhone: "", reason: "", channel: "hotline", date: defaultDate, start: "19:00", end: "20:00", agentId: defaultAgentId });
  const [done, setDone] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  async function submit() {
    setDone(null);
    if (!f.date) {
      setFailure({ message: "预约日期不能为空", fieldErrors: { startsAt: "预约日期不能为空" } });
      return;
    }
    const input = {
      citizenName: f.citizenName,
      citizenPhone: f.citizenPhone,
      reason: f.reason,
      channel: f.channel as "hotline",
      startsAt: slotInstant(f.date, f.start),
      endsAt: slotInstant(f.date, f.end),
      agentId: f.agentId,
    };
    await run(
      () => trpc.appointment.book.mutate(input),
      (r) => {
        setDone(`已预约：${formatDate(r.day.date)} ${f.start}–${f.end}（${describeDay(r.day)}），${f.citizenName}`);
        setF({ ...f, citizenName: "", citizenPhone: "", reason: "" });
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate data-testid="appointment-form">
      <FormError failure={failure} />
      {done ? (
        <p className="alert ok" role="status" data-testid="appointment-booked">
          {done}
        </p>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="ap-name">群众姓名</label>
          <input id="ap-name" style={big} value={f.citizenName} onChange={set("citizenName")} maxLength={50} />
          <FieldError failure={failure} path="citizenName" />
        </div>
        <div className="field">
          <label htmlFor="ap-phone">联系电话</label>
          <input id="ap-phone" style={big} inputMode="tel" value={f.citizenPhone} onChange={set("citizenPhone")} maxLength={20} />
          <FieldError failure={failure} path="citizenPhone" />
        </div>
        <div className="field">
          <label htmlFor="ap-channel">预约渠道</label>
          <select id="ap-channel" style={big} value={f.channel} onChange={set("channel")}>
            {Object.entries(APPOINTMENT_CHANNEL_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="ap-reason">预约事由（群众说明的正当理由和要办的事）</label>
        <textarea id="ap-reason" value={f.reason} onChange={set("reason")} maxLength={500} />
        <FieldError failure={failure} path="reason" />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="ap-date">预约日期</label>
          <input id="ap-date" type="date" style={big} value={f.date} onChange={set("date")} />
          {dayHints[f.date] ? (
            <span className="small" data-testid="day-hint">
              {dayHints[f.date]}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="ap-start">开始时间</label>
          <input id="ap-start" type="time" style={big} value={f.start} onChange={set("start")} step={900} />
          <FieldError failure={failure} path="startsAt" />
        </div>
        <div className="field">
          <label htmlFor="ap-end">结束时间</label>
          <input id="ap-end" type="time" style={big} value={f.end} onChange={set("end")} step={900} />
          <FieldError failure={failure} path="endsAt" />
        </div>
        <div className="field">
          <label htmlFor="ap-agent">接待代办员</label>
          <select id="ap-agent" style={big} value={f.agentId} onChange={set("agentId")}>
            {staff.map((s) => (
              <option key={s.userId} value={s.userId}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError failure={failure} path="agentId" />
        </div>
      </div>
      <button type="submit" className="btn primary big" disabled={busy}>
        登记预约
      </button>
    </form>
  );
}
