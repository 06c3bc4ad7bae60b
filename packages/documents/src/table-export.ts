import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { cjkFonts } from "./fonts";

/** A table to export: a register or a record book (R-DATA-1). */
export interface TableExport {
  /** e.g. "二七区马寨镇王庄村便民服务代办站 便民服务事项登记表" */
  title: string;
  /** e.g. "2026年3月1日 至 2026年3月31日" */
  subtitle: string;
  sheetName: string;
  columns: { header: string; width: number }[];
  rows: string[][];
  /** Fixed timestamp (ISO) written into the files, so the same data gives the same document. */
  createdAt: string;
  footer?: string;
}

/** XLSX with Chinese headers, a title row, frozen header, borders and wrapped text. */
export async function tableXlsx(t: TableExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "bianmin";
  wb.created = new Date(t.createdAt);
  wb.modified = new Date(t.createdAt);
  const ws = wb.addWorksheet(t.sheetName, { views: [{ state: "frozen", ySplit: 3 }], pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = t.columns.map((c) => ({ width: c.width }));
  const last = String.fromCharCode(64 + Math.min(26, t.columns.length));
  ws.mergeCells(`A1:${last}1`);
  ws.getCell("A1").value = t.title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell("A2").value = t.subtitle;
  ws.getCell("A2").alignment = { horizontal: "center" };
  const head = ws.addRow(t.columns.map((c) => c.header));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFF3F8" } };
  });
  for (const r of t.rows) ws.addRow(r);
  ws.eachRow((row, n) => {
    if (n < 3) return;
    row.eachCell((cell) => {
      cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  if (t.footer) ws.addRow([t.footer]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const A4_LANDSCAPE = { w: 841.89, h: 595.28, margin: 28 };

/**
 * A landscape A4 PDF of a table over as many pages as it needs, header repeated on each page, page numbers at
 * the foot. Deterministic: the creation date and document ID come from the data.
 */
export async function tablePdf(t: TableExport): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: A4_LANDSCAPE.margin,
    compress: true,
    bufferPages: true,
    info: {
      Title: t.title,
      Subject: t.subtitle,
      Author: "二七区便民服务代办站",
      Creator: "bianmin",
      Producer: "bianmin documents (PDFKit)",
      Keywords: `sha256:${createHash("sha256").update(JSON.stringify([t.columns, t.rows])).digest("hex").slice(0, 32)}`,
      CreationDate: new Date(t.createdAt),
    },
  });
  doc.registerFont("cjk", fonts.regular);
  doc.registerFont("cjk-bold", fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { margin, w: pageW, h: pageH } = A4_LANDSCAPE;
  const contentW = pageW - 2 * margin;
  const totalWeight = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / totalWeight) * contentW);
  const size = 8;
  const pad = 3;
  const bottom = pageH - margin - 14;

  const rowHeight = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((text, i) => doc.font(bold ? "cjk-bold" : "cjk").fontSize(size).heightOfString(text || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;

  const drawRow = (cells: string[], y: number, bold: boolean, fill: string | null) => {
    const h = rowHeight(cells, bold);
    let x = margin;
    cells.forEach((text, i) => {
      const cw = widths[i]!;
      if (fill) doc.rect(x, y, cw, h).fillColor(fill).fill();
      doc.rect(x, y, cw, h).lineWidth(0.5).strokeColor("#000").stroke();
      doc.fillColor("#000").font(bold ? "cjk-bold" : "cjk").fontSize(size).text(text || "", x + pad, y + pad, { width: cw - 2 * pad });
      x += cw;
    });
    return h;
  };

  const header = t.columns.map((c) => c.header);
  const startPage = (first: boolean) => {
    let y = margin;
    if (first) {
      doc.font("cjk-bold").fontSize(14).text(t.title, margin, y, { width: contentW, align: "center" });
      y = doc.y + 2;
      doc.font("cjk").fontSize(9).text(t.subtitle, margin, y, { width: contentW, align: "center" });
      y = doc.y + 8;
    }
    return y + drawRow(header, y, true, "#eef2f6");
  };

  let y = startPage(true);
  if (t.rows.length === 0) {
    doc.font("cjk").fontSize(size).text("（本期无记录）", margin, y + 6);
    y = doc.y;
  }
  for (const r of t.rows) {
    if (y + rowHeight(r, false) > bottom) {
      doc.addPage();
      y = startPage(false);
    }
    y += drawRow(r, y, false, null);
  }
  if (t.footer) doc.font("cjk").fontSize(size).text(t.footer, margin, Math.min(y + 8, bottom - 10), { width: contentW });
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font("cjk").fontSize(7).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, margin, pageH - margin - 8, { width: contentW, align: "center", lineBreak: false });
  }
  doc.end();
  return done;
}
