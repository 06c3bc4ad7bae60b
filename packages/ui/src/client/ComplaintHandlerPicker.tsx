"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** The station head designates the station's complaint handler (监督举报制: 指定专人受理投诉举报). */
export function ComplaintHandlerPicker({ staff, current }: { staff: { userId: string; name: string; isHead: boolean }[]; current: string | null }) {
  const { busy, failure, run } = useAction();
  const [who, setWho] = useState(current ?? "");
  return (
    <form
      className="filters"
      aria-label="指定投诉处理人"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => trpc.complaint.setHandler.mutate({ userId: who }));
      }}
    >
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor="h-who">投诉处理人</label>
        <select id="h-who" value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="">请选择</option>
          {staff.map((s) => (
            <option key={s.userId} value={s.userId}>
              {s.name}（{s.isHead ? "站长" : "代办员"}）
            </option>
          ))}
        </select>
        <FieldError failure={failure} path="userId" />
      </div>
      <button type="submit" className="btn primary" disabled={busy || !who || who === current}>
        {busy ? "正在保存…" : "指定"}
      </button>
    </form>
  );
}
