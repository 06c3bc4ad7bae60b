import path from "node:path";
import { and, asc, eq, gt, notInArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { callerAs, sessionUser } from "@bianmin/api/testing";
import { calendarDays } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { clockOn, signIn as signInTo } from "./session";
import { useE2E } from "./harness";
import { APPS, SCREENSHOTS } from "./harness";

const e2e = useE2E();
let browser: Browser;
let db: Db;
beforeAll(() => {
  ({ browser, db } = e2e);
});

const VILLAGE = `http://localhost:${APPS.village}`;
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The day to book: the next statutory holiday after today in the calendar table, else (none left in the data) the
 * next weekend day; with its expected label.
 */
async function nextDayOff(): Promise<{ date: string; label: string }> {
  const after = shanghaiToday();
  const offDays = await db.select().from(calendarDays).where(and(gt(calendarDays.date, after), eq(calendarDays.isWorkday, false))).orderBy(asc(calendarDays.date));
  const holiday = (
    await db
      .select()
      .from(calendarDays)
      .where(and(gt(calendarDays.date, after), eq(calendarDays.isWorkday, false), notInArray(calendarDays.name, ["周六", "周日"])))
      .orderBy(asc(calendarDays.date))
      .limit(1)
  )[0];
  if (holiday?.name) return { date: holiday.date, label: holiday.name };
  if (offDays[0]) return { date: offDays[0].date, label: "周末" };
  throw new Error(`the calendar table has no day off after ${after}: seed the next year's calendar`);
}

const signIn = (username: string) => signInTo(browser, "village", username);


describe("station work rules in the village portal", () => {
  it("R-RUL-1 an agent books an appointment on a day off, sees it on the month calendar and records it kept; the home page lists tomorrow's", async () => {
    const { date, label } = await nextDayOff();
    const today = shanghaiToday();
    const page = await signIn("wangzhuang-1");

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "预约服务" }).click();
    await page.waitForURL(/\/appointments$/);
    const heading = `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`;
    while ((await page.getByTestId("calendar-month").textContent()) !== heading) {
      const shown = await page.getByTestId("calendar-month").textContent();
      await page.getByRole("link", { name: "下月 ›" }).click();
      await expect.poll(() => page.getByTestId("calendar-month").textContent()).not.toBe(shown);
    }
    const cell = page.locator(`[data-date="${date}"]`);
    expect(await cell.getAttribute("data-kind")).toBe(label === "周末" ? "weekend" : "holiday");
    if (label !== "周末") expect(await cell.textContent()).toContain(label);
    await cell.click();
    await page.waitForURL(new RegExp(`day=${date}$`));

    await page.getByLabel("群众姓名").fill("孙玉珍");
    await page.getByLabel("联系电话").fill("13837140022");
    await page.getByLabel("预约事由（群众说明的正当理由和要办的事）").fill("工作日在外务工，休息日回村办理城乡居民养老保险待遇认证");
    await expect.poll(() => page.getByTestId("day-hint").textContent()).toContain(label === "周末" ? "周末" : label);
    await page.getByLabel("开始时间").fill("19:00");
    await page.getByLabel("结束时间").fill("20:30");
    await page.getByRole("button", { name: "登记预约" }).click();
    await expect.poll(() => page.getByTestId("appointment-booked").textContent()).toContain(label === "周末" ? "周末" : label);

    const dayList = page.getByTestId("day-appointments");
    await expect.poll(() => dayList.textContent()).toContain("孙玉珍");
    expect(await dayList.textContent()).toContain("19:00–20:30");
    await expect.poll(() => cell.textContent()).toContain("预约 1");
    await page.screenshot({ path: path.join(SCREENSHOTS, "appointments.png"), fullPage: true });

    // the home page lists today's and tomorrow's appointments: the day off only when it is one of them
    const tomorrow = plusDays(today, 1);
    const agent = await sessionUser(db, "wangzhuang-2");
    await (await callerAs(db, "wangzhuang-1", new Date())).appointment.book({
      citizenName: "周建民",
      citizenPhone: "13937100088",
      reason: "明晚下班后来站领取证明",
      channel: "hotline",
      startsAt: `${tomorrow}T19:30:00+08:00`,
      endsAt: `${tomorrow}T20:00:00+08:00`,
      agentId: agent.id,
    });
    await page.goto(`${VILLAGE}/`);
    const upcoming = await page.getByTestId("upcoming-appointments").textContent();
    expect(upcoming).toContain("周建民");
    if (date === today || date === tomorrow) expect(upcoming).toContain("孙玉珍");
    else expect(upcoming).not.toContain("孙玉珍");

    // record it kept
    await page.goto(`${VILLAGE}/appointments?day=${date}`);
    const item = page.getByTestId("appointment").filter({ hasText: "孙玉珍" });
    await item.getByRole("button", { name: "已履约" }).click();
    await item.getByLabel("办理情况（办了什么、结果如何）").fill("已协助完成养老保险待遇资格认证");
    await item.getByRole("button", { name: "确认登记履约" }).click();
    await expect.poll(() => item.getByTestId("appointment-status").textContent()).toBe("已履约");
    expect(await item.textContent()).toContain("结果：已协助完成养老保险待遇资格认证");
    expect(await item.getByTestId("appointment-actions").count()).toBe(0);
    await page.context().close();
  });

  it("R-RUL-1 a past slot is refused with a Chinese message at the field", async () => {
    const page = await signIn("wangzhuang-2");
    const yesterday = plusDays(shanghaiToday(), -1);
    await page.goto(`${VILLAGE}/appointments`);
    await page.getByLabel("群众姓名").fill("钱多多");
    await page.getByLabel("联系电话").fill("12345");
    await page.getByLabel("预约事由（群众说明的正当理由和要办的事）").fill("办理证明");
    await page.getByLabel("预约日期").fill(yesterday);
    await page.getByRole("button", { name: "登记预约" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("联系电话");
    await page.getByLabel("联系电话").fill("13837140023");
    await page.getByRole("button", { name: "登记预约" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("开始时间必须晚于现在");
    expect(await page.locator(".field-error").allTextContents()).toEqual([expect.stringContaining("开始时间必须晚于现在")]);
    await page.context().close();
  });

  it("R-RUL-2 the head schedules a cadre; a reception's request becomes a matter through the wizard and links to it", async () => {
    const head = await signIn("wangzhuang-head");
    await head.goto(`${VILLAGE}/receptions`);
    await head.getByLabel("值班干部姓名").fill("王国强");
    await head.getByLabel("职务").fill("村党支部书记");
    await head.getByLabel("值班时段").selectOption({ label: "晚上" });
    await head.getByRole("button", { name: "添加值班" }).click();
    await expect.poll(() => head.getByTestId("duty-schedule").textContent()).toContain("王国强");
    await head.context().close();

    const page = await signIn("wangzhuang-1");
    await clockOn(page);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "干部接待" }).click();
    await page.waitForURL(/\/receptions$/);
    expect(await page.getByLabel("值班干部姓名").count()).toBe(0);
    await page.getByLabel("今天的值班").selectOption({ label: "晚上 王国强（村党支部书记）" });
    expect(await page.getByLabel("接待干部").inputValue()).toBe("王国强");
    await page.getByLabel("来访群众（姓名，多人用顿号分开）").fill("韩桂英、韩小军");
    await page.getByLabel("诉求1", { exact: true }).fill("为孙子办理生育服务登记");
    await page.getByRole("button", { name: "＋ 添加诉求" }).click();
    await page.getByLabel("诉求2", { exact: true }).fill("反映村东路灯损坏");
    await page.getByRole("button", { name: "保存接待记录" }).click();
    const reception = page.getByTestId("reception").filter({ hasText: "韩桂英" });
    await expect.poll(() => reception.count()).toBe(1);

    await reception.getByTestId("reception-request").filter({ hasText: "生育服务登记" }).getByRole("link", { name: "转为事项登记" }).click();
    await page.waitForURL(/\/matters\/new\?reception=[0-9a-f-]{36}&request=0$/);
    expect(await page.getByLabel("姓名").inputValue()).toBe("韩桂英");
    expect(await page.getByTestId("from-reception").textContent()).toContain("为孙子办理生育服务登记");
    await page.getByLabel("联系电话").fill("13837140031");
    await page.getByLabel("住址").fill("二七区马寨镇王庄村4组");
    await page.getByLabel("搜索事项（名称或编码）").fill("生育服务");
    await page.getByRole("option", { name: /生育服务登记/ }).click();
    expect(await page.getByLabel("备注（选填）").inputValue()).toContain("为孙子办理生育服务登记");
    await page.getByRole("button", { name: "材料已全部收齐" }).click();
    await page.getByRole("button", { name: "受理并打印收件回执单" }).click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}\?done=accept$/);
    const matterId = page.url().match(/matters\/([0-9a-f-]{36})/)![1]!;

    await page.goto(`${VILLAGE}/receptions`);
    const linked = page.getByTestId("reception").filter({ hasText: "韩桂英" }).getByTestId("reception-request");
    expect(await linked.nth(0).getByRole("link", { name: "已登记为事项 →" }).getAttribute("href")).toBe(`/matters/${matterId}`);
    expect(await linked.nth(1).getByRole("link", { name: "转为事项登记" }).count()).toBe(1);
    expect(await page.getByTestId("duty-schedule").textContent()).toContain(`王国强`);
    await page.screenshot({ path: path.join(SCREENSHOTS, "receptions.png"), fullPage: true });
    await page.context().close();
  });

  it("R-ASM-1 R-ASM-3 an agent writes the self-review of the previous bimonthly period; the head sees it", async () => {
    const text = "上一考核期本人按时签到上岗，登记和代办事项均在承诺时限内办结，群众评价满意；今后加强政策学习。";
    const { open, deadline } = await (await callerAs(db, "wangzhuang-2", new Date())).selfReview.mine();
    const page = await signIn("wangzhuang-2");
    await page.goto(`${VILLAGE}/self-review`);
    expect(await page.getByTestId("self-review-period").textContent()).toMatch(/^\d{4}年第\d双月（\d+—\d+月）$/);
    if (!open) {
      // the second month of a period: the window has closed (only assert what is true today)
      expect(await page.locator("main").textContent()).toContain("已于");
      expect(await page.getByRole("button", { name: "提交自我评议" }).count()).toBe(0);
      expect(deadline < shanghaiToday()).toBe(true);
      return;
    }
    await page.getByLabel(/^自我评议/).fill("太短了");
    await page.getByRole("button", { name: "提交自我评议" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("评议内容至少20个字");
    await page.getByLabel(/^自我评议/).fill(text);
    await page.getByRole("button", { name: "提交自我评议" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("自我评议已保存");
    await page.context().close();

    const head = await signIn("wangzhuang-head");
    await head.goto(`${VILLAGE}/self-review`);
    expect(await head.getByTestId("station-self-reviews").textContent()).toContain(text);
    await head.screenshot({ path: path.join(SCREENSHOTS, "self-review.png"), fullPage: true });
    await head.context().close();
  });
});
