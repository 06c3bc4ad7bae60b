import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO_PASSWORD } from "@bianmin/db/seed";
import { APPS } from "./harness";
import type { AppKey } from "./harness";

/** A fresh browser context signed in to one app as a seeded user, on the app's home page. */
export async function signIn(browser: Browser, app: AppKey, username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
  const page = await context.newPage();
  const base = `http://localhost:${APPS[app]}`;
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(`${base}/`);
  return page;
}

/** 签到上岗 on the village home page. */
export async function clockOn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "签到上岗" }).click();
  await expect.poll(() => page.getByTestId("duty-status").textContent()).toContain("已签到在岗");
}

/** Press a matter action, fill its form, confirm, and wait until the timeline grows (or fail with the refusal). */
export async function act(page: Page, button: string, fill: Record<string, string> = {}, select: Record<string, string> = {}): Promise<void> {
  await page.getByTestId("matter-actions").getByRole("button", { name: button, exact: true }).click();
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label).fill(value);
  for (const [label, value] of Object.entries(select)) await page.getByLabel(label).selectOption({ label: value });
  const before = await page.getByTestId("timeline").locator("li").count();
  await page.getByRole("button", { name: `确认${button}` }).click();
  await expect
    .poll(async () => {
      const error = page.getByTestId("form-error");
      if (await error.count()) return `refused: ${await error.textContent()}`;
      return (await page.getByTestId("timeline").locator("li").count()) > before ? "done" : "waiting";
    })
    .toBe("done");
}
