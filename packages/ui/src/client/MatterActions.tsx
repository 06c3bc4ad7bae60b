"use client";
import { useState } from "react";
import {
  DELIVERY_METHOD_LABELS,
  FOLLOW_UP_STEP_LABELS,
  OUTCOME_LABELS,
  PAUSE_REASON_LABELS,
  RATING_LABELS,
} from "@bianmin/domain";
import type { FollowUpStep, MatterCommandType, SupplementLine } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";
import { FormButtons } from "./FormButtons";

type Field =
  | { name: string; label: string; kind: "text" | "textarea"; required?: boolean }
  | { name: string; label: string; kind: "select"; options: [string, string][]; required?: boolean };

const opts = (labels: Record<string, string>): [string, string][] => Object.entries(labels);

/** The button and the form of each act (R-FLW-*, R-DL-3); labels are the official terms. */
const ACTS: Record<Exclude<MatterCommandType, "register">, { label: string; primary?: boolean; fields: Field[] }> = {
  accept: { label: "受理", primary: true, fields: [] },
  requestSupplement: { label: "出具补交材料清单", fields: [{ name: "note", label: "补交说明（选填）", kind: "text" }] },
  supplyMaterials: { label: "登记补交材料", primary: true, fields: [] },
  reject: { label: "退回（不予受理）", fields: [{ name: "reason", label: "退回理由", kind: "textarea", required: true }] },
  refer: {
    label: "告知（非本站事项）",
    fields: [
      { name: "body", label: "告知申请人向哪个机关申请", kind: "text", required: true },
      { name: "note", label: "告知说明（选填）", kind: "text" },
    ],
  },
  handover: { label: "移交材料给归口代办员", primary: true, fields: [] },
  transferToWindow: { label: "传递至便民服务中心窗口", primary: true, fields: [] },
  receiveAtWindow: { label: "窗口接收", primary: true, fields: [] },
  submitToApprovalCenter: {
    label: "送区行政审批中心办理",
    primary: true,
    fields: [
      { name: "officerName", label: "审批中心接收人", kind: "text", required: true },
      { name: "note", label: "陪同办理说明（选填）", kind: "text" },
    ],
  },
  complete: {
    label: "办结",
    primary: true,
    fields: [
      { name: "outcome", label: "办结结果", kind: "select", options: opts(OUTCOME_LABELS), required: true },
      { name: "reason", label: "不予批准理由（不予批准时必填）", kind: "text" },
      { name: "docName", label: "结果文书名称（如：证明、证照、批复）", kind: "text" },
      { name: "docNumber", label: "文书编号（选填）", kind: "text" },
      { name: "note", label: "办结说明（咨询事项填写答复内容）", kind: "textarea" },
    ],
  },
  returnFromWindow: { label: "返还结果和材料给代办站", primary: true, fields: [{ name: "note", label: "返还说明（选填）", kind: "text" }] },
  collectFromApprovalCenter: {
    label: "从审批中心领回结果",
    primary: true,
    fields: [
      { name: "officerName", label: "审批中心交付人", kind: "text", required: true },
      { name: "note", label: "领取说明（选填）", kind: "text" },
    ],
  },
  pauseClock: {
    label: "暂停计时",
    fields: [
      { name: "reason", label: "暂停理由（仅限法定情形）", kind: "select", options: opts(PAUSE_REASON_LABELS), required: true },
      { name: "note", label: "说明（选填）", kind: "text" },
    ],
  },
  resumeClock: { label: "恢复计时", primary: true, fields: [{ name: "note", label: "说明（选填）", kind: "text" }] },
  deliver: {
    label: "送达申请人",
    primary: true,
    fields: [
      { name: "method", label: "送达方式", kind: "select", options: opts(DELIVERY_METHOD_LABELS), required: true },
      { name: "receivedBy", label: "签收人", kind: "text", required: true },
      { name: "note", label: "送达说明（选填）", kind: "text" },
    ],
  },
  rate: {
    label: "申请人确认并评价",
    primary: true,
    fields: [
      { name: "level", label: "申请人评价", kind: "select", options: opts(RATING_LABELS), required: true },
      { name: "comment", label: "评价意见（选填）", kind: "textarea" },
    ],
  },
  recordFollowUp: {
    label: "记录整改回访",
    primary: true,
    fields: [
      { name: "step", label: "环节", kind: "select", options: opts(FOLLOW_UP_STEP_LABELS), required: true },
      { name: "text", label: "记录内容", kind: "textarea", required: true },
    ],
  },
  closeFollowUp: { label: "整改回访办结", fields: [{ name: "note", label: "说明（选填）", kind: "text" }] },
};

function buildCommand(type: keyof typeof ACTS, v: Record<string, string>, supplied: Record<string, number>) {
  const text = (k: string) => (v[k]?.trim() ? v[k]!.trim() : undefined);
  switch (type) {
    case "complete":
      return { type, outcome: v.outcome as never, reason: text("reason"), note: text("note"), documents: text("docName") ? [{ name: text("docName")!, number: text("docNumber") }] : [] };
    case "supplyMaterials":
      return { type, materials: Object.entries(supplied).filter(([, n]) => n > 0).map(([key, count]) => ({ key, count })) };
    default: {
      const fields = ACTS[type].fields.map((f) => f.name);
      return { type, ...Object.fromEntries(fields.map((f) => [f, text(f)]).filter(([, x]) => x !== undefined)) } as never;
    }
  }
}

export interface ActionStaff {
  userId: string;
  name: string;
}

/** Only the acts that are legal now, each opening its small form; the version seen is sent with the act. */
export function MatterActions(props: {
  matterId: string;
  version: number;
  available: MatterCommandType[];
  missing: SupplementLine[];
  responsibleOptions: ActionStaff[];
  staff: ActionStaff[];
  defaultReceivedBy: string;
  /** The signed-in user is the responsible agent waiting for the materials: the handover is theirs to take. */
  receivesHandover?: boolean;
  /** The follow-up step the rules expect next (the form starts there). */
  nextFollowUpStep?: FollowUpStep | null;
}) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState<keyof typeof ACTS | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [supplied, setSupplied] = useState<Record<string, number>>({});
  const [who, setWho] = useState("");
  const acts = props.available.filter((a): a is keyof typeof ACTS => a !== "register");

  function openAct(a: keyof typeof ACTS) {
    setOpen(a);
    setFailure(null);
    const defaults: Record<string, string> = {};
    for (const f of ACTS[a].fields) if (f.kind === "select") defaults[f.name] = f.options[0]![0];
    if (a === "deliver") defaults.receivedBy = props.defaultReceivedBy;
    if (a === "complete") defaults.outcome = "approved";
    if (a === "recordFollowUp" && props.nextFollowUpStep) defaults.step = props.nextFollowUpStep;
    setValues(defaults);
    setSupplied(Object.fromEntries(props.missing.map((m) => [m.key, m.count])));
    setWho("");
  }

  async function submit() {
    if (!open) return;
    await run(() =>
      trpc.matter.act.mutate({
        matterId: props.matterId,
        expectedVersion: props.version,
        command: buildCommand(open, values, supplied),
        ...(open === "accept" && who ? { responsibleAgentId: who } : {}),
        ...(open === "handover" && who ? { toAgentId: who } : {}),
      }),
    ).then((r) => {
      if (r) setOpen(null);
    });
  }

  if (acts.length === 0) return <p className="muted">当前没有需要您办理的操作。</p>;
  return (
    <div className="actions" data-testid="matter-actions">
      <div className="action-buttons">
        {acts.map((a) => (
          <button key={a} type="button" className={`btn${ACTS[a].primary ? " primary" : ""}${open === a ? " active" : ""}`} onClick={() => openAct(a)}>
            {a === "handover" && props.receivesHandover ? "接收移交的材料" : ACTS[a].label}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="card action-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
          aria-label={ACTS[open].label}
        >
          <h3>{ACTS[open].label}</h3>
          <FormError failure={failure} />
          {open === "accept" && props.responsibleOptions.length > 1 ? (
            <div className="field">
              <label htmlFor="who">归口代办员</label>
              <select id="who" value={who} onChange={(e) => setWho(e.target.value)}>
                <option value="">按归口自动确定</option>
                {props.responsibleOptions.map((s) => (
                  <option key={s.userId} value={s.userId}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {open === "handover" ? (
            <div className="field">
              <label htmlFor="who">接收代办员</label>
              <select id="who" value={who} onChange={(e) => setWho(e.target.value)}>
                <option value="">归口代办员</option>
                {props.staff.map((s) => (
                  <option key={s.userId} value={s.userId}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {open === "supplyMaterials"
            ? props.missing.map((m) => (
                <div className="field" key={m.key}>
                  <label htmlFor={`s-${m.key}`}>
                    补交「{m.name}」份数（{m.detail}）
                  </label>
                  <input id={`s-${m.key}`} type="number" min={0} max={20} value={supplied[m.key] ?? 0} onChange={(e) => setSupplied({ ...supplied, [m.key]: Number(e.target.value) || 0 })} />
                </div>
              ))
            : null}
          {ACTS[open].fields.map((f) => (
            <div className="field" key={f.name}>
              <label htmlFor={`f-${f.name}`}>{f.label}</label>
              {f.kind === "select" ? (
                <select id={`f-${f.name}`} value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}>
                  {f.options.map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : f.kind === "textarea" ? (
                <textarea id={`f-${f.name}`} rows={3} maxLength={1000} value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
              ) : (
                <input id={`f-${f.name}`} maxLength={500} value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
              )}
              <FieldError failure={failure} path={f.name.startsWith("doc") ? "documents" : f.name} />
            </div>
          ))}
          <FormButtons busy={busy} label={`确认${ACTS[open].label}`} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
    </div>
  );
}
