/** Test helper: read a PDF back with pdf.js (the parser browsers use), not by grepping bytes. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ParsedPdf {
  pages: number;
  /** all text of all pages in content order, whitespace removed (CJK has none and wrapping adds none) */
  text: string;
  /** size of the first page in points */
  width: number;
  height: number;
}

export async function parsePdf(bytes: Buffer): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    let text = "";
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) if ("str" in item) text += item.str;
    }
    const first = await pdf.getPage(1);
    const [, , width, height] = first.view;
    return { pages: pdf.numPages, text: text.replace(/\s+/g, ""), width: width ?? 0, height: height ?? 0 };
  } finally {
    await pdf.destroy();
  }
}

export const squash = (s: string): string => s.replace(/\s+/g, "");
