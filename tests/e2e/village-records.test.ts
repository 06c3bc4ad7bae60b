import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { callerAs } from "@bianmin/api/testing";
import type { Db } from "@bianmin/db";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";
import { pdfText } from "./pdf-text";
import { signIn } from "./session";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const VILLAGE = `http://localhost:${APPS.village}`;
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("registration ledger, record book and year-end archive in the village portal", () => {
  it("R-RUL-4 R-DATA-1 R-INT-3 the station head closes last year and downloads the archive, byte for byte as kept", async () => {
    // last year's service: a consultation answered on the spot (recorded through the API at that date)
    const lastYear = new Date().getFullYear() - 1;
    const then = await callerAs(db, "biyunlu-1", new Date(`${lastYear}-06-15T09:30:00+08:00`));
    await then.attendance.clockOn();
    await then.records.consultation({
      idempotencyKey: randomUUID(),
      itemCode: "ZX-002",
      applicant: { name: "孙桂兰", phone: "13700001111", address: "碧云路社区5号楼" },
      question: "城乡居民养老保险每年缴费档次怎么选？",
      answer: "讲解了缴费档次和补贴标准，建议按家庭收入选择。",
    });

    const page = await signIn(browser, "village", "biyunlu-head");
    await page.goto(`${VILLAGE}/records?from=${lastYear}-06-01&to=${lastYear}-06-30&year=${lastYear}`);
    expect(await page.getByTestId("ledger").textContent()).toContain("孙桂兰");
    expect(await page.getByTestId("record-book").textContent()).toContain("讲解了缴费档次");

    const ledgerXlsx = await page.request.get(`${VILLAGE}/records/ledger.xlsx?from=${lastYear}-06-01&to=${lastYear}-06-30`);
    expect(ledgerXlsx.status()).toBe(200);
    expect((await ledgerXlsx.body()).subarray(0, 2).toString()).toBe("PK");

    await page.getByLabel("存档年度").selectOption(String(lastYear));
    await page.getByLabel("我已核对本年度服务记录，存档后不能再修改").check();
    await page.getByRole("button", { name: "年底存档" }).click();
    await expect.poll(() => page.getByTestId("archives").locator("tbody tr").count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "records-archive.png"), fullPage: true });
    const shown = await page.getByTestId("archives").locator(".checksum").allTextContents();

    const first = await page.request.get(`${VILLAGE}/records/archive/${lastYear}/pdf`);
    const second = await page.request.get(`${VILLAGE}/records/archive/${lastYear}/pdf`);
    const a = await first.body();
    const b = await second.body();
    expect(Buffer.compare(a, b)).toBe(0);
    expect(shown).toContain(sha256(a));
    expect(first.headers()["x-content-sha256"]).toBe(sha256(a));
    expect(await pdfText(a)).toContain("孙桂兰");
    const xlsx = await (await page.request.get(`${VILLAGE}/records/archive/${lastYear}/xlsx`)).body();
    expect(shown).toContain(sha256(xlsx));
    await page.context().close();
  });
});
