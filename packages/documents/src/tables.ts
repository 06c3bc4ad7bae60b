/** Bordered tables: the field table of every document and the plain grid of a supplement notice. */
import type { Field, FieldRow } from "./content";
import { drawText, textHeight, use } from "./page";
import type { Block, Ctx } from "./page";

interface Columns {
  label1: number;
  label2: number;
  /** width of the first value cell in rows of two fields */
  value1: number;
}

function columns(c: Ctx, rows: FieldRow[]): Columns {
  const widest = (texts: string[], bold: boolean) =>
    Math.max(0, ...texts.map((t) => use(c, c.s.body, bold).widthOfString(t))) + 2 * c.s.pad + 2;
  const pairs = rows.filter((r) => r.length === 2);
  const label1 = widest(rows.map((r) => r[0].label), true);
  const label2 = widest(pairs.map((r) => r[1]?.label ?? ""), true);
  const values = c.w - label1 - label2;
  // the first values (numbers, names, times) keep to one line where the page allows
  const wanted = Math.max(...pairs.map((r) => widest([r[0].value], r[0].strong ?? false)), values / 2);
  return { label1, label2, value1: Math.min(wanted, values * 0.62) };
}

/** [x, width] of the label and value cells of a row. */
function cells(c: Ctx, cols: Columns, row: FieldRow): { lx: number; lw: number; vx: number; vw: number }[] {
  const { x, w } = c;
  if (row.length === 1) return [{ lx: x, lw: cols.label1, vx: x + cols.label1, vw: w - cols.label1 }];
  const x2 = x + cols.label1 + cols.value1;
  return [
    { lx: x, lw: cols.label1, vx: x + cols.label1, vw: cols.value1 },
    { lx: x2, lw: cols.label2, vx: x2 + cols.label2, vw: w - cols.label1 - cols.value1 - cols.label2 },
  ];
}

/** [x offset, width] of each column of a value cell's sub-table; columns after the first keep a gutter. */
function subColumns(c: Ctx, widths: number[], width: number): [number, number][] {
  let x = 0;
  return widths.map((f, i) => {
    const gutter = i === 0 ? 0 : c.s.pad * 2;
    const col: [number, number] = [x + gutter, width * f - gutter];
    x += width * f;
    return col;
  });
}

function subRowHeight(c: Ctx, row: string[], widths: number[], width: number): number {
  const cols = subColumns(c, widths, width);
  return Math.max(...row.map((t, i) => textHeight(c, t, cols[i]?.[1] ?? width, c.s.body)));
}

function valueHeight(c: Ctx, f: Field, width: number): number {
  const inner = width - 2 * c.s.pad;
  let h = textHeight(c, f.value, inner, c.s.body, f.strong);
  if (f.table) for (const r of f.table.rows) h += subRowHeight(c, r, f.table.widths, inner);
  if (f.note) h += textHeight(c, f.note, inner, c.s.small);
  return h;
}

function drawValue(c: Ctx, f: Field, x: number, y: number, width: number): void {
  const inner = width - 2 * c.s.pad;
  x += c.s.pad;
  drawText(c, f.value, x, y, inner, c.s.body, { bold: f.strong ?? false });
  y += textHeight(c, f.value, inner, c.s.body, f.strong);
  if (f.table) {
    const { rows, widths, align } = f.table;
    const cols = subColumns(c, widths, inner);
    for (const r of rows) {
      r.forEach((t, i) => {
        const [dx, cw] = cols[i] ?? [0, inner];
        drawText(c, t, x + dx, y, cw, c.s.body, { align: align?.[i] ?? "left" });
      });
      y += subRowHeight(c, r, widths, inner);
    }
  }
  if (f.note) drawText(c, f.note, x, y, inner, c.s.small);
}

function rowHeight(c: Ctx, cols: Columns, row: FieldRow): number {
  const minimum = c.s.body * 1.9;
  let h = minimum;
  cells(c, cols, row).forEach((cell, i) => {
    const f = row[i];
    if (!f) return;
    h = Math.max(
      h,
      valueHeight(c, f, cell.vw) + 2 * c.s.pad,
      textHeight(c, f.label, cell.lw - 2 * c.s.pad, c.s.body, true) + 2 * c.s.pad,
    );
  });
  return h;
}

export function fieldTable(rows: FieldRow[]): Block {
  return {
    height: (c) => {
      const cols = columns(c, rows);
      return rows.reduce((h, r) => h + rowHeight(c, cols, r), 0);
    },
    draw(c, top) {
      const { doc } = c;
      const cols = columns(c, rows);
      let y = top;
      doc.lineWidth(0.6).strokeColor("#000000");
      for (const row of rows) {
        const h = rowHeight(c, cols, row);
        cells(c, cols, row).forEach((cell, i) => {
          const f = row[i];
          if (!f) return;
          doc.rect(cell.lx, y, cell.lw, h).stroke();
          doc.rect(cell.vx, y, cell.vw, h).stroke();
          const lh = textHeight(c, f.label, cell.lw - 2 * c.s.pad, c.s.body, true);
          drawText(c, f.label, cell.lx + c.s.pad, y + (h - lh) / 2, cell.lw - 2 * c.s.pad, c.s.body, {
            bold: true,
            align: "center",
          });
          const vh = valueHeight(c, f, cell.vw);
          drawValue(c, f, cell.vx, y + (h - vh) / 2, cell.vw);
        });
        y += h;
      }
      doc.lineWidth(1.2).rect(c.x, top, c.w, y - top).stroke();
    },
  };
}

/** A bordered table with a header row, e.g. the lines of a supplement notice. */
export function gridTable(head: readonly string[], rows: string[][], widths: number[]): Block {
  const colW = (c: Ctx, i: number) => c.w * (widths[i] ?? 0);
  const rowH = (c: Ctx, r: readonly string[], bold: boolean) =>
    Math.max(c.s.body * 1.9, ...r.map((t, i) => textHeight(c, t, colW(c, i) - 2 * c.s.pad, c.s.body, bold) + 2 * c.s.pad));
  return {
    height: (c) => rowH(c, head, true) + rows.reduce((h, r) => h + rowH(c, r, false), 0),
    draw(c, top) {
      const { doc } = c;
      let y = top;
      doc.lineWidth(0.6).strokeColor("#000000");
      const all: { r: readonly string[]; bold: boolean }[] = [{ r: head, bold: true }, ...rows.map((r) => ({ r, bold: false }))];
      for (const { r, bold } of all) {
        const h = rowH(c, r, bold);
        let x = c.x;
        r.forEach((t, i) => {
          const w = colW(c, i);
          doc.rect(x, y, w, h).stroke();
          const th = textHeight(c, t, w - 2 * c.s.pad, c.s.body, bold);
          drawText(c, t, x + c.s.pad, y + (h - th) / 2, w - 2 * c.s.pad, c.s.body, {
            bold,
            align: bold || i === 0 ? "center" : "left",
          });
          x += w;
        });
        y += h;
      }
      doc.lineWidth(1.2).rect(c.x, top, c.w, y - top).stroke();
    },
  };
}
