import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { accepted, staffFor } from "@bianmin/api/fixtures";
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

const TOWNSHIP = `http://localhost:${APPS.township}`;
/** An instant n calendar days before now, at 10:00 Shanghai time. */
const daysAgo = (n: number) => `${new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)}T10:00:00+08:00`;

describe("the township centre supervises its villages", () => {
  it("R-SUP-1 a supervisor opens the dashboard, sees a village red because of an overdue matter, and drills into the matter's history", async () => {
    // 王庄村 accepted a 2-working-day matter three weeks ago and never completed it
    const agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    const { matterId } = await accepted(db, agent, "ZZ-012", daysAgo(21));

    const page = await signIn(browser, "township", "mazhai-supervisor");
    await expect.poll(() => page.getByRole("heading", { name: "督查总览" }).count()).toBe(1);
    expect(Number(await page.getByTestId("kpi-red").locator(".kpi-value").textContent())).toBeGreaterThanOrEqual(1);
    const row = page.getByTestId("village-supervision").locator('tr[data-village="王庄村"]');
    await expect.poll(() => row.locator("[data-light]").first().getAttribute("data-light")).toBe("red");
    expect(await row.textContent()).toContain("1件事项超期");
    // the charts are drawn on the server as SVG with Chinese labels
    expect(await page.locator(".echart svg").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".echart svg").first().innerHTML()).toContain("王庄村");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-dashboard.png"), fullPage: true });

    // drill down: village → its station's open matters → the matter with its full timeline
    await row.getByRole("link", { name: "王庄村" }).click();
    await page.waitForURL(/\/stations\/[0-9a-f-]+$/);
    const table = page.getByTestId("matter-table");
    await expect.poll(() => table.locator('[data-light="red"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-station-drilldown.png"), fullPage: true });
    await table.locator(`a[href="/matters/${matterId}"]`).click();
    await page.waitForURL(`${TOWNSHIP}/matters/${matterId}`);
    const timeline = page.getByTestId("timeline");
    await expect.poll(() => timeline.locator("li").count()).toBe(2);
    expect(await timeline.textContent()).toContain("受理");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-matter.png"), fullPage: true });

    // the overdue list on the dashboard links to the same matter
    await page.goto(`${TOWNSHIP}/`);
    await expect.poll(() => page.getByTestId("overdue-table").locator(`a[href="/matters/${matterId}"]`).count()).toBe(1);
  });
});
