import { like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

/** 2026-11-10: the current period is Nov–Dec (2026-B6), the previous one Sep–Oct (2026-B5). */
const NOW = "2026-11-10T09:00:00+08:00";
const TEXT = "九至十月本人按时到岗，共登记事项三十余件，均在承诺时限内办结，群众评价满意；不足是政策学习不够深入。";

describe("self-review", () => {
  it("R-ASM-1 R-ASM-3 an agent writes the self-review of the previous bimonthly period and may revise it within the first month", async () => {
    const api = await callerAs(db, "wangzhuang-1", NOW);
    const empty = await api.selfReview.mine();
    expect(empty).toMatchObject({ period: { key: "2026-B5", start: "2026-09-01", end: "2026-10-31", label: expect.stringContaining("9—10月") }, deadline: "2026-11-30", open: true, review: null });

    await api.selfReview.submit({ periodKey: "2026-B5", text: TEXT });
    const later = await callerAs(db, "wangzhuang-1", "2026-11-30T20:00:00+08:00");
    await later.selfReview.submit({ periodKey: "2026-B5", text: `${TEXT}（补充：参加了培训）` });
    const mine = await later.selfReview.mine();
    expect(mine.review?.text).toContain("补充");
    expect(mine.review?.submittedAt.toISOString()).toBe(new Date(NOW).toISOString());
  });

  it("R-ASM-1 R-ASM-3 other periods, a closed window and short texts are refused in Chinese", async () => {
    const api = await callerAs(db, "wangzhuang-2", NOW);
    await expect(api.selfReview.submit({ periodKey: "2026-B6", text: TEXT })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("只能提交2026年第5双月") });
    await expect(api.selfReview.submit({ periodKey: "2026-B4", text: TEXT })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.selfReview.submit({ periodKey: "2026-B5", text: "工作很好。" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("评议内容至少20个字") });
    const december = await callerAs(db, "wangzhuang-2", "2026-12-01T08:00:00+08:00");
    expect((await december.selfReview.mine()).open).toBe(false);
    await expect(december.selfReview.submit({ periodKey: "2026-B5", text: TEXT })).rejects.toMatchObject({ message: expect.stringContaining("已于2026-11-30截止") });
  });

  it("R-ASM-1 the station head sees every staff member's self-review; agents and other stations do not", async () => {
    const head = await callerAs(db, "wangzhuang-head", NOW);
    const s = await head.selfReview.station();
    expect(s.period.key).toBe("2026-B5");
    expect(s.staff.length).toBeGreaterThanOrEqual(3);
    expect(s.staff.find((x) => x.review)?.review?.text).toContain("补充");
    expect(s.staff.filter((x) => x.review === null).length).toBe(s.staff.length - 1);
    expect((await head.selfReview.station({ periodKey: "2026-B4" })).staff.every((x) => x.review === null)).toBe(true);
    expect(await codeOf((await callerAs(db, "wangzhuang-1", NOW)).selfReview.station())).toBe("FORBIDDEN");
    expect((await (await callerAs(db, "liucun-head", NOW)).selfReview.station()).staff.every((x) => x.review === null)).toBe(true);
  });

  it("R-SEC-2 each submission is audited with before and after", async () => {
    const rows = await db.select().from(auditLog).where(like(auditLog.action, "selfReview.%"));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ before: { periodKey: "2026-B5", text: TEXT }, after: { periodKey: "2026-B5" } });
  });
});
