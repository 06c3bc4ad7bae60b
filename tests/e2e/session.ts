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
