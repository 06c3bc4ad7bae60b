"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton } from "./ActionButton";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/**
 * 签发密钥 (系统管理员, R-API-1): a new Open311 client and its api_key. The key is shown here once and never
 * again (only its hash is kept), with a reminder to copy it now.
 */
export function ApiClientIssueForm() {
  const router = useRouter();
  const { busy, failure, run } = useAction();
  const [f, setF] = useState({ name: "", contact: "" });
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = () =>
    run(
      () => trpc.apiClient.issue.mutate({ name: f.name, contact: f.contact }),
      (r) => {
        setIssued({ name: r.name, key: r.key });
        setF({ name: "", contact: "" });
        router.refresh();
      },
    );
  return (
    <div data-testid="api-client-issue">
      {issued ? (
        <div className="alert ok" role="status" data-testid="issued-key">
          <p>
            已为「{issued.name}」签发密钥。<strong>密钥只显示这一次</strong>，请立即复制并通过安全渠道交给对方系统的负责人；遗失后只能吊销并重新签发。
          </p>
          <p>
            <code style={{ userSelect: "all", wordBreak: "break-all", fontSize: "1.05rem" }}>{issued.key}</code>
          </p>
          <button type="button" className="btn" onClick={() => void navigator.clipboard?.writeText(issued.key)}>
            复制密钥
          </button>{" "}
          <button type="button" className="btn" onClick={() => setIssued(null)}>
            我已保存
          </button>
        </div>
      ) : null}
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <FormError failure={failure} />
        <div className="form-grid">
          <div className="field">
            <label htmlFor="client-name">接入系统名称</label>
            <input id="client-name" value={f.name} onChange={set("name")} maxLength={50} placeholder="如：12345便民服务热线" />
            <FieldError failure={failure} path="name" />
          </div>
          <div className="field">
            <label htmlFor="client-contact">联系人及电话（选填）</label>
            <input id="client-contact" value={f.contact} onChange={set("contact")} maxLength={100} />
            <FieldError failure={failure} path="contact" />
          </div>
        </div>
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "正在签发…" : "签发密钥"}
        </button>
      </form>
    </div>
  );
}

/** 吊销 (系统管理员): the client's key is refused from now on. */
export function ApiClientRevokeButton({ id, name }: { id: string; name: string }) {
  return <ActionButton label="吊销" ariaLabel={`吊销「${name}」的密钥`} confirm={`吊销后「${name}」将不能再提交网上申请，确定吊销吗？`} act={() => trpc.apiClient.revoke.mutate({ clientId: id })} />;
}
