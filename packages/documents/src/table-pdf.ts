import { createHash } from "node:crypto";
import { Collector } from "./collect";
import type { ByteSink } from "./collect";
import { cjkFonts } from "./fonts";
import { batchesOf } from "./table-export";
import type { TableHeading, TableInput } from "./table-export";

const A4_LANDSCAPE = { w: 841.89, h: 595.28, margin: 28 };
const SIZE = 8;
const PAD = 3;
const EMPTY = "（本期无记录）";

type Doc = PDFKit.PDFDocument;

/** Where the table goes on the page, and the heights of its parts in one document's fonts. */
function geometry(doc: Doc, t: TableHeading) {
  const { margin, w: pageW, h: pageH } = A4_LANDSCAPE;
  const contentW = pageW - 2 * margin;
  const totalWeight = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / totalWeight) * contentW);
  const rowHeight = (cells: readonly string[], bold: boolean) =>
    Math.max(...cells.map((text, i) => doc.font(bold ? "cjk-bold" : "cjk").fontSize(SIZE).heightOfString(text || " ", { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  const header = t.columns.map((c) => c.header);
  const titleH = doc.font("cjk-bold").fontSize(14).heightOfString(t.title, { width: contentW, align: "center" });
  const subtitleH = doc.font("cjk").fontSize(9).heightOfString(t.subtitle, { width: contentW, align: "center" });
  const headerH = rowHeight(header, true);
  return {
    doc,
    margin,
    pageH,
    contentW,
    widths,
    header,
    rowHeight,
    titleH,
    subtitleH,
    headerH,
    bottom: pageH - margin - 14,
    /** the y below the header row on the first page and on the following ones */
    firstTop: margin + titleH + 2 + subtitleH + 8 + headerH,
    nextTop: margin + headerH,
  };
}

/**
 * PDFKit keeps the glyph layout of every distinct string it has set, for good: a long table lets go of them every
 * few pages (the strings repeated within a few pages are laid out once).
 */
const FORGET_EVERY = 4;

function forgetLayouts(doc: Doc): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies;
  for (const font of Object.values(fonts ?? {})) if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
}

/**
 * Lays the rows out page by page: a row that does not fit above the foot starts a new page under the repeated
 * header. The counting pass and the drawing pass both go through here, so they break pages alike.
 */
async function flow(
  t: TableInput,
  g: ReturnType<typeof geometry>,
  heightOf: (row: readonly string[], index: number) => number,
  onRow: (row: readonly string[], y: number, h: number) => void,
  onPage: () => void,
): Promise<{ pages: number; rows: number }> {
  let y = g.firstTop;
  let pages = 1;
  let rows = 0;
  for await (const batch of batchesOf(t)) {
    for (const r of batch) {
      const h = heightOf(r, rows);
      if (y + h > g.bottom) {
        onPage();
        if (pages % FORGET_EVERY === 0) forgetLayouts(g.doc);
        pages += 1;
        y = g.nextTop;
      }
      onRow(r, y, h);
      y += h;
      rows += 1;
    }
  }
  return { pages, rows };
}

function registerFonts(doc: Doc): void {
  const fonts = cjkFonts();
  doc.registerFont("cjk", fonts.regular);
  doc.registerFont("cjk-bold", fonts.bold);
}

/**
 * The first pass, before anything is drawn: the height of each row, the number of pages and the checksum of the
 * content (of the JSON of columns and rows, as of a table held whole).
 */
async function measure(t: TableInput, g: ReturnType<typeof geometry>): Promise<{ heights: number[]; pages: number; sha256: string }> {
  const hash = createHash("sha256").update(`[${JSON.stringify(t.columns)},[`);
  const heights: number[] = [];
  const { pages } = await flow(
    t,
    g,
    (r) => g.rowHeight(r, false),
    (r, _y, h) => {
      hash.update(`${heights.length === 0 ? "" : ","}${JSON.stringify(r)}`);
      heights.push(h);
    },
    () => {},
  );
  hash.update("]]");
  return { heights, pages, sha256: hash.digest("hex") };
}

/**
 * A landscape A4 PDF of a table over as many pages as it needs, header repeated on each page, "第 i 页 / 共 N 页"
 * at the foot. Two passes over the rows (measure and count the pages, then draw), each page written out as soon as
 * it is full, so memory stays bounded by the file. Deterministic: the creation date and document ID come from the
 * data, and the keywords carry a checksum of the content.
 */
export async function tablePdf(t: TableInput): Promise<Buffer> {
  const out = new Collector();
  await writeTablePdf(t, out);
  return out.bytes();
}

/** tablePdf's bytes handed to a sink as they are written, never held whole. */
export async function writeTablePdf(t: TableInput, out: ByteSink): Promise<void> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: A4_LANDSCAPE.margin,
    compress: true,
    info: {
      Title: t.title,
      Subject: t.subtitle,
      Author: "二七区便民服务代办站",
      Creator: "bianmin",
      Producer: "bianmin documents (PDFKit)",
      CreationDate: new Date(t.createdAt),
    },
  });
  registerFonts(doc);
  const g = geometry(doc, t);
  const counted = await measure(t, g);
  // the Info dictionary is written at the end
  doc.info.Keywords = `sha256:${counted.sha256.slice(0, 32)}`;
  const done = new Promise<void>((resolve, reject) => {
    doc.on("data", (c: Buffer) => out.add(c));
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const { margin, contentW, widths } = g;
  const drawRow = (cells: readonly string[], y: number, h: number, bold: boolean, fill: string | null) => {
    let x = margin;
    cells.forEach((text, i) => {
      const cw = widths[i]!;
      if (fill) doc.rect(x, y, cw, h).fillColor(fill).fill();
      doc.rect(x, y, cw, h).lineWidth(0.5).strokeColor("#000").stroke();
      doc.fillColor("#000").font(bold ? "cjk-bold" : "cjk").fontSize(SIZE).text(text || "", x + PAD, y + PAD, { width: cw - 2 * PAD });
      x += cw;
    });
  };
  let page = 1;
  const foot = () => {
    // the number sits in the bottom margin: without this PDFKit would carry it over to a new, blank page
    doc.page.margins.bottom = 0;
    doc.font("cjk").fontSize(7).text(`第 ${page} 页 / 共 ${counted.pages} 页`, margin, g.pageH - margin - 8, { width: contentW, align: "center", lineBreak: false });
  };

  let y = margin;
  doc.font("cjk-bold").fontSize(14).text(t.title, margin, y, { width: contentW, align: "center" });
  y += g.titleH + 2;
  doc.font("cjk").fontSize(9).text(t.subtitle, margin, y, { width: contentW, align: "center" });
  y += g.subtitleH + 8;
  drawRow(g.header, y, g.headerH, true, "#eef2f6");
  y += g.headerH;

  const drawn = await flow(
    t,
    g,
    (_r, i) => {
      const h = counted.heights[i];
      if (h === undefined) throw new Error("表格PDF：导出期间数据发生了变化（行数不一致）");
      return h;
    },
    (r, top, h) => {
      drawRow(r, top, h, false, null);
      y = top + h;
    },
    () => {
      foot();
      doc.addPage();
      page += 1;
      drawRow(g.header, margin, g.headerH, true, "#eef2f6");
    },
  );
  if (drawn.rows !== counted.heights.length) throw new Error("表格PDF：导出期间数据发生了变化（行数不一致）");
  if (drawn.rows === 0) {
    doc.font("cjk").fontSize(SIZE).text(EMPTY, margin, y + 6);
    y = doc.y;
  }
  if (t.footer) doc.font("cjk").fontSize(SIZE).text(t.footer, margin, Math.min(y + 8, g.bottom - 10), { width: contentW });
  foot();
  doc.end();
  return done;
}
