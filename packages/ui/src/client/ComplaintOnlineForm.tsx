"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 网上投诉 on the station's public page (R-RUL-3): name and phone optional, content 5–1000 characters. */
export function ComplaintOnlineForm({ villageCode }: { villageCode: string }) {
  const { busy, failure, run } = useAction();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [content, setContent] = useState("");
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <div className="alert ok" role="status" data-testid="complaint-sent">
        您的投诉已提交，代办站指定的投诉处理人将及时处理；留有电话的，我们会电话答复。重大投诉将上报乡镇（街道）便民服务中心。
        <div>
          <button type="button" className="btn" onClick={() => setSent(false)}>
            再写一条
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      aria-label="网上投诉"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => trpc.complaint.submitOnline.mutate({ villageCode, complainantName: name, complainantPhone: phone, content }),
          () => {
            setSent(true);
            setName("");
            setPhone("");
            setContent("");
          },
        );
      }}
    >
      <FormError failure={failure} />
      <div className="field">
        <label htmlFor="c-content">投诉内容（5–1000字）</label>
        <textarea id="c-content" rows={5} maxLength={1000} value={content} onChange={(e) => setContent(e.target.value)} placeholder="请写明时间、经过和您的诉求" />
        <FieldError failure={failure} path="content" />
      </div>
      <div className="field">
        <label htmlFor="c-name">您的姓名（选填）</label>
        <input id="c-name" maxLength={50} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        <FieldError failure={failure} path="complainantName" />
      </div>
      <div className="field">
        <label htmlFor="c-phone">联系电话（选填，便于答复）</label>
        <input id="c-phone" inputMode="tel" maxLength={20} value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" />
        <FieldError failure={failure} path="complainantPhone" />
      </div>
      <button type="submit" className="btn primary big" disabled={busy}>
        {busy ? "正在提交…" : "提交投诉"}
      </button>
    </form>
  );
}
