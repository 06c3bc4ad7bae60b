/**
 * Shared drawing helpers for the one-page government forms: title, sections, hotlines with the QR code,
 * signature lines (the bordered tables are in tables.ts, the page and text primitives in page.ts).
 */
import type { DocumentTitle } from "./content";
import { drawText, oneLineSize, textHeight, use } from "./page";
import type { Block, Ctx, Doc } from "./page";
import { qrRuns } from "./qr";

export { renderPage } from "./page";
export { fieldTable, gridTable } from "./tables";

export function titleBlock(t: DocumentTitle): Block {
  const parts = (c: Ctx) => [
    { text: t.title, size: c.s.title, bold: true, spacing: c.s.title * 0.08 },
    { text: t.station, size: c.s.subtitle, bold: false, spacing: 0 },
    { text: t.stationLine, size: oneLineSize(c, t.stationLine, c.s.small, 0.8), bold: false, spacing: 0 },
  ];
  return {
    height: (c) => parts(c).reduce((h, p) => h + textHeight(c, p.text, c.w, p.size, p.bold), 0),
    draw(c, y) {
      for (const p of parts(c)) {
        drawText(c, p.text, c.x, y, c.w, p.size, { bold: p.bold, align: "center", characterSpacing: p.spacing });
        y += textHeight(c, p.text, c.w, p.size, p.bold);
      }
    },
  };
}

export function spacer(factor = 1): Block {
  return { height: (c) => c.s.gap * factor, draw: () => undefined };
}

export function paragraph(text: string, opts: { small?: boolean; bold?: boolean } = {}): Block {
  const size = (c: Ctx) => (opts.small ? c.s.small : c.s.body);
  return {
    height: (c) => textHeight(c, text, c.w, size(c), opts.bold),
    draw: (c, y) => drawText(c, text, c.x, y, c.w, size(c), { bold: opts.bold ?? false }),
  };
}

/** A bold heading followed by numbered items with a hanging indent. */
export function numberedSection(heading: string, items: string[], opts: { small?: boolean } = {}): Block {
  const size = (c: Ctx) => (opts.small ? c.s.small : c.s.body);
  const indent = (c: Ctx) => use(c, size(c)).widthOfString("10. ");
  const itemHeight = (c: Ctx, item: string) => textHeight(c, item, c.w - indent(c), size(c));
  return {
    height: (c) =>
      textHeight(c, heading, c.w, c.s.body, true) + items.reduce((h, item) => h + itemHeight(c, item), 0),
    draw(c, y) {
      drawText(c, heading, c.x, y, c.w, c.s.body, { bold: true });
      y += textHeight(c, heading, c.w, c.s.body, true);
      items.forEach((item, i) => {
        drawText(c, `${i + 1}.`, c.x, y, indent(c), size(c));
        drawText(c, item, c.x + indent(c), y, c.w - indent(c), size(c));
        y += itemHeight(c, item);
      });
    },
  };
}

/* ---------- hotlines, QR code, signatures ---------- */

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { size: n, runs } = qrRuns(text);
  const m = size / n;
  doc.save();
  doc.rect(x, y, size, size).fill("#ffffff");
  for (const [r, col, len] of runs) doc.rect(x + col * m, y + r * m, len * m, m);
  doc.fill("#000000");
  doc.restore();
}

/** 投诉监督电话 on the left; optionally the lookup QR code with its caption on the right. */
export function hotlinesBlock(lines: string[], qr: { url: string; caption: string } | null): Block {
  const heading = "投诉监督电话";
  const qrSize = (c: Ctx) => c.s.body * 8.5;
  const qrBox = (c: Ctx) => (qr ? qrSize(c) + c.s.body * 3 : 0);
  const leftW = (c: Ctx) => c.w - qrBox(c) - (qr ? c.s.gap : 0);
  const leftH = (c: Ctx) =>
    textHeight(c, heading, leftW(c), c.s.body, true) +
    lines.reduce((h, l) => h + textHeight(c, l, leftW(c), c.s.small), 0);
  const qrH = (c: Ctx) => (qr ? qrSize(c) + textHeight(c, qr.caption, qrBox(c), c.s.small) : 0);
  return {
    height: (c) => Math.max(leftH(c), qrH(c)),
    draw(c, y) {
      drawText(c, heading, c.x, y, leftW(c), c.s.body, { bold: true });
      let ly = y + textHeight(c, heading, leftW(c), c.s.body, true);
      for (const l of lines) {
        drawText(c, l, c.x, ly, leftW(c), c.s.small);
        ly += textHeight(c, l, leftW(c), c.s.small);
      }
      if (qr) {
        const bx = c.x + c.w - qrBox(c);
        drawQr(c.doc, qr.url, bx + (qrBox(c) - qrSize(c)) / 2, y, qrSize(c));
        drawText(c, qr.caption, bx, y + qrSize(c), qrBox(c), c.s.small, { align: "center" });
      }
    },
  };
}

/** Signature lines, e.g. 申请人签字 / 代办员签字, then the date if given. */
export function signatureBlock(labels: string[], date: string | null): Block {
  return {
    height: (c) => c.s.body * 3.2,
    draw(c, y) {
      const { doc } = c;
      const base = y + c.s.body * 2;
      const slots = [
        ...labels.map((l) => ({ l, line: true })),
        ...(date ? [{ l: `日期：${date}`, line: false }] : []),
      ];
      const slotW = c.w / slots.length;
      slots.forEach((slot, i) => {
        const sx = c.x + i * slotW;
        const label = slot.line ? `${slot.l}：` : slot.l;
        const lw = use(c, c.s.body).widthOfString(label);
        drawText(c, label, sx, base - c.s.body * 1.3, slotW, c.s.body, { align: slot.line ? "left" : "right" });
        if (slot.line) {
          doc.lineWidth(0.6).moveTo(sx + lw, base).lineTo(sx + slotW - c.s.gap, base).stroke();
        }
      });
    },
  };
}

/** The issuing station and date at the bottom right, where the station's seal goes. */
export function issuerBlock(station: string, date: string): Block {
  const lines = [`${station}（盖章）`, date];
  const boxW = (c: Ctx) => Math.max(...lines.map((l) => use(c, c.s.body).widthOfString(l))) + c.s.pad;
  return {
    height: (c) => lines.reduce((h, l) => h + textHeight(c, l, boxW(c), c.s.body), 0),
    draw(c, y) {
      for (const l of lines) {
        drawText(c, l, c.x + c.w - boxW(c), y, boxW(c), c.s.body, { align: "center" });
        y += textHeight(c, l, boxW(c), c.s.body);
      }
    },
  };
}
