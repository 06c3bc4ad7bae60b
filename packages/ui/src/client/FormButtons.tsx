"use client";

/** The submit and cancel buttons under every action form: the submit shows that it is working. */
export function FormButtons({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="action-buttons">
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在提交…" : label}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
