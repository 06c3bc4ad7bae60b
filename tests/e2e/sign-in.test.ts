import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@bianmin/db/seed";
import { freshDb } from "@bianmin/db/testing";
import { APPS, launchChromium, SCREENSHOTS, startApps } from "./harness";
import type { AppKey } from "./harness";

let browser: Browser;
let apps: { stop: () => Promise<void> };

beforeAll(async () => {
  const { url } = await freshDb();
  apps = await startApps(url);
  browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await apps?.stop();
});

async function signIn(app: AppKey, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  await page.goto(`http://localhost:${APPS[app]}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  return page;
}

describe("sign-in to the three apps", () => {
  it("R-ORG-3 R-ORG-4 a village agent signs in and sees the station's derived name, agents and uncovered items", async () => {
    const page = await signIn("village", "liucun-1");
    await page.getByTestId("duty-status").waitFor();
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "本站" }).click();
    await expect.poll(() => page.getByTestId("station-name").textContent()).toBe("二七区侯寨乡刘村便民服务代办站");
    expect(await page.getByTestId("uncovered-items").textContent()).toContain("GG-002");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.screenshot({ path: path.join(SCREENSHOTS, "village-home.png"), fullPage: true });
    await page.getByRole("link", { name: "事项目录" }).click();
    await page.waitForURL(/\/catalog$/);
    expect(await page.getByTestId("catalog-consultation").textContent()).toContain("法律咨询");
    await page.getByRole("link", { name: /最低生活保障/ }).first().click();
    await page.waitForURL(/\/catalog\/ZZ-/);
    expect(await page.locator("h3", { hasText: "申请材料" }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "village-guide.png"), fullPage: true });
    await page.close();
  });

  it("R-ORG-2 a township supervisor signs in and sees the centre, its windows and its villages", async () => {
    const page = await signIn("township", "mazhai-supervisor");
    // the centre's home is the supervision dashboard; the centre itself is under 本中心
    await expect.poll(() => page.getByRole("heading", { name: "督查总览" }).count()).toBe(1);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "本中心" }).click();
    await expect.poll(() => page.getByTestId("center-name").textContent()).toBe("马寨镇便民服务中心");
    expect(await page.getByTestId("window-table").locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId("village-table").textContent()).toContain("二七区马寨镇王庄村便民服务代办站");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-home.png"), fullPage: true });
    await page.close();
  });

  it("R-ORG-1 a district assessor signs in and sees the townships with village and station counts", async () => {
    const page = await signIn("district", "erqi-assessor");
    await expect.poll(() => page.getByTestId("district-name").textContent()).toBe("二七区便民服务网络");
    expect(await page.getByTestId("township-table").textContent()).toContain("马寨镇");
    await page.screenshot({ path: path.join(SCREENSHOTS, "district-home.png"), fullPage: true });
    await page.close();
  });

  it("R-SEC-1 a user of another app is refused with a clear message, and stays signed out", async () => {
    const page = await signIn("village", "erqi-admin");
    await expect.poll(() => page.getByTestId("login-error").textContent()).toContain("不能登录「村（社区）便民服务代办站」");
    await page.screenshot({ path: path.join(SCREENSHOTS, "village-refused.png") });
    await page.goto(`http://localhost:${APPS.village}/`);
    expect(page.url()).toMatch(/\/login/);
    await page.close();
  });

  it("R-SEC-4 a wrong password gets a clear message", async () => {
    const page = await signIn("township", "mazhai-staff", "wrong-password");
    await expect.poll(() => page.getByTestId("login-error").textContent()).toBe("用户名或密码错误");
    await page.close();
  });

  it("signing out returns to the sign-in page", async () => {
    const page = await signIn("district", "erqi-admin");
    await page.getByTestId("district-name").waitFor();
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`http://localhost:${APPS.district}/`);
    expect(page.url()).toMatch(/\/login/);
    await page.close();
  });
});
