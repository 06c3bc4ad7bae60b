import { describe, expect, it } from "vitest";
import { sampleRefer, sampleReject } from "./fixtures";
import { renderDecisionNoticePdf } from "./index";
import { parsePdf, squash } from "./test-pdf";

describe("decision notices", () => {
  it.each(["A4", "A5"] as const)("R-INT-4 the %s reject notice (退回通知书) holds the written reason", async (size) => {
    const bytes = await renderDecisionNoticePdf(sampleReject, size);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await parsePdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("退回通知书");
    expect(pdf.text).toContain(squash(`退回理由${sampleReject.reason}`));
    expect(pdf.text).toContain(sampleReject.applicant.name);
    expect(pdf.text).toContain(sampleReject.noticeNo);
    for (const h of sampleReject.complaintHotlines) expect(pdf.text).toContain(h.phone);
  });

  it.each(["A4", "A5"] as const)("R-INT-4 the %s refer notice (告知单) holds the body to apply to", async (size) => {
    const pdf = await parsePdf(await renderDecisionNoticePdf(sampleRefer, size));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("告知单");
    expect(pdf.text).toContain(squash(sampleRefer.body ?? ""));
    expect(pdf.text).toContain(squash(sampleRefer.note ?? ""));
    expect(pdf.text).not.toContain("退回理由");
  });

  it("same input gives identical bytes", async () => {
    const a = await renderDecisionNoticePdf(sampleRefer, "A5");
    const b = await renderDecisionNoticePdf(structuredClone(sampleRefer), "A5");
    expect(a.equals(b)).toBe(true);
  });
});
