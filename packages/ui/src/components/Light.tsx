import { CLOSED_RESULT_LABELS, LIGHT_LABELS } from "@bianmin/domain";

const LABELS: Record<string, string> = { ...LIGHT_LABELS, ...CLOSED_RESULT_LABELS };

/** 红黄绿灯 (R-DL-4), with the working days left when open. */
export function Light({ light, remaining }: { light: string | null; remaining?: number | null }) {
  if (!light) return <span className="muted">—</span>;
  const days = remaining === null || remaining === undefined ? "" : remaining < 0 ? `，超期${-remaining}个工作日` : remaining === 0 ? "，今日到期" : `，剩${remaining}个工作日`;
  return (
    <span className={`light ${light}`} data-light={light}>
      {LABELS[light] ?? light}
      {days}
    </span>
  );
}
