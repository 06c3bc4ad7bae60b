import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tablePdf, tableXlsx } from "./index";
import type { TableExport, TableSource } from "./index";
import { parsePdf } from "./test-pdf";

const COLUMNS = [
  { header: "序号", width: 5 },
  { header: "服务时间", width: 15 },
  { header: "服务对象", width: 9 },
  { header: "服务内容", width: 30 },
  { header: "经办人", width: 9 },
];

function row(i: number): string[] {
  const content = i % 4 === 0 ? "宅基地纠纷如何申请调解？可向村人民调解委员会申请调解，也可向镇司法所咨询。" : "居住证明开具";
  return [String(i + 1), `2025-03-${String(1 + (i % 28)).padStart(2, "0")} 10:00`, ["刘秀兰", "王建国", "张丽娟"][i % 3]!, content, i % 5 === 0 ? "" : "李建军"];
}

const table = (n: number): TableExport => ({
  title: "二七区马寨镇王庄村便民服务代办站 服务记录本",
  subtitle: `2025年度（共 ${n} 条）`,
  sheetName: "2025年服务记录",
  columns: COLUMNS,
  rows: Array.from({ length: n }, (_, i) => row(i)),
  createdAt: "2026-01-05T02:00:00.000Z",
  footer: "存档：2026-01-05 站长 王建军",
});

/** The same table read in batches of `size`. */
function inBatches(t: TableExport, size: number): TableSource {
  const { rows, ...heading } = t;
  return {
    ...heading,
    batches: async function* () {
      for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("table exports (XLSX and PDF)", () => {
  it("R-DATA-1 the XLSX has the title and subtitle over the columns, a frozen bold header, borders and wrapped text, and the footer", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tableXlsx(table(12))) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("2025年服务记录");
    expect(ws.getCell("A1").value).toBe("二七区马寨镇王庄村便民服务代办站 服务记录本");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").value).toBe("2025年度（共 12 条）");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:E1", "A2:E2"]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getRow(3).values).toEqual([undefined, "序号", "服务时间", "服务对象", "服务内容", "经办人"]);
    expect(ws.getCell("B3").font).toMatchObject({ bold: true });
    expect(ws.getCell("B3").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFEFF3F8" } });
    expect(ws.getColumn(4).width).toBe(30);
    const cell = ws.getCell("D4");
    expect(cell.value).toBe(row(0)[3]);
    expect(cell.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: "top" });
    // an empty cell of the table reads back as an empty string, as it was given
    expect(ws.getCell("E4").value).toBe("");
    expect(ws.getCell("A16").value).toBe("存档：2026-01-05 站长 王建军");
  });

  it("R-DATA-1 a table read in batches gives byte for byte the files of the same table held whole", async () => {
    const whole = table(45);
    const batched = inBatches(whole, 7);
    expect(Buffer.compare(await tableXlsx(batched), await tableXlsx(whole))).toBe(0);
    expect(Buffer.compare(await tablePdf(batched), await tablePdf(whole))).toBe(0);
  });

  it("R-DATA-1 R-RUL-4 the same table gives the same XLSX and PDF bytes whenever it is exported", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-05T02:00:00Z"));
    const [x1, p1] = [await tableXlsx(table(20)), await tablePdf(table(20))];
    vi.setSystemTime(new Date("2026-03-09T15:37:21Z"));
    const [x2, p2] = [await tableXlsx(table(20)), await tablePdf(table(20))];
    expect(Buffer.compare(x1, x2)).toBe(0);
    expect(Buffer.compare(p1, p2)).toBe(0);
  });

  it("R-DATA-1 the PDF repeats the header on every page and numbers each page of the table 第 i 页 / 共 N 页, with no page left over", async () => {
    const pdf = await parsePdf(await tablePdf(table(90)));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.width).toBeCloseTo(841.89, 0);
    expect(pdf.text.split("序号服务时间服务对象服务内容经办人")).toHaveLength(pdf.pages + 1);
    for (let i = 1; i <= pdf.pages; i++) expect(pdf.text).toContain(`第${i}页/共${pdf.pages}页`);
    expect(pdf.text).toContain("宅基地纠纷如何申请调解");
    expect(pdf.text).toContain("存档：2026-01-05站长王建军");
  });

  it("R-DATA-1 an empty table is one page that says there are no records", async () => {
    const pdf = await parsePdf(await tablePdf(table(0)));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("（本期无记录）");
    expect(pdf.text).toContain("第1页/共1页");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tableXlsx(table(0))) as never);
    expect(wb.worksheets[0]!.getRow(3).values).toEqual([undefined, "序号", "服务时间", "服务对象", "服务内容", "经办人"]);
  });
});
