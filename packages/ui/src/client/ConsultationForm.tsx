"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 咨询登记: one quick form — who asked, what, and the answer given on the spot (R-INT-1, R-RUL-4). */
export function ConsultationForm({ items }: { items: { code: string; name: string }[] }) {
  const { busy, failure, run } = useAction();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const empty = { name: "", phone: "", address: "", itemCode: items[0]?.code ?? "", question: "", answer: "" };
  const [v, setV] = useState(empty);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  async function submit() {
    setSaved(false);
    const r = await run(() =>
      trpc.records.consultation.mutate({
        idempotencyKey: key,
        itemCode: v.itemCode,
        applicant: { name: v.name, phone: v.phone, address: v.address },
        question: v.question,
        answer: v.answer,
      }),
    );
    if (r) {
      setV(empty);
      setKey(crypto.randomUUID());
      setSaved(true);
    }
  }

  return (
    <form
      className="card"
      aria-label="咨询登记"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>咨询登记（当场答复）</h2>
      <FormError failure={failure} />
      {saved ? (
        <p className="alert ok" role="status">
          已记入服务记录本。
        </p>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="c-name">咨询人姓名</label>
          <input id="c-name" value={v.name} onChange={set("name")} maxLength={50} />
          <FieldError failure={failure} path="applicant.name" />
        </div>
        <div className="field">
          <label htmlFor="c-phone">联系电话</label>
          <input id="c-phone" value={v.phone} onChange={set("phone")} maxLength={20} inputMode="tel" />
          <FieldError failure={failure} path="applicant.phone" />
        </div>
        <div className="field">
          <label htmlFor="c-address">住址</label>
          <input id="c-address" value={v.address} onChange={set("address")} maxLength={200} />
          <FieldError failure={failure} path="applicant.address" />
        </div>
        <div className="field">
          <label htmlFor="c-item">咨询类别</label>
          <select id="c-item" value={v.itemCode} onChange={set("itemCode")}>
            {items.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="c-question">咨询内容</label>
        <textarea id="c-question" value={v.question} onChange={set("question")} maxLength={500} rows={2} />
        <FieldError failure={failure} path="question" />
      </div>
      <div className="field">
        <label htmlFor="c-answer">答复内容</label>
        <textarea id="c-answer" value={v.answer} onChange={set("answer")} maxLength={1000} rows={3} />
        <FieldError failure={failure} path="answer" />
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在保存…" : "保存咨询记录"}
      </button>
    </form>
  );
}
