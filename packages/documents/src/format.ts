/** Dates and money as printed on the documents. Asia/Shanghai is UTC+8 all year, so it is computed arithmetically. */

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai wall-clock parts of an instant (or of a plain "YYYY-MM-DD" calendar day). */
function shanghaiParts(value: string): { y: number; m: number; d: number; hh: string; mm: string } {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return { y: Number(plain[1]), m: Number(plain[2]), d: Number(plain[3]), hh: "00", mm: "00" };
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${value}`);
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return {
    y: Number(iso.slice(0, 4)),
    m: Number(iso.slice(5, 7)),
    d: Number(iso.slice(8, 10)),
    hh: iso.slice(11, 13),
    mm: iso.slice(14, 16),
  };
}

/** "2026-03-09" or an ISO instant → "2026年3月9日" (Asia/Shanghai). */
export function formatCnDate(value: string): string {
  const { y, m, d } = shanghaiParts(value);
  return `${y}年${m}月${d}日`;
}

/** ISO instant → "2026年3月2日 10:05" (Asia/Shanghai). */
export function formatCnDateTime(value: string): string {
  const p = shanghaiParts(value);
  return `${p.y}年${p.m}月${p.d}日 ${p.hh}:${p.mm}`;
}

/** 500 → "5.00 元". */
export function formatYuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`;
}
