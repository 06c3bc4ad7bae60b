/** Dates as people read them: 2025年1月24日. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const iso = typeof value === "string" ? value : new Date(value.getTime() + 8 * 3600_000).toISOString();
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Money in fen → "5.00 元"; zero → "免费". */
export function formatFen(fen: number): string {
  return fen === 0 ? "免费" : `${(fen / 100).toFixed(2)} 元`;
}
