import { and, count, eq } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, calendarDays } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { describeZodError } from "../errors";
import { registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

/** Monday 21 December 2026: 20 working days from here run into January 2027. */
const LATE_DECEMBER = "2026-12-21T10:00:00+08:00";
const NOTICE_2027 = { year: 2027, holidays: [{ from: "2027-01-01", to: "2027-01-01", name: "元旦" }], makeupDays: [] };

async function refusal(p: Promise<unknown>) {
  const e = (await p.then(() => null, (x: unknown) => x)) as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) throw new Error("expected a refusal");
  return { code: e.code, message: e.message, fields: e.cause instanceof ZodError ? describeZodError(e.cause).fieldErrors : {} };
}

const calendarAudits = async () => (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entity, "calendar")))[0]!.n;
const dayRow = async (date: string) => (await db.select().from(calendarDays).where(eq(calendarDays.date, date)))[0] ?? null;

describe("working-day calendar maintenance", () => {
  it("R-DL-1 the calendar lists its years with their holidays and make-up days; any signed-in user may read it", async () => {
    const api = await callerAs(db, "wangzhuang-1");
    const years = await api.calendar.years();
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(years.find((y) => y.year === 2026)).toMatchObject({ days: 365, makeupWorkdays: expect.any(Number), holidays: expect.any(Number) });
    expect(years.every((y) => y.holidays > 0 && y.makeupWorkdays > 0 && y.workdays + y.restDays === y.days)).toBe(true);
    const y2026 = await (await callerAs(db, "mazhai-staff")).calendar.year({ year: 2026 });
    expect(y2026).toMatchObject({ covered: true, importable: true });
    expect(y2026.days.find((d) => d.date === "2026-10-01")).toMatchObject({ kind: "holiday", name: "国庆节" });
    expect(await (await callerAs(db, "erqi-assessor")).calendar.year({ year: 2027 })).toMatchObject({ covered: false, days: [], importable: false });
    expect(await codeOf((await callerAs(db, null)).calendar.status())).toBe("UNAUTHORIZED");
  });

  it("R-DL-1 R-SEC-1 only the district's 系统管理员 may change the calendar", async () => {
    const before = await calendarAudits();
    for (const user of ["erqi-assessor", "erqi-inspector", "mazhai-staff", "mazhai-supervisor", "wangzhuang-1", "wangzhuang-head"]) {
      const api = await callerAs(db, user);
      expect(await codeOf(api.calendar.setDay({ date: "2026-05-06", kind: "holiday", name: "劳动节" })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.calendar.importYear({ year: 2026 })), user).toBe("FORBIDDEN");
      expect(await codeOf(api.calendar.addYear(NOTICE_2027)), user).toBe("FORBIDDEN");
    }
    expect(await dayRow("2026-05-06")).toMatchObject({ isWorkday: true });
    expect((await (await callerAs(db, "erqi-assessor")).calendar.years()).map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(await calendarAudits()).toBe(before);
  });

  it("R-DL-1 bad input is refused with a Chinese message on the field, and nothing is written", async () => {
    const admin = await callerAs(db, "erqi-admin");
    const before = { audits: await calendarAudits(), wed: await dayRow("2026-05-13") };
    const wednesdayMakeup = await refusal(admin.calendar.setDay({ date: "2026-05-13", kind: "makeupWorkday", name: "劳动节" }));
    expect(wednesdayMakeup).toMatchObject({ code: "BAD_REQUEST", fields: { kind: expect.stringContaining("星期六或星期日") } });
    expect(wednesdayMakeup.message).toContain("星期三");
    expect(await refusal(admin.calendar.setDay({ date: "2026-05-13", kind: "holiday" }))).toMatchObject({ fields: { name: expect.stringContaining("必须填写名称") } });
    expect(await refusal(admin.calendar.setDay({ date: "2026-13-01", kind: "workday" }))).toMatchObject({ fields: { date: expect.stringContaining("日期格式不正确") } });
    expect(await refusal(admin.calendar.setDay({ date: "1999-12-31", kind: "holiday", name: "元旦" }))).toMatchObject({ fields: { date: expect.stringContaining("超出范围") } });
    expect(await refusal(admin.calendar.setDay({ date: "2027-03-01", kind: "holiday", name: "某节" }))).toMatchObject({ fields: { date: expect.stringContaining("2027年的工作日历尚未建立") } });
    expect(await refusal(admin.calendar.addYear({ year: 2027, holidays: [{ from: "2027-01-01", to: "2027-01-01", name: "" }], makeupDays: [] }))).toMatchObject({
      fields: { "holidays.0.name": expect.stringContaining("必须填写名称") },
    });
    expect(await refusal(admin.calendar.addYear({ ...NOTICE_2027, makeupDays: [{ date: "2027-01-06", name: "元旦" }] }))).toMatchObject({
      fields: { "makeupDays.0.date": expect.stringContaining("星期三") },
    });
    expect(await refusal(admin.calendar.addYear({ ...NOTICE_2027, year: 2200 }))).toMatchObject({ fields: { year: expect.stringContaining("年份超出范围") } });
    expect(await dayRow("2026-05-13")).toEqual(before.wed);
    expect(await calendarAudits()).toBe(before.audits);
    expect((await admin.calendar.years()).map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });

  it("R-DL-1 importing a year the data package lacks is refused, naming the year", async () => {
    const admin = await callerAs(db, "erqi-admin");
    const r = await refusal(admin.calendar.importYear({ year: 2027 }));
    expect(r.code).toBe("BAD_REQUEST");
    expect(r.message).toContain("2027年");
    expect(await dayRow("2027-01-04")).toBeNull();
  });

  it("R-DL-1 the banner warns from 1 November while next year is missing", async () => {
    const staff = await callerAs(db, "mazhai-staff", "2026-10-31T12:00:00+08:00");
    expect((await staff.calendar.status()).warning).toBeNull();
    const nov = await (await callerAs(db, "wangzhuang-1", "2026-11-01T08:30:00+08:00")).calendar.status();
    expect(nov.coveredYears).toEqual([2024, 2025, 2026]);
    expect(nov.warning).toMatchObject({ year: 2027, message: expect.stringContaining("2027年工作日历尚未维护") });
  });

  it("R-DL-1 a deadline reaching into a missing year fails naming it; once the admin enters the year, the same acceptance succeeds and skips its holiday", async () => {
    const agent = (await staffFor(db, "gongrenlu", "ZZ-004")).covering[0]!.username;
    const { api, matterId } = await registered(db, agent, "ZZ-004", LATE_DECEMBER);
    const refused = await refusal(api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2027年") });

    const admin = await callerAs(db, "erqi-admin", "2026-12-21T11:00:00+08:00");
    const counts = await admin.calendar.addYear(NOTICE_2027);
    expect(counts).toMatchObject({ year: 2027, days: 365, holidays: 1, makeupWorkdays: 0 });
    // the cache is dropped on write: the very same acceptance now goes through at once
    const ok = await api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } });
    expect(ok.version).toBeGreaterThan(1);
    const matter = await api.matter.get({ matterId });
    // 8 working days left in December 2026, then 12 in 2027: 元旦 (Fri 1 Jan) and the weekends are skipped
    expect(matter.state.promisedDate).toBe("2027-01-19");
    expect(matter.deadlineSkipped.find((d) => d.date === "2027-01-01")?.reason).toContain("元旦");

    // a make-up working day moves the deadline a day earlier, again at once
    await admin.calendar.setDay({ date: "2027-01-09", kind: "makeupWorkday", name: "元旦" });
    const second = await registered(db, agent, "ZZ-004", LATE_DECEMBER);
    await second.api.matter.act({ matterId: second.matterId, expectedVersion: 1, command: { type: "accept" } });
    expect((await second.api.matter.get({ matterId: second.matterId })).state.promisedDate).toBe("2027-01-18");

    const status = await (await callerAs(db, "mazhai-staff", "2026-12-21T12:00:00+08:00")).calendar.status();
    expect(status).toEqual({ today: "2026-12-21", coveredYears: [2024, 2025, 2026, 2027], warning: null });
  });

  it("R-DL-1 R-SEC-2 every calendar write is audited with who, what and the day or year", async () => {
    const admin = await callerAs(db, "erqi-admin", "2026-12-22T09:00:00+08:00");
    await admin.calendar.importYear({ year: 2026 });
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.entity, "calendar")));
    expect(rows.map((r) => [r.action, r.entityId, r.actorName])).toEqual([
      ["calendar.addYear", "2027", expect.any(String)],
      ["calendar.setDay", "2027-01-09", expect.any(String)],
      ["calendar.importYear", "2026", expect.any(String)],
    ]);
    expect(rows[1]).toMatchObject({ before: { date: "2027-01-09", isWorkday: false }, after: { date: "2027-01-09", isWorkday: true, name: "调休上班（元旦）" } });
    expect(rows[0]!.after).toMatchObject({ exceptions: [{ date: "2027-01-01", isWorkday: false, name: "元旦" }] });
    expect(rows[2]!.after).toMatchObject({ source: "chinese-days", counts: { year: 2026, days: 365 } });
    // re-importing 2026 left the seeded data as it was
    expect(await dayRow("2026-10-01")).toMatchObject({ isWorkday: false, name: "国庆节" });
  });
});
