import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";
import { signIn } from "./session";

const e2e = useE2E();
let browser: Browser;
beforeAll(() => {
  ({ browser } = e2e);
});

const DISTRICT = `http://localhost:${APPS.district}`;
const VILLAGE = `http://localhost:${APPS.village}`;

describe("catalogue items stopped and resumed; 归口 items assigned by the station head", () => {
  it("R-CAT-2 the administrator stops an item with a reason: it is marked on its page, listed as stopped, gone from the agents' catalogue; then resumed", async () => {
    const admin = await signIn(browser, "district", "erqi-admin");
    await admin.goto(`${DISTRICT}/catalog/ZX-004`);
    await admin.getByRole("button", { name: "停用事项" }).click();
    const form = admin.getByRole("form", { name: "停用事项" });
    // no reason: refused on the field, nothing changes
    await form.getByRole("button", { name: "停用事项" }).click();
    await expect.poll(() => form.locator(".field-error").textContent()).toContain("说明不能为空");
    await form.getByLabel("停用原因").fill("上级通知取消该咨询事项");
    await form.getByRole("button", { name: "停用事项" }).click();
    await expect.poll(() => admin.getByTestId("item-stopped").count()).toBe(1);
    await admin.screenshot({ path: path.join(SCREENSHOTS, "district-item-stopped.png"), fullPage: true });
    await admin.goto(`${DISTRICT}/catalog`);
    expect(await admin.getByTestId("stopped-items").textContent()).toContain("ZX-004");

    const agent = await signIn(browser, "village", "wangzhuang-1");
    await agent.goto(`${VILLAGE}/catalog`);
    expect(await agent.content()).not.toContain("ZX-004");

    await admin.goto(`${DISTRICT}/catalog/ZX-004`);
    await admin.getByRole("button", { name: "重新启用" }).click();
    await admin.getByLabel("启用说明").fill("恢复受理");
    await admin.getByRole("form", { name: "重新启用" }).getByRole("button", { name: "重新启用" }).click();
    await expect.poll(() => admin.getByTestId("item-stopped").count()).toBe(0);
    await agent.goto(`${VILLAGE}/catalog`);
    expect(await agent.content()).toContain("ZX-004");
  });

  it("R-ORG-4 the station head gives the uncovered items to an agent on 本站; the warning goes", async () => {
    const head = await signIn(browser, "village", "liucun-head");
    await head.goto(`${VILLAGE}/station`);
    const warning = head.getByTestId("uncovered-items");
    expect(await warning.textContent()).toContain("GG-002");
    const scope = head.getByTestId("agent-scope");
    await scope.getByLabel("代办员").selectOption({ index: 2 });
    for (const code of ["GG-002", "ZX-004"]) await scope.getByRole("checkbox", { name: new RegExp(code) }).check();
    await head.screenshot({ path: path.join(SCREENSHOTS, "village-agent-scope.png"), fullPage: true });
    await scope.getByRole("button", { name: "保存归口事项" }).click();
    await expect.poll(() => head.getByTestId("uncovered-items").count()).toBe(0);
    expect(await head.content()).toContain("所有事项均已有归口代办员");
  });
});
