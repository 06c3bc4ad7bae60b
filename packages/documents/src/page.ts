/**
 * The page: paper sizes, the type scale, text primitives over pdfkit, and renderPage, which lays a list of
 * blocks out on one sheet at the largest type scale that fits.
 */
import { createHash } from "node:crypto";
import { cjkFonts } from "./fonts";
import type { PaperSize } from "./types";

export type Doc = PDFKit.PDFDocument;

const REGULAR = "cjk";
const BOLD = "cjk-bold";

const PAGE: Record<PaperSize, { w: number; h: number; margin: number; base: number }> = {
  A4: { w: 595.28, h: 841.89, margin: 42, base: 10 },
  A5: { w: 419.53, h: 595.28, margin: 26, base: 7.5 },
};

/** Short documents are set a little larger than the base size; long ones shrink until they fit. */
const MAX_SCALE = 1.12;

/** Font sizes and spacings for one layout pass. */
export interface Style {
  body: number;
  small: number;
  title: number;
  subtitle: number;
  pad: number;
  gap: number;
  lineGap: number;
}

function styleFor(size: PaperSize, scale: number): Style {
  const b = PAGE[size].base * scale;
  return {
    body: b,
    small: b * 0.8,
    title: b * 1.8,
    subtitle: b * 1.15,
    pad: b * 0.4,
    gap: b * 0.9,
    lineGap: b * 0.2,
  };
}

export interface Ctx {
  doc: Doc;
  s: Style;
  /** left edge and width of the content area */
  x: number;
  w: number;
  /** bottom edge of the content area; text never flows past it */
  bottom: number;
}

export interface Block {
  height(c: Ctx): number;
  draw(c: Ctx, y: number): void;
}

/* ---------- text primitives ---------- */

export function use(c: Ctx, size: number, bold = false): Doc {
  return c.doc.font(bold ? BOLD : REGULAR).fontSize(size);
}

export function textHeight(c: Ctx, text: string, width: number, size: number, bold = false): number {
  if (!text) return 0;
  return use(c, size, bold).heightOfString(text, { width, lineGap: c.s.lineGap });
}

export function drawText(
  c: Ctx,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  opts: { bold?: boolean; align?: "left" | "center" | "right"; characterSpacing?: number } = {},
): void {
  if (!text) return;
  use(c, size, opts.bold).text(text, x, y, {
    width,
    align: opts.align ?? "left",
    lineGap: c.s.lineGap,
    characterSpacing: opts.characterSpacing ?? 0,
    // a height stops pdfkit from ever starting a second page
    height: Math.max(c.bottom - y, size * 2),
  });
}

/** The font size at which `text` fits on one line, not below `floor` × size (then it wraps). */
export function oneLineSize(c: Ctx, text: string, size: number, floor: number): number {
  const natural = use(c, size).widthOfString(text);
  if (natural <= c.w) return size;
  return Math.max(size * floor, (size * c.w) / natural - 0.05);
}

/* ---------- the page ---------- */

export interface DocMeta {
  title: string;
  subject: string;
  createdAt: string;
  /** hashed into the PDF's Keywords, so the document ID (an MD5 of the info dictionary) follows the data */
  data: unknown;
}

function digest(data: unknown): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 32);
}

/**
 * Lay the blocks out on one page at the largest type scale that fits and return the PDF bytes.
 * Identical input gives identical bytes: CreationDate comes from the data and pdfkit's file ID is derived
 * from the info dictionary, which carries a digest of the data.
 */
export async function renderPage(size: PaperSize, meta: DocMeta, blocks: Block[]): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const page = PAGE[size];
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size,
    margin: 0,
    compress: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: "二七区便民服务代办站",
      Creator: "bianmin",
      Producer: "bianmin documents (PDFKit)",
      Keywords: `sha256:${digest(meta.data)}`,
      CreationDate: new Date(meta.createdAt),
    },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);

  const ctx = (scale: number): Ctx => ({
    doc,
    s: styleFor(size, scale),
    x: page.margin,
    w: page.w - 2 * page.margin,
    bottom: page.h - page.margin,
  });
  const available = page.h - 2 * page.margin;
  let c = ctx(MAX_SCALE);
  for (let scale = MAX_SCALE; scale >= 0.6; scale -= 0.04) {
    c = ctx(scale);
    const total = blocks.reduce((h, b) => h + b.height(c), 0);
    if (total <= available) break;
  }

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  let y = page.margin;
  for (const b of blocks) {
    b.draw(c, y);
    y += b.height(c);
  }
  doc.end();
  return done;
}
