import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { callerAs, sessionUser } from "@bianmin/api/testing";
import type { Db } from "@bianmin/db";
import { signIn as signInTo } from "./session";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const VILLAGE = `http://localhost:${APPS.village}`;
const WANGZHUANG = "410103100202";
const COMPLAINT = "周六上午按预约时间到站，代办员迟到了四十分钟，希望改进。";

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" });
  return context.newPage();
}

const signIn = (username: string) => signInTo(browser, "village", username);

/** Take an act on the complaint page and wait until the page shows the new status (or the refusal). */
async function act(page: Page, button: string, label: string | null, text: string, status: string) {
  await page.getByTestId("complaint-actions").getByRole("button", { name: button, exact: true }).click();
  if (label) await page.getByLabel(label).fill(text);
  await page.getByRole("button", { name: `确认${button}` }).click();
  await expect
    .poll(async () => {
      const error = page.getByTestId("form-error");
      if (await error.count()) return `refused: ${await error.textContent()}`;
      return (await page.locator("h1").textContent())?.includes(status) ? "done" : "waiting";
    })
    .toBe("done");
}

describe("the station's public page and complaints", () => {
  it("R-CAT-4 R-RUL-3 a visitor reads the station's public page on a phone and files an online complaint; the designated agent sees it, replies and closes it", async () => {
    // the head has designated the complaint handler (its own screen is tested in the API tests)
    const handler = await sessionUser(db, "wangzhuang-1");
    await (await callerAs(db, "wangzhuang-head", new Date())).complaint.setHandler({ userId: handler.id });

    const page = await phone();
    await page.goto(`${VILLAGE}/s/${WANGZHUANG}`);
    expect(await page.getByTestId("station-name").textContent()).toBe("二七区马寨镇王庄村便民服务代办站");
    const chart = page.getByTestId("workflow-chart");
    expect(await chart.isVisible()).toBe(true);
    for (const box of ["受理环节", "传递环节", "回复环节", "出具《收件回执单》", "乡镇便民服务中心窗口", "区行政审批中心", "评价"]) expect(await chart.textContent()).toContain(box);
    const rules = await page.getByTestId("work-rules").textContent();
    for (const rule of ["首问负责制", "限时办结制", "预约服务制", "服务承诺制", "免费便民服务代办制", "干部接待制", "监督举报制"]) expect(rules).toContain(rule);
    expect(await page.getByTestId("hotlines").textContent()).toContain("0371-68123101");
    // nothing overflows the phone's width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // a guide opens on tap
    await page.locator("#guides > summary").click();
    await page.getByTestId("guide-ZZ-001").locator("summary").click();
    expect(await page.getByTestId("guide-ZZ-001").textContent()).toContain("申请材料");
    await page.screenshot({ path: path.join(SCREENSHOTS, "public-station-phone.png"), fullPage: true });

    // the online complaint: a bad phone number is named, then it goes through
    await page.getByLabel("投诉内容（5–1000字）").fill(COMPLAINT);
    await page.getByLabel("联系电话（选填，便于答复）").fill("12345");
    await page.getByRole("button", { name: "提交投诉" }).click();
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("联系电话格式不正确");
    await page.getByLabel("您的姓名（选填）").fill("周建华");
    await page.getByLabel("联系电话（选填，便于答复）").fill("13812345678");
    await page.getByRole("button", { name: "提交投诉" }).click();
    await expect.poll(() => page.getByTestId("complaint-sent").count()).toBe(1);

    // the poster
    const poster = await (await browser.newContext({ viewport: { width: 1200, height: 1600 }, locale: "zh-CN" })).newPage();
    await poster.goto(`${VILLAGE}/s/${WANGZHUANG}/poster`);
    expect(await poster.getByTestId("station-poster").textContent()).toContain("二七区马寨镇王庄村便民服务代办站");
    await poster.screenshot({ path: path.join(SCREENSHOTS, "poster.png"), fullPage: true });
    // printed, the poster fills one A3 sheet
    await poster.emulateMedia({ media: "print" });
    const pdf = (await poster.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

    // an unknown code is a 404
    expect((await page.request.get(`${VILLAGE}/s/410103100205`)).status()).toBe(404);

    // the designated agent handles it
    const staff = await signIn("wangzhuang-1");
    await staff.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "投诉举报" }).click();
    await staff.waitForURL(/\/complaints$/);
    expect(await staff.getByTestId("public-page-url").textContent()).toContain(`/s/${WANGZHUANG}`);
    expect(await staff.getByTestId("complaint-handler").textContent()).toContain(handler.name);
    await staff.screenshot({ path: path.join(SCREENSHOTS, "complaints.png"), fullPage: true });
    await staff.getByTestId("complaint-table").getByRole("link", { name: /周六上午按预约时间到站/ }).click();
    await staff.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
    expect(await staff.getByTestId("complaint-facts").textContent()).toContain("网上投诉");
    await act(staff, "答复投诉人", "答复内容", "已向您致歉，站长已安排周末值班表并张贴公示。", "已答复");
    await act(staff, "办结", "处理结果", "投诉人电话回访表示满意。", "已办结");
    expect(await staff.getByTestId("complaint-result").textContent()).toBe("投诉人电话回访表示满意。");
    await staff.screenshot({ path: path.join(SCREENSHOTS, "complaint-closed.png"), fullPage: true });
  });
});
