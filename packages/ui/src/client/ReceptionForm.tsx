"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { DUTY_PERIOD_LABELS } from "../components/DutyLabels";
import type { DutyPeriod } from "../components/DutyLabels";
import { slotInstant } from "./AppointmentForm";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

const MAX_REQUESTS = 10;

/** 接待记录 (R-RUL-2): which cadre received whom and when, and each of the visitors' requests. */
export function ReceptionForm({ todayDuties, defaultDate, defaultTime }: { todayDuties: { id: string; cadreName: string; cadrePosition: string; period: DutyPeriod }[]; defaultDate: string; defaultTime: string }) {
  const router = useRouter();
  const { busy, failure, run } = useAction();
  const [dutyId, setDutyId] = useState(todayDuties[0]?.id ?? "");
  const [cadreName, setCadreName] = useState(todayDuties[0]?.cadreName ?? "");
  const [date, setDate] = useState(defaultDate);
  const [time, setTime] = useState(defaultTime);
  const [visitors, setVisitors] = useState("");
  const [requests, setRequests] = useState<string[]>([""]);

  function pickDuty(id: string) {
    setDutyId(id);
    const d = todayDuties.find((x) => x.id === id);
    if (d) setCadreName(d.cadreName);
  }

  const submit = () =>
    run(
      () => trpc.reception.record.mutate({ ...(dutyId ? { dutyId } : {}), cadreName, at: slotInstant(date, time), visitors, requests: requests.filter((r) => r.trim()) }),
      () => {
        setVisitors("");
        setRequests([""]);
        router.refresh();
      },
    );

  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate data-testid="reception-form">
      <FormError failure={failure} />
      <div className="form-grid">
        {todayDuties.length > 0 ? (
          <div className="field">
            <label htmlFor="rc-duty">今天的值班</label>
            <select id="rc-duty" value={dutyId} onChange={(e) => pickDuty(e.target.value)}>
              <option value="">（不对应值班安排）</option>
              {todayDuties.map((d) => (
                <option key={d.id} value={d.id}>
                  {DUTY_PERIOD_LABELS[d.period]} {d.cadreName}（{d.cadrePosition}）
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="rc-cadre">接待干部</label>
          <input id="rc-cadre" value={cadreName} onChange={(e) => setCadreName(e.target.value)} maxLength={50} />
          <FieldError failure={failure} path="cadreName" />
        </div>
        <div className="field">
          <label htmlFor="rc-date">接待日期</label>
          <input id="rc-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rc-time">接待时间</label>
          <input id="rc-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          <FieldError failure={failure} path="at" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="rc-visitors">来访群众（姓名，多人用顿号分开）</label>
        <input id="rc-visitors" value={visitors} onChange={(e) => setVisitors(e.target.value)} maxLength={200} />
        <FieldError failure={failure} path="visitors" />
      </div>
      <fieldset className="field" style={{ border: "none", padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.35rem" }}>群众诉求（每条一项，最多{MAX_REQUESTS}条）</legend>
        {requests.map((r, i) => (
          <div key={i} style={{ display: "flex", gap: "0.5rem", marginBottom: "0.5rem", alignItems: "center" }}>
            <span style={{ minWidth: "1.5rem", fontWeight: 600 }}>{i + 1}.</span>
            <input
              aria-label={`诉求${i + 1}`}
              style={{ flex: 1 }}
              value={r}
              maxLength={500}
              onChange={(e) => setRequests(requests.map((x, j) => (j === i ? e.target.value : x)))}
            />
            {requests.length > 1 ? (
              <button type="button" className="btn" onClick={() => setRequests(requests.filter((_, j) => j !== i))} aria-label={`删除诉求${i + 1}`}>
                删除
              </button>
            ) : null}
          </div>
        ))}
        <FieldError failure={failure} path="requests" />
        {requests.length < MAX_REQUESTS ? (
          <button type="button" className="btn" style={{ alignSelf: "flex-start" }} onClick={() => setRequests([...requests, ""])}>
            ＋ 添加诉求
          </button>
        ) : null}
      </fieldset>
      <button type="submit" className="btn primary" disabled={busy}>
        保存接待记录
      </button>
    </form>
  );
}
