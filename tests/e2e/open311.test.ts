import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { DEMO_OPEN311_KEY } from "@bianmin/db/seed";
import { APPS, SCREENSHOTS, useE2E } from "./harness";
import { act, clockOn, signIn } from "./session";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const OPEN311 = `http://localhost:${APPS.district}/open311/v2`;
const VILLAGE = `http://localhost:${APPS.village}`;
const DISTRICT = `http://localhost:${APPS.district}`;

/** 村（社区）证明出具 at 王庄村, as a hotline would file it (form-encoded, as the standard says). */
function application(apiKey: string): URLSearchParams {
  return new URLSearchParams({
    api_key: apiKey,
    jurisdiction_id: "410103100202",
    service_code: "ZZ-012",
    last_name: "欧阳",
    first_name: "明月",
    phone: "13903712468",
    address_string: "二七区马寨镇王庄村7组3号",
    description: "开具居住证明",
    "attribute[m1]": "yes",
    "attribute[m2]": "yes",
  });
}

type Req = { service_request_id: string; status: string; expected_datetime: string | null; agency_responsible: string; updates?: { status: string }[] };

async function getRequest(id: string, extensions = false): Promise<Req> {
  const res = await fetch(`${OPEN311}/requests/${id}.json${extensions ? "?extensions=true" : ""}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const [one] = (await res.json()) as Req[];
  return one!;
}

describe("Open311: filing and following a request from another channel", () => {
  it("R-API-1 R-INT-4 R-DL-2 a POSTed request waits in the station's queue as 网上申请; the agent takes the materials and accepts it at the counter; GET requests/{id} shows the status change and expected_datetime", async () => {
    const posted = await fetch(`${OPEN311}/requests.json`, { method: "POST", body: application(DEMO_OPEN311_KEY) });
    expect(posted.status).toBe(200);
    const [created] = (await posted.json()) as { service_request_id: string; service_notice: string }[];
    const id = created!.service_request_id;
    expect(created!.service_notice).toContain("王庄村便民服务代办站");
    const before = await getRequest(id, true);
    expect(before).toMatchObject({ status: "OPEN", expected_datetime: null, agency_responsible: "二七区马寨镇王庄村便民服务代办站" });

    // the station's queue, marked as an online application
    const page = await signIn(browser, "village", "wangzhuang-1");
    await clockOn(page);
    await page.goto(`${VILLAGE}/matters`);
    const row = page.getByTestId("matter-table").getByRole("row", { name: /欧阳明月/ });
    await expect.poll(() => row.textContent()).toContain("网上申请");
    await page.screenshot({ path: path.join(SCREENSHOTS, "open311-queue.png"), fullPage: true });
    await row.getByRole("link", { name: "欧阳明月" }).click();
    await page.waitForURL(new RegExp(`/matters/${id}$`));
    expect(await page.getByTestId("timeline").textContent()).toContain("网上申请（开放接口：");

    // at the counter: the materials handed in, then 受理
    await act(page, "登记补交材料");
    await act(page, "受理");
    await expect.poll(() => page.getByTestId("matter-status").textContent()).toBe("办理中");
    await page.screenshot({ path: path.join(SCREENSHOTS, "open311-accepted.png"), fullPage: true });
    await page.context().close();

    // followed through Open311: still open, now IN_PROGRESS, due by the end of the promised day
    const [stored] = await db.select().from(matters).where(eq(matters.id, id));
    expect(stored!.promisedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const plain = await getRequest(id);
    expect(plain).toMatchObject({ status: "open", expected_datetime: `${stored!.promisedDate}T23:59:59+08:00` });
    const after = await getRequest(id, true);
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.updates!.map((u) => u.status)).toEqual(["OPEN", "OPEN", "IN_PROGRESS"]);
    expect(JSON.stringify(after)).not.toContain("欧阳明月");
  });

  it("R-API-1 R-SEC-2 the administrator issues a key in 开放接口, shown once; it files requests until it is revoked", async () => {
    const page = await signIn(browser, "district", "erqi-admin");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "开放接口" }).click();
    await page.waitForURL(`${DISTRICT}/api-clients`);
    expect(await page.getByTestId("open311-howto").textContent()).toContain(`${OPEN311}/requests.json`);
    await page.getByLabel("接入系统名称").fill("县级政务服务平台");
    await page.getByLabel("联系人及电话（选填）").fill("张工 0371-60000000");
    await page.getByRole("button", { name: "签发密钥" }).click();
    const shown = page.getByTestId("issued-key");
    await expect.poll(() => shown.count()).toBe(1);
    const key = (await shown.locator("code").textContent())!.trim();
    expect(key).toMatch(/^o311_/);
    await expect.poll(() => page.getByTestId("api-clients").textContent()).toContain("县级政务服务平台");
    await page.screenshot({ path: path.join(SCREENSHOTS, "open311-console.png"), fullPage: true });

    expect((await fetch(`${OPEN311}/requests.json`, { method: "POST", body: application(key) })).status).toBe(200);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "吊销「县级政务服务平台」的密钥" }).click();
    await expect.poll(() => page.getByTestId("api-clients").getByRole("row", { name: /县级政务服务平台/ }).textContent()).toContain("已于");
    const refused = await fetch(`${OPEN311}/requests.xml`, { method: "POST", body: application(key) });
    expect(refused.status).toBe(403);
    const xml = await refused.text();
    expect(xml).toContain('<?xml version="1.0" encoding="UTF-8"?>');
    expect(xml).toContain("<code>403</code>");
    await page.context().close();
  });
});
