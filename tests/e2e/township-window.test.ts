import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { APPLICANT, accepted, staffFor } from "@bianmin/api/fixtures";
import { callerAs } from "@bianmin/api/testing";
import type { Db } from "@bianmin/db";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";
import { act, signIn } from "./session";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const VILLAGE = `http://localhost:${APPS.village}`;
const TOWNSHIP = `http://localhost:${APPS.township}`;
/** An instant n calendar days before now, at 10:00 Shanghai time. */
const daysAgo = (n: number) => `${new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)}T10:00:00+08:00`;

/** Take one act on the matter page through its form and wait until the timeline grows (or the form shows a refusal). */

describe("the township centre's window", () => {
  it("R-FLW-1 R-FLW-2 a station transfers a township item; the window clerk receives it from the inbox, completes it and returns the result; the agent sees it back with custody", async () => {
    // the village side: accepted at the counter (the intake wizard has its own test), transferred from the matter page
    const agent = (await staffFor(db, "wangzhuang", "ZZ-001")).covering[0]!.username;
    const { matterId } = await accepted(db, agent, "ZZ-001", new Date().toISOString());
    const village = await signIn(browser, "village", agent);
    await village.goto(`${VILLAGE}/matters/${matterId}`);
    await act(village, "传递至便民服务中心窗口");
    await expect.poll(() => village.getByTestId("matter-status").textContent()).toBe("已传递待窗口接收");

    // the window clerk finds it in the 计生窗口's inbox, 待接收, with a green light
    const win = await signIn(browser, "township", "mazhai-window1");
    await win.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "窗口收件" }).click();
    await win.waitForURL(`${TOWNSHIP}/window`);
    expect(await win.getByTestId("inbox-window").textContent()).toContain("1号 计生窗口");
    await win.getByRole("link", { name: "待接收（1）" }).click();
    await win.waitForURL(/\/window\?group=pending$/);
    const inbox = win.getByTestId("window-inbox");
    const row = inbox.locator("tr", { has: win.locator(`a[href="/matters/${matterId}"]`) });
    expect(await row.textContent()).toContain("王庄村");
    expect(await row.locator("[data-light]").getAttribute("data-light")).toBe("green");
    await win.screenshot({ path: path.join(SCREENSHOTS, "township-window-inbox.png"), fullPage: true });

    // receive: the materials are now with the window
    await row.getByRole("link", { name: APPLICANT.name }).click();
    await win.waitForURL(`${TOWNSHIP}/matters/${matterId}`);
    const offered = await win.getByTestId("matter-actions").getByRole("button").allTextContents();
    expect(offered).toEqual(["窗口接收"]);
    await act(win, "窗口接收");
    await expect.poll(() => win.getByTestId("matter-status").textContent()).toBe("窗口办理中");
    expect(await win.getByTestId("custody").textContent()).toContain("现由：计生窗口");
    expect(await win.getByTestId("matter-actions").getByRole("button").allTextContents()).toEqual(expect.arrayContaining(["办结", "暂停计时"]));

    // handle (办结 with the certificate issued), then return the result and the materials to the station
    await act(win, "办结", { "结果文书名称（如：证明、证照、批复）": "生育服务证", "文书编号（选填）": "MZ-2026-0188" }, { 办结结果: "已发证" });
    await expect.poll(() => win.getByTestId("matter-status").textContent()).toBe("已办结待送达");
    expect(await win.getByTestId("matter-actions").getByRole("button").allTextContents()).toEqual(["返还结果和材料给代办站"]);
    await act(win, "返还结果和材料给代办站", { "返还说明（选填）": "证件及原件一并返还" });
    await expect.poll(() => win.getByTestId("custody").textContent()).toContain("现由：代办员");
    const custody = await win.getByTestId("custody").textContent();
    expect(custody).toContain("窗口接收");
    expect(custody).toContain("窗口返还结果");
    expect(await win.getByTestId("matter-actions").count()).toBe(0);
    expect(await win.locator("body").textContent()).toContain("当前没有需要您办理的操作");
    await win.screenshot({ path: path.join(SCREENSHOTS, "township-window-matter.png"), fullPage: true });
    await win.goto(`${TOWNSHIP}/window?group=returned`);
    expect(await win.getByTestId("window-inbox").locator(`a[href="/matters/${matterId}"]`).count()).toBe(1);
    await win.context().close();

    // the agent sees it back: result returned, materials with them, ready to deliver
    await village.reload();
    await expect.poll(() => village.getByTestId("matter-status").textContent()).toBe("已办结待送达");
    expect(await village.getByTestId("custody").textContent()).toContain("现由：代办员");
    const timeline = await village.getByTestId("timeline").textContent();
    for (const step of ["传递至窗口", "窗口接收", "办结", "窗口返还结果"]) expect(timeline).toContain(step);
    expect(await village.getByTestId("matter-actions").getByRole("button").allTextContents()).toContain("送达申请人");
    await village.screenshot({ path: path.join(SCREENSHOTS, "village-matter-returned.png"), fullPage: true });
    await village.context().close();
  });

  it("R-FLW-4 R-RUL-3 the centre sees an overdue follow-up in red and records its call-back on the matter page; it answers and closes a complaint a station escalated", async () => {
    // a 非常不满意 rating three weeks ago: the follow-up is long overdue
    const agent = (await staffFor(db, "zhangli", "ZZ-012")).covering[0]!.username;
    const { api, matterId, version } = await accepted(db, agent, "ZZ-012", daysAgo(21));
    await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
    await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: APPLICANT.name } });
    await api.matter.act({ matterId, expectedVersion: version + 2, command: { type: "rate", level: "veryDissatisfied", comment: "代办员态度差，让我跑了两趟" } });
    // and a major complaint the station escalated
    const head = await callerAs(db, "zhangli-head", new Date());
    const complaint = await head.complaint.record({ channel: "hotline", content: "代办员向群众索要好处费，不给就拖着不办。", about: "station", major: true });
    await head.complaint.escalate({ complaintId: complaint.id, expectedVersion: 1, note: "重大投诉，请中心调查处理。" });

    const page = await signIn(browser, "township", "mazhai-staff");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "整改回访" }).click();
    await page.waitForURL(`${TOWNSHIP}/follow-ups`);
    expect(await page.getByTestId("overdue-alert").textContent()).toContain("1 件整改回访已超过期限");
    const row = page.getByTestId("follow-up-table").locator("tr", { has: page.locator(`a[href="/matters/${matterId}"]`) });
    expect(await row.getAttribute("data-light")).toBe("red");
    expect(await row.textContent()).toContain("非常不满意");
    expect(await row.textContent()).toContain("待记录：回访");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-follow-ups.png"), fullPage: true });

    await row.getByRole("link", { name: APPLICANT.name }).click();
    await page.waitForURL(`${TOWNSHIP}/matters/${matterId}`);
    expect(await page.getByTestId("follow-up").locator('[data-light="red"]').count()).toBe(1);
    expect(await page.getByTestId("matter-actions").getByRole("button").allTextContents()).toEqual(["记录整改回访"]);
    await act(page, "记录整改回访", { 记录内容: "已电话回访申请人，核实代办员服务态度问题。" });
    await expect.poll(() => page.getByTestId("follow-up-steps").textContent()).toContain("回访：已电话回访申请人，核实代办员服务态度问题。");
    // the form starts at the next step the rules expect
    await page.getByTestId("matter-actions").getByRole("button", { name: "记录整改回访", exact: true }).click();
    expect(await page.getByLabel("环节").inputValue()).toBe("rectification");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-follow-up-matter.png"), fullPage: true });

    // the escalated complaint: open, answer, close
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "投诉督办" }).click();
    await page.waitForURL(`${TOWNSHIP}/complaints`);
    const complaints = page.getByTestId("escalated-complaints");
    expect(await complaints.textContent()).toContain("张李垌村");
    await complaints.getByRole("link", { name: /索要好处费/ }).click();
    await page.waitForURL(`${TOWNSHIP}/complaints/${complaint.id}`);
    expect(await page.getByTestId("complaint-facts").textContent()).toContain("重大投诉，请中心调查处理。");
    await page.getByRole("button", { name: "答复投诉人" }).click();
    await page.getByLabel("中心答复").fill("中心已成立调查组，三个工作日内反馈调查结果。");
    await page.getByRole("button", { name: "确认答复投诉人" }).click();
    await expect.poll(() => page.getByTestId("complaint-facts").textContent()).toContain("中心已成立调查组");
    await page.getByRole("button", { name: "办结投诉" }).click();
    expect(await page.getByLabel("中心答复").inputValue()).toBe("中心已成立调查组，三个工作日内反馈调查结果。");
    await page.getByLabel("处理结果").fill("经查属实，已对代办员诫勉谈话并退还款项。");
    await page.getByRole("button", { name: "确认办结投诉" }).click();
    await expect.poll(() => page.getByTestId("complaint-result").count()).toBe(1);
    expect(await page.locator("body").textContent()).toContain("该投诉已办结。");
    await page.screenshot({ path: path.join(SCREENSHOTS, "township-complaint.png"), fullPage: true });
    expect(await head.complaint.get({ complaintId: complaint.id })).toMatchObject({ status: "closed", result: "经查属实，已对代办员诫勉谈话并退还款项。" });
    await page.context().close();
  });
});
