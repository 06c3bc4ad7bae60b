import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { accepted, staffFor } from "@bianmin/api/fixtures";
import { callerAs } from "@bianmin/api/testing";
import type { Db } from "@bianmin/db";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";
import { signIn } from "./session";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const DISTRICT = `http://localhost:${APPS.district}`;

/** The half-year that ended last (the default of the page), with a Monday in it for the history. */
function lastClosedHalfYear() {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const h = Number(today.slice(5, 7)) <= 6 ? { year: year - 1, index: 2 } : { year, index: 1 };
  return { key: `${h.year}-H${h.index}`, label: `${h.year}年${h.index === 1 ? "上" : "下"}半年（${h.index === 1 ? "1—6" : "7—12"}月）`, month: h.index === 1 ? "03" : "09", year: h.year };
}

/** The first Monday of a month (a working day unless a holiday falls on it; March and September have none on their first Monday). */
function firstMonday(year: number, month: string): string {
  for (let d = 1; d <= 7; d += 1) {
    const day = `${year}-${month}-0${d}`;
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === 1) return day;
  }
  throw new Error("no Monday");
}

describe("the district approval centre's half-year station assessment", () => {
  it("R-ASM-2 R-ASM-3 the assessor computes the last closed half-year, opens a station, confirms it and downloads the XLSX", async () => {
    // a little history in that half-year at 王庄村: a 2-working-day matter accepted on a Monday and completed on Friday (late)
    const h = lastClosedHalfYear();
    const monday = firstMonday(h.year, h.month);
    const friday = `${monday.slice(0, 8)}${String(Number(monday.slice(8)) + 4).padStart(2, "0")}`;
    const agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    const { matterId, version } = await accepted(db, agent, "ZZ-012", `${monday}T09:30:00+08:00`);
    const later = await callerAs(db, agent, `${friday}T10:00:00+08:00`);
    const done = await later.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
    await later.matter.act({ matterId, expectedVersion: done.version, command: { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" } });
    await (await callerAs(db, agent, `${friday}T17:30:00+08:00`)).attendance.clockOff();

    const page = await signIn(browser, "district", "erqi-assessor");
    await page.getByRole("link", { name: "半年考核" }).click();
    await page.waitForURL(`${DISTRICT}/assessments`);
    expect(await page.getByLabel("考核期").locator("option:checked").textContent()).toContain(h.label);
    await page.getByRole("button", { name: "计算本期考核结果" }).click();
    await expect.poll(() => page.getByTestId("half-year-table").locator("tbody tr").count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(14);
    const row = page.getByTestId("half-year-table").locator("tr", { hasText: "王庄村" });
    expect(await row.textContent()).toContain("马寨镇");
    expect(await row.textContent()).toContain("草稿（待确认）");
    expect(await page.locator(".echart svg").first().innerHTML()).toContain("马寨镇");
    expect(await page.getByTestId("township-summary").textContent()).toContain("马寨镇");
    await page.screenshot({ path: path.join(SCREENSHOTS, "district-half-year.png"), fullPage: true });

    await row.getByRole("link", { name: "王庄村" }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
    const lines = page.getByTestId("assessment-lines");
    expect(await lines.textContent()).toContain("按期办结率：按期办结件数0 ÷ 办结件数1 = 0%，得0分（满分25分）");
    expect(await page.getByTestId("assessment-metrics").textContent()).toContain("超期2个工作日");
    await page.screenshot({ path: path.join(SCREENSHOTS, "district-half-year-station.png"), fullPage: true });
    await page.getByRole("button", { name: "确认并归档" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("已确认归档");
    expect(await page.getByTestId("assessment-correct").count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "district-half-year-confirmed.png"), fullPage: true });

    await page.goto(`${DISTRICT}/assessments`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 Excel" }).click()]);
    expect(download.suggestedFilename()).toBe(`代办站半年考核-二七区-${h.key}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path())!)) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("二七区便民服务代办站半年考核结果");
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => (ws.getRow(4 + i).values as unknown[]).slice(1));
    const wang = rows.find((r) => r[2] === "王庄村")!;
    expect(wang[1]).toBe("马寨镇");
    expect(wang[3]).toBe("0");
    expect(wang[wang.length - 2]).toBe("已确认归档");
  });
});
