import { CLOSED_RESULT_LABELS, LIGHT_LABELS } from "@bianmin/domain";

const LABELS: Record<string, string> = { ...LIGHT_LABELS, ...CLOSED_RESULT_LABELS };

/** 红黄绿灯 (R-DL-4), with the working days left when open; `text` replaces the deadline wording (e.g. a village's light). */
export function Light({ light, remaining, text }: { light: string | null; remaining?: number | null; text?: string }) {
  if (!light) return <span className="muted">—</span>;
  const days = remaining === null || remaining === undefined ? "" : remaining < 0 ? `，超期${-remaining}个工作日` : remaining === 0 ? "，今日到期" : `，剩${remaining}个工作日`;
  return (
    <span className={`light ${light}`} data-light={light}>
      {text ?? `${LABELS[light] ?? light}${days}`}
    </span>
  );
}
