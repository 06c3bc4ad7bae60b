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
const TOWNSHIP = `http://localhost:${APPS.township}`;
const REQUIREMENT = "组织代办员学习服务规范，改进接待态度";

describe("明察暗访 and 整改 across the district and township consoles", () => {
  it("R-SUP-2 the inspector records an inspection with a rectification, the township supervisor confirms it, the district sees it confirmed", async () => {
    // the district inspector records the visit
    const district = await signIn(browser, "district", "erqi-inspector");
    await district.getByRole("link", { name: "明察暗访", exact: true }).click();
    await district.waitForURL(`${DISTRICT}/inspections`);
    await district.getByRole("link", { name: "录入明察暗访" }).click();
    await district.waitForURL(`${DISTRICT}/inspections/new`);
    const form = district.getByTestId("inspection-form");

    // nothing chosen: the server names the station and every unanswered check, nothing is recorded
    await form.getByRole("button", { name: "提交检查记录" }).click();
    await expect.poll(() => district.getByTestId("form-error").textContent()).toContain("请选择被检查的代办站");
    expect(await district.getByTestId("form-error").textContent()).toContain("缺少“工作人员在岗”一项");

    await district.getByLabel("被检查代办站").selectOption({ label: "王庄村" });
    for (const label of ["工作人员在岗", "代办员挂牌上岗", "政务公开内容公示到位", "服务记录完整规范"]) await district.getByLabel(`${label}：通过`).check();
    await district.getByLabel("服务态度热情诚恳：未通过").check();
    // a failed check without a note is refused on its field
    await form.getByRole("button", { name: "提交检查记录" }).click();
    await expect.poll(() => form.locator('tr[data-check="attitude"] .field-error').textContent()).toBe("“服务态度热情诚恳”未通过，请写明发现的问题");
    await district.screenshot({ path: path.join(SCREENSHOTS, "district-inspection-form.png"), fullPage: true });
    await district.getByLabel("服务态度热情诚恳发现的问题").fill("接待群众时态度生硬");
    const agentSelect = district.getByLabel("服务态度热情诚恳涉及代办员");
    const agentName = (await agentSelect.locator("option").nth(2).textContent())!;
    await agentSelect.selectOption({ index: 2 });
    await district.getByRole("button", { name: "添加整改要求" }).click();
    await district.getByLabel("整改要求1").fill(REQUIREMENT);
    await district.getByLabel("整改期限（工作日）").fill("3");
    await form.getByRole("button", { name: "提交检查记录" }).click();
    await expect
      .poll(async () => {
        if (/\/inspections\/[0-9a-f-]{36}$/.test(district.url())) return "recorded";
        const error = district.getByTestId("form-error");
        return (await error.count()) ? `refused: ${await error.textContent()}` : "waiting";
      }, { timeout: 15_000 })
      .toBe("recorded");
    const detailUrl = district.url();
    const findings = district.getByTestId("finding-table");
    expect(await findings.textContent()).toContain("接待群众时态度生硬");
    expect(await findings.textContent()).toContain(agentName.replace("（站长）", ""));
    const rect = district.getByTestId("rectification-row");
    expect(await rect.getAttribute("data-status")).toBe("open");
    expect(await rect.textContent()).toContain(REQUIREMENT);
    expect(await rect.textContent()).toContain("3个工作日");
    expect(await rect.locator("[data-light]").getAttribute("data-light")).toMatch(/^(green|yellow)$/);
    await district.screenshot({ path: path.join(SCREENSHOTS, "district-inspection-recorded.png"), fullPage: true });

    // a photo of the visit (any real PNG: a picture of this very page), then a text file renamed .jpg, refused
    const photos = district.getByTestId("inspection-photos");
    const picture = await district.screenshot();
    await photos.getByLabel("照片（JPG、PNG或WEBP）").setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: picture });
    await photos.getByLabel("照片说明（选填）").fill("服务窗口现场");
    await photos.getByRole("button", { name: "上传照片" }).click();
    const thumb = photos.getByRole("img", { name: "服务窗口现场" });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await photos.getByLabel("照片（JPG、PNG或WEBP）").setInputFiles({ name: "假照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<script>alert(1)</script>") });
    await photos.getByRole("button", { name: "上传照片" }).click();
    await expect.poll(() => photos.getByTestId("form-error").textContent()).toContain("照片只能是JPG、PNG或WEBP格式的图片");
    expect(await photos.getByRole("img").count()).toBe(1);
    await district.screenshot({ path: path.join(SCREENSHOTS, "district-inspection-photo.png"), fullPage: true });

    // the 马寨镇 supervisor confirms the rectification from the township console
    const township = await signIn(browser, "township", "mazhai-supervisor");
    await township.getByRole("link", { name: "整改确认" }).click();
    await township.waitForURL(`${TOWNSHIP}/rectifications`);
    const row = township.getByTestId("rectification-row").filter({ hasText: REQUIREMENT });
    expect(await row.getAttribute("data-status")).toBe("open");
    expect(await row.textContent()).toContain("王庄村");
    await row.getByRole("button", { name: "确认整改到位" }).click();
    await row.getByLabel("确认意见").fill("现场核实，代办员已学习服务规范，接待规范");
    await township.screenshot({ path: path.join(SCREENSHOTS, "township-rectification-confirm.png"), fullPage: true });
    await row.getByRole("button", { name: "确认整改到位" }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("confirmed");
    expect(await row.textContent()).toContain("现场核实");
    await township.screenshot({ path: path.join(SCREENSHOTS, "township-rectification-confirmed.png"), fullPage: true });

    // the district sees it confirmed
    await district.goto(detailUrl);
    const after = district.getByTestId("rectification-row");
    expect(await after.getAttribute("data-status")).toBe("confirmed");
    expect(await after.textContent()).toContain("已确认整改到位");
    expect(await after.locator("[data-light]").getAttribute("data-light")).toBe("onTime");
    await district.screenshot({ path: path.join(SCREENSHOTS, "district-inspection-confirmed.png"), fullPage: true });
    await district.goto(`${DISTRICT}/inspections`);
    const listed = district.getByTestId("inspection-table").locator("tr").filter({ hasText: "王庄村" });
    expect(await listed.textContent()).toContain("已确认 1 / 1");
    await district.screenshot({ path: path.join(SCREENSHOTS, "district-inspections.png"), fullPage: true });
  });
});
