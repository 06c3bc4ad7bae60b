/** QR codes for the public progress lookup: SVG for HTML print views, PNG for anything else, vectors in PDFs. */
import QRCode from "qrcode";

const OPTIONS = { errorCorrectionLevel: "M", margin: 1 } as const;

/** An <svg> string (scales to its container; black on white). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: "svg", color: { dark: "#000000", light: "#ffffff" } });
}

export async function qrPngBuffer(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: "png", width: 300 });
}

/** Dark modules as horizontal runs [row, col, length], including the quiet-zone offset of OPTIONS.margin. */
export function qrRuns(text: string): { size: number; runs: [number, number, number][] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  const n = modules.size;
  const m = OPTIONS.margin;
  const runs: [number, number, number][] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      runs.push([r + m, start + m, c - start]);
    }
  }
  return { size: n + 2 * m, runs };
}
