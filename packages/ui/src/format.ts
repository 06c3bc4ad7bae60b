const SHANGHAI_MS = 8 * 3600_000;

function shanghaiIso(value: string | Date): string {
  const d = typeof value === "string" ? new Date(value) : value;
  return new Date(d.getTime() + SHANGHAI_MS).toISOString();
}

/** Dates as people read them: 2025年1月24日. Plain "YYYY-MM-DD" strings are calendar days already. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const iso = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : shanghaiIso(value);
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2025年1月24日 09:30 (Asia/Shanghai). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "—";
  return `${formatDate(value)} ${shanghaiIso(value).slice(11, 16)}`;
}

/** Money in fen → "5.00 元"; zero → "免费". */
export function formatFen(fen: number): string {
  return fen === 0 ? "免费" : `${(fen / 100).toFixed(2)} 元`;
}
