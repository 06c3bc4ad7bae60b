import { describe, expect, it } from "vitest";
import { sampleReceipt } from "./fixtures";
import { qrPngBuffer, qrSvg, renderReceiptPdf, RECEIPT_RIGHTS_AND_DUTIES, type ReceiptData } from "./index";
import { parsePdf, squash } from "./test-pdf";

const ONE_MB = 1024 * 1024;

describe.each([
  ["A4", 595.28, 841.89],
  ["A5", 419.53, 595.28],
] as const)("receipt on %s", (size, width, height) => {
  it(`R-INT-5 the ${size} receipt PDF is one ${size} page under 1 MB and holds the applicant's name and the receipt number`, async () => {
    const bytes = await renderReceiptPdf(sampleReceipt, size);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(ONE_MB);
    const pdf = await parsePdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.width).toBeCloseTo(width, 0);
    expect(pdf.height).toBeCloseTo(height, 0);
    expect(pdf.text).toContain("张秀英");
    expect(pdf.text).toContain("410103100202-20260302-0001");
  });

  it(`R-INT-5 the ${size} receipt PDF holds every field the requirement lists`, async () => {
    const { text } = await parsePdf(await renderReceiptPdf(sampleReceipt, size));
    const expected = [
      "收件回执单",
      sampleReceipt.station.name,
      "城乡居民基本养老保险参保登记",
      "户口簿（户主页及本人页）",
      "复印件",
      "2份",
      "工本费",
      "5.00元",
      "豫价费字〔2010〕88号",
      "2026年3月2日10:05", // accepted at, Asia/Shanghai
      "2026年3月9日", // promised date
      "3月7日（周六）",
      "李建国",
      "13903710001",
      "申请人的权利和义务",
      ...RECEIPT_RIGHTS_AND_DUTIES,
      "投诉监督电话",
      ...sampleReceipt.complaintHotlines.flatMap((h) => [h.name, h.phone]),
      "扫码或凭查询码K7M2Q9XD及手机号后四位查询办理进度",
      "申请人签字",
      "代办员签字",
    ];
    for (const s of expected) expect(text).toContain(squash(s));
  });
});

describe("receipt PDF", () => {
  it("R-INT-7 a receipt without fees says the service is free", async () => {
    const { text } = await parsePdf(await renderReceiptPdf({ ...sampleReceipt, fees: [] }, "A5"));
    expect(text).toContain("免费");
    expect(text).not.toContain("工本费");
  });

  it("same input gives identical bytes; other data gives other bytes", async () => {
    const a = await renderReceiptPdf(sampleReceipt, "A5");
    const b = await renderReceiptPdf(structuredClone(sampleReceipt), "A5");
    expect(a.equals(b)).toBe(true);
    const other = await renderReceiptPdf({ ...sampleReceipt, applicant: { ...sampleReceipt.applicant, name: "李桂兰" } }, "A5");
    expect(a.equals(other)).toBe(false);
  });

  it("R-INT-5 a long receipt (many materials, long texts) still fits on one A5 page", async () => {
    const long: ReceiptData = {
      ...sampleReceipt,
      materials: Array.from({ length: 14 }, (_, i) => ({
        name: `第${i + 1}项证明材料（须加盖出具单位公章并注明用途）`,
        formLabel: i % 2 ? "原件" : "复印件",
        count: i + 1,
      })),
      fees: [
        { name: "工本费", amountFen: 500, basis: "豫价费字〔2010〕88号" },
        { name: "证书费", amountFen: 1000, basis: "国家发展改革委、财政部关于不动产登记收费标准等有关问题的通知（发改价格规〔2016〕2559号）" },
      ],
      deadlineExplanation:
        "自受理次日起计 5 个工作日。2026年2月14日至2月22日为春节假期不计，2月28日（周六）为调休上班日计入，3月1日（周日）不计。",
    };
    const pdf = await parsePdf(await renderReceiptPdf(long, "A5"));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("第14项证明材料");
    expect(pdf.text).toContain("合计15.00元");
  });

  it("an 即办件 receipt shows the accepted date as the promised date", async () => {
    const sameDay: ReceiptData = {
      ...sampleReceipt,
      item: { ...sampleReceipt.item, timeLimitDays: 0 },
      promisedDate: "2026-03-02",
      deadlineExplanation: "即办件，当场办结。",
    };
    const { text } = await parsePdf(await renderReceiptPdf(sameDay, "A4"));
    expect(text).toContain("即办件（当场办结）");
    expect(text).toContain("承诺办结日期2026年3月2日");
  });
});

describe("lookup QR code", () => {
  it("R-INT-5 qrSvg gives an <svg> for the HTML print view and qrPngBuffer a PNG", async () => {
    const svg = await qrSvg(sampleReceipt.lookupUrl);
    expect(svg.trimStart().startsWith("<svg")).toBe(true);
    expect(svg).toContain("</svg>");
    const png = await qrPngBuffer(sampleReceipt.lookupUrl);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });
});
