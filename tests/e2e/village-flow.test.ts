import path from "node:path";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { callerAs } from "@bianmin/api/testing";
import { agentScopes, agents, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";
import { pdfText } from "./pdf-text";
import { act, clockOn, signIn as signInTo } from "./session";

const signIn = (username: string) => signInTo(browser, "village", username);

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const VILLAGE = `http://localhost:${APPS.village}`;

/** Station agents of a village who do and do not cover an item (from the seeded scopes). */
async function staff(villageSlug: string, itemCode: string) {
  const rows = await db
    .select({ username: users.username, covers: agentScopes.itemCode })
    .from(users)
    .innerJoin(agents, eq(agents.userId, users.id))
    .leftJoin(agentScopes, and(eq(agentScopes.agentId, agents.id), eq(agentScopes.itemCode, itemCode)))
    .where(like(users.username, `${villageSlug}-_`));
  return { covering: rows.filter((r) => r.covers).map((r) => r.username), others: rows.filter((r) => !r.covers).map((r) => r.username) };
}


describe("a matter's whole life in the village portal", () => {
  it("R-INT-1 R-INT-3 R-INT-5 R-FLW-1 R-FLW-3 R-FLW-4 an agent registers, accepts and prints the receipt; the window handles it; the agent delivers and the applicant rates; the public lookup shows it", async () => {
    const agent = (await staff("zhangli", "ZZ-001")).covering[0]!;
    const page = await signIn(agent);
    await clockOn(page);

    // intake wizard
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "登记事项" }).click();
    await page.waitForURL(/\/matters\/new$/);
    await page.getByLabel("姓名").fill("王秀英");
    await page.getByLabel("联系电话").fill("13837145678");
    await page.getByLabel("身份证号（选填）").fill("11010519491231002X");
    await page.getByLabel("住址").fill("二七区马寨镇张李垌村5组");
    await page.getByLabel("搜索事项（名称或编码）").fill("生育服务");
    await page.getByRole("option", { name: /生育服务登记/ }).click();
    await page.getByRole("button", { name: "材料已全部收齐" }).click();
    await page.screenshot({ path: path.join(SCREENSHOTS, "intake-wizard.png"), fullPage: true });
    await page.getByRole("button", { name: "受理并打印收件回执单" }).click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}\?done=accept$/);
    const matterId = page.url().match(/matters\/([0-9a-f-]{36})/)![1]!;
    await expect.poll(() => page.getByTestId("matter-status").textContent()).toBe("办理中");
    expect(await page.getByTestId("custody").textContent()).toContain("代办员");
    expect(await page.getByTestId("deadline").textContent()).toContain("承诺办结");

    // receipt: print view (A5) and PDF with the applicant's Chinese name
    await page.getByRole("link", { name: "打印收件回执单（A5）" }).click();
    await page.waitForURL(/\/receipt\?size=A5$/);
    const sheet = await page.locator("body").textContent();
    expect(sheet).toContain("收件回执单");
    expect(sheet).toContain("王秀英");
    const receiptNo = sheet!.match(/410103100203-\d{8}-\d{4}/)![0];
    await page.screenshot({ path: path.join(SCREENSHOTS, "receipt-a5.png"), fullPage: true });
    const pdf = await page.request.get(`${VILLAGE}/matters/${matterId}/receipt.pdf?size=A5`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = await pdfText(await pdf.body());
    expect(text).toContain("王秀英");
    expect(text).toContain(receiptNo);

    // transfer to the township window from the matter page
    await page.goto(`${VILLAGE}/matters/${matterId}`);
    await act(page, "传递至便民服务中心窗口");
    await expect.poll(() => page.getByTestId("matter-status").textContent()).toBe("已传递待窗口接收");

    // the window's side (its screens come with the township portal) through the API
    const win = await callerAs(db, "mazhai-window1", new Date());
    let m = await win.matter.get({ matterId });
    await win.matter.act({ matterId, expectedVersion: m.version, command: { type: "receiveAtWindow" } });
    await win.matter.act({ matterId, expectedVersion: m.version + 1, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "生育服务证", number: "MZ-2026-0098" }] } });
    m = await win.matter.get({ matterId });
    await win.matter.act({ matterId, expectedVersion: m.version, command: { type: "returnFromWindow" } });

    // deliver and rate at the counter
    await page.reload();
    await expect.poll(() => page.getByTestId("matter-status").textContent()).toBe("已办结待送达");
    await act(page, "送达申请人", { 签收人: "王秀英" });
    await act(page, "申请人确认并评价", {}, { 申请人评价: "满意" });
    await page.screenshot({ path: path.join(SCREENSHOTS, "matter-page.png"), fullPage: true });
    const timeline = await page.getByTestId("timeline").textContent();
    for (const step of ["登记", "受理", "传递", "窗口接收", "办结", "送达", "评价"]) expect(timeline).toContain(step);

    // public lookup, no sign-in
    const anon = await browser.newPage({ locale: "zh-CN" });
    await anon.goto(`${VILLAGE}/lookup?code=${receiptNo}&phone=5678`);
    const result = await anon.getByTestId("lookup-result").textContent();
    expect(result).toContain("生育服务登记");
    expect(result).not.toContain("王秀英");
    await anon.goto(`${VILLAGE}/lookup?code=${receiptNo}&phone=0000`);
    expect(await anon.getByTestId("lookup-error").textContent()).toContain("未找到匹配的办理记录");
    await anon.close();
    await page.context().close();
  });

  it("R-INT-6 R-RUL-5 the responsible agent is off duty: a colleague accepts, the responsible agent takes the handover", async () => {
    const { covering, others } = await staff("houzhaicun", "ZZ-012");
    const colleague = await signIn(others[0]!);
    await clockOn(colleague);
    await colleague.goto(`${VILLAGE}/matters/new`);
    await colleague.getByLabel("姓名").fill("赵建国");
    await colleague.getByLabel("联系电话").fill("13937100001");
    await colleague.getByLabel("住址").fill("二七区侯寨乡侯寨村2组");
    await colleague.getByLabel("搜索事项（名称或编码）").fill("ZZ-012");
    await colleague.getByLabel("搜索事项（名称或编码）").press("Enter");
    await colleague.getByRole("button", { name: "材料已全部收齐" }).click();
    await colleague.getByRole("button", { name: "受理并打印收件回执单" }).click();
    await colleague.waitForURL(/\?done=accept$/);
    expect(await colleague.getByTestId("custody").textContent()).toContain("待移交");
    await colleague.context().close();

    const responsible = await signIn(covering[0]!);
    await clockOn(responsible);
    const inbox = responsible.getByTestId("handover-inbox");
    await inbox.getByRole("link", { name: "赵建国" }).click();
    await responsible.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await responsible.getByTestId("matter-actions").getByRole("button", { name: "接收移交的材料" }).click();
    await responsible.getByRole("button", { name: "确认移交材料给归口代办员" }).click();
    await expect.poll(() => responsible.getByTestId("timeline").textContent()).toContain("移交");
    expect(await responsible.getByTestId("custody").textContent()).not.toContain("待移交");
    await responsible.goto(`${VILLAGE}/`);
    expect(await responsible.getByTestId("handover-inbox").textContent()).toContain("没有待接收的移交");
    await responsible.context().close();
  });

  it("R-INT-3 bad input in the wizard gets a Chinese message at the field and nothing is saved", async () => {
    const agent = (await staff("jiangang", "ZZ-012")).covering[0]!;
    const page = await signIn(agent);
    await clockOn(page);
    await page.goto(`${VILLAGE}/matters/new`);
    await page.getByLabel("姓名").fill("李四");
    await page.getByLabel("联系电话").fill("12345");
    await page.getByLabel("身份证号（选填）").fill("110105194912310021");
    await page.getByLabel("住址").fill("尖岗村");
    await page.getByLabel("搜索事项（名称或编码）").fill("ZZ-012");
    await page.getByLabel("搜索事项（名称或编码）").press("Enter");
    await page.getByRole("button", { name: "材料已全部收齐" }).click();
    await page.getByRole("button", { name: "受理并打印收件回执单" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("联系电话");
    expect(await page.locator(".field-error").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("联系电话"), expect.stringContaining("身份证")]));
    await page.screenshot({ path: path.join(SCREENSHOTS, "intake-errors.png"), fullPage: true });
    await page.goto(`${VILLAGE}/matters?group=all`);
    expect(await page.locator("body").textContent()).not.toContain("李四");
    await page.context().close();
  });
});
