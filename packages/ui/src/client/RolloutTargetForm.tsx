"use client";
import { useState } from "react";
import { ActionButton } from "./ActionButton";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 新增建设目标 (district administrator, R-ORG-6): a campaign (existing or new), a date and a share. */
export function RolloutTargetForm({ campaigns }: { campaigns: readonly string[] }) {
  const { busy, failure, run } = useAction();
  const [f, setF] = useState({ campaign: campaigns.at(-1) ?? "", date: "", percent: "" });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = () => run(() => trpc.rollout.addTarget.mutate({ campaign: f.campaign, date: f.date, percent: f.percent === "" ? Number.NaN : Number(f.percent) }));
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate data-testid="rollout-target-form">
      <FormError failure={failure} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="target-campaign">建设活动</label>
          <input id="target-campaign" list="rollout-campaigns" value={f.campaign} onChange={set("campaign")} maxLength={60} placeholder="选择已有活动或输入新活动名称" />
          <datalist id="rollout-campaigns">
            {campaigns.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <FieldError failure={failure} path="campaign" />
        </div>
        <div className="field">
          <label htmlFor="target-date">目标日期</label>
          <input id="target-date" type="date" value={f.date} onChange={set("date")} />
          <FieldError failure={failure} path="date" />
        </div>
        <div className="field">
          <label htmlFor="target-percent">目标比例（%）</label>
          <input id="target-percent" type="number" min={1} max={100} step={1} inputMode="numeric" value={f.percent} onChange={set("percent")} />
          <FieldError failure={failure} path="percent" />
        </div>
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        添加目标
      </button>
    </form>
  );
}

/** 删除建设目标 (district administrator). */
export function RolloutTargetRemoveButton({ id, label }: { id: string; label: string }) {
  return <ActionButton label="删除" ariaLabel={label} small confirm={`确定删除${label.replace(/^删除/, "")}吗？`} act={() => trpc.rollout.removeTarget.mutate({ id })} />;
}
