import { describe, expect, it } from "vitest";
import { sampleSupplement } from "./fixtures";
import { renderSupplementNoticePdf } from "./index";
import { parsePdf, squash } from "./test-pdf";

describe("supplement notice PDF", () => {
  it.each(["A4", "A5"] as const)("R-INT-4 the %s supplement notice lists exactly the given lines", async (size) => {
    const bytes = await renderSupplementNoticePdf(sampleSupplement, size);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await parsePdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("补交材料清单");
    expect(pdf.text).toContain(sampleSupplement.noticeNo);
    expect(pdf.text).toContain(sampleSupplement.applicant.name);
    // the table between its header and the note holds the given lines, in order, and nothing else
    const table = pdf.text.slice(pdf.text.indexOf("补交要求") + "补交要求".length, pdf.text.indexOf("备注："));
    expect(table).toBe(squash(sampleSupplement.lines.map((l, i) => `${i + 1}${l.name}${l.detail}`).join("")));
    expect(pdf.text).toContain(squash(`备注：${sampleSupplement.note}`));
  });

  it("R-INT-4 a supplement notice with one line lists only that line", async () => {
    const [first] = sampleSupplement.lines;
    if (!first) throw new Error("fixture has lines");
    const pdf = await parsePdf(await renderSupplementNoticePdf({ ...sampleSupplement, lines: [first], note: null }, "A5"));
    expect(pdf.text).toContain(squash(first.name));
    expect(pdf.text).not.toContain("近期一寸免冠彩色照片");
    expect(pdf.text).not.toContain("备注");
  });

  it("same input gives identical bytes", async () => {
    const a = await renderSupplementNoticePdf(sampleSupplement, "A4");
    const b = await renderSupplementNoticePdf(structuredClone(sampleSupplement), "A4");
    expect(a.equals(b)).toBe(true);
  });
});
