"use client";
import { useState } from "react";
import { COMPLAINT_CHANNEL_LABELS } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

const CHANNELS = (["box", "hotline", "inPerson"] as const).map((k) => [k, COMPLAINT_CHANNEL_LABELS[k]] as const);
const EMPTY = { channel: "box" as (typeof CHANNELS)[number][0], complainantName: "", complainantPhone: "", content: "", about: "station" as "station" | "otherUnit", otherUnit: "", major: false };

/** 登记投诉: a complaint received by box, hotline or in person (R-RUL-3). */
export function ComplaintRecordForm() {
  const { busy, failure, run } = useAction();
  const [v, setV] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const set = <K extends keyof typeof EMPTY>(k: K, value: (typeof EMPTY)[K]) => {
    setV({ ...v, [k]: value });
    setDone(false);
  };
  return (
    <form
      aria-label="登记投诉"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.complaint.record.mutate({ ...v, otherUnit: v.about === "otherUnit" ? v.otherUnit : undefined })).then((r) => {
          if (r) {
            setV(EMPTY);
            setDone(true);
          }
        });
      }}
    >
      <FormError failure={failure} />
      {done ? (
        <div className="alert ok" role="status">
          投诉已登记。
        </div>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="r-channel">投诉渠道</label>
          <select id="r-channel" value={v.channel} onChange={(e) => set("channel", e.target.value as typeof v.channel)}>
            {CHANNELS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <FieldError failure={failure} path="channel" />
        </div>
        <div className="field">
          <label htmlFor="r-name">投诉人姓名（选填）</label>
          <input id="r-name" maxLength={50} value={v.complainantName} onChange={(e) => set("complainantName", e.target.value)} />
          <FieldError failure={failure} path="complainantName" />
        </div>
        <div className="field">
          <label htmlFor="r-phone">投诉人电话（选填）</label>
          <input id="r-phone" inputMode="tel" maxLength={20} value={v.complainantPhone} onChange={(e) => set("complainantPhone", e.target.value)} />
          <FieldError failure={failure} path="complainantPhone" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="r-content">投诉内容</label>
        <textarea id="r-content" rows={3} maxLength={1000} value={v.content} onChange={(e) => set("content", e.target.value)} />
        <FieldError failure={failure} path="content" />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="r-about">投诉对象</label>
          <select id="r-about" value={v.about} onChange={(e) => set("about", e.target.value as typeof v.about)}>
            <option value="station">本代办站</option>
            <option value="otherUnit">其他单位</option>
          </select>
        </div>
        {v.about === "otherUnit" ? (
          <div className="field">
            <label htmlFor="r-unit">被投诉单位</label>
            <input id="r-unit" maxLength={100} value={v.otherUnit} onChange={(e) => set("otherUnit", e.target.value)} />
            <FieldError failure={failure} path="otherUnit" />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="r-major" className="fee">
            <input id="r-major" type="checkbox" checked={v.major} onChange={(e) => set("major", e.target.checked)} />
            重大投诉（须上报便民服务中心）
          </label>
        </div>
      </div>
      <button type="submit" className="btn primary big" disabled={busy}>
        {busy ? "正在登记…" : "登记投诉"}
      </button>
    </form>
  );
}
