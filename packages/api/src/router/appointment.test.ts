import { count, like } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, auditLog } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { describeZodError } from "../errors";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

/** 2026-09-28 (Monday) 10:00, three days before the National Day holiday. */
const NOW = "2026-09-28T10:00:00+08:00";

async function booking(overrides: Record<string, unknown> = {}) {
  const agent = await sessionUser(db, "wangzhuang-2");
  return {
    citizenName: "李桂芝",
    citizenPhone: "13903710001",
    reason: "白天在郑州上班，国庆假期回村办理养老保险待遇认证",
    channel: "hotline" as const,
    startsAt: "2026-10-01T19:00:00+08:00",
    endsAt: "2026-10-01T20:00:00+08:00",
    agentId: agent.id,
    ...overrides,
  };
}

/** The per-field Chinese messages of a refusal, as the HTTP error formatter would send them. */
async function refusal(p: Promise<unknown>) {
  const e = (await p.then(() => null, (x: unknown) => x)) as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) throw new Error("expected a refusal");
  return { code: e.code, message: e.message, fields: e.cause instanceof ZodError ? describeZodError(e.cause).fieldErrors : {} };
}

describe("appointments", () => {
  it("R-RUL-1 an agent books an evening slot on a statutory holiday and one on a weekend; the day names the holiday", async () => {
    const api = await callerAs(db, "wangzhuang-1", NOW);
    const holiday = await api.appointment.book(await booking());
    expect(holiday.day).toMatchObject({ date: "2026-10-01", kind: "holiday", name: "国庆节" });
    const weekend = await api.appointment.book(await booking({ citizenName: "赵小军", startsAt: "2026-10-11T09:00:00+08:00", endsAt: "2026-10-11T10:30:00+08:00", channel: "inPerson" }));
    expect(weekend.day).toMatchObject({ date: "2026-10-11", kind: "weekend", weekday: "星期日" });

    const list = await api.appointment.list({ from: "2026-10-01", to: "2026-10-31" });
    expect(list.map((a) => a.citizenName)).toEqual(["李桂芝", "赵小军"]);
    expect(list[0]).toMatchObject({ status: "booked", open: true, agentName: expect.any(String), day: { kind: "holiday", name: "国庆节" } });

    const month = await api.appointment.month({ month: "2026-10" });
    expect(month.days).toHaveLength(31);
    expect(month.days[0]).toMatchObject({ date: "2026-10-01", kind: "holiday", name: "国庆节", count: 1 });
    expect(month.days.find((d) => d.date === "2026-10-10")).toMatchObject({ kind: "makeupWorkday", name: "调休上班（国庆节）", count: 0 });
    expect(month.days.find((d) => d.date === "2026-10-11")).toMatchObject({ kind: "weekend", count: 1 });
    expect(month.days.find((d) => d.date === "2026-10-12")).toMatchObject({ kind: "workday", name: null });
    expect(month.missingYear).toBeNull();
  });

  it("R-RUL-1 R-DL-2 a month of a year without calendar data says which year is missing", async () => {
    const month = await (await callerAs(db, "wangzhuang-1", NOW)).appointment.month({ month: "2027-01" });
    expect(month.missingYear).toBe(2027);
    expect(month.days.every((d) => d.kind === null)).toBe(true);
  });

  it("R-RUL-1 R-SEC-3 moving keeps the earlier slot in the history; a stale version is a conflict", async () => {
    const api = await callerAs(db, "wangzhuang-1", NOW);
    const { id, version } = await api.appointment.book(await booking({ citizenName: "王建设" }));
    const moved = await api.appointment.move({ appointmentId: id, expectedVersion: version, startsAt: "2026-10-02T19:30:00+08:00", endsAt: "2026-10-02T20:30:00+08:00", note: "群众来电改约" });
    expect(moved).toMatchObject({ status: "moved", version: version + 1 });
    const [a] = (await api.appointment.list({ from: "2026-10-02", to: "2026-10-02" })).filter((x) => x.id === id);
    expect(a!.startsAt.toISOString()).toBe("2026-10-02T11:30:00.000Z");
    expect(a!.moves).toEqual([{ startsAt: "2026-10-01T11:00:00.000Z", endsAt: "2026-10-01T12:00:00.000Z", movedAt: new Date(NOW).toISOString(), by: expect.any(String), note: "群众来电改约" }]);

    const stale = await refusal(api.appointment.move({ appointmentId: id, expectedVersion: version, startsAt: "2026-10-03T19:30:00+08:00", endsAt: "2026-10-03T20:00:00+08:00" }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("已被他人修改") });
  });

  it("R-RUL-1 kept and missed are recorded with their outcome; a closed appointment cannot be moved or recorded again", async () => {
    const api = await callerAs(db, "wangzhuang-1", NOW);
    const kept = await api.appointment.book(await booking({ citizenName: "张秀梅" }));
    const missed = await api.appointment.book(await booking({ citizenName: "刘大成", startsAt: "2026-10-01T20:00:00+08:00", endsAt: "2026-10-01T21:00:00+08:00" }));

    const noOutcome = await refusal(api.appointment.record({ appointmentId: kept.id, expectedVersion: kept.version, result: "kept", outcome: " " }));
    expect(noOutcome.code).toBe("BAD_REQUEST");
    expect(noOutcome.fields.outcome).toContain("结果说明不能为空");

    const after = await callerAs(db, "wangzhuang-2", "2026-10-01T21:30:00+08:00");
    await after.appointment.record({ appointmentId: kept.id, expectedVersion: kept.version, result: "kept", outcome: "已办理养老保险待遇资格认证" });
    await after.appointment.record({ appointmentId: missed.id, expectedVersion: missed.version, result: "missed", outcome: "群众未到，电话未接通，已短信告知" });
    const day = await after.appointment.list({ from: "2026-10-01", to: "2026-10-01" });
    expect(day.find((a) => a.id === kept.id)).toMatchObject({ status: "kept", open: false, outcome: "已办理养老保险待遇资格认证" });
    expect(day.find((a) => a.id === missed.id)).toMatchObject({ status: "missed", outcome: expect.stringContaining("未到") });

    const again = await refusal(after.appointment.move({ appointmentId: kept.id, expectedVersion: kept.version + 1, startsAt: "2026-10-05T19:00:00+08:00", endsAt: "2026-10-05T20:00:00+08:00" }));
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("已登记结果") });
  });

  it("R-RUL-1 bad input (phone, end before start, too long, past slot, outside agent) is refused with a Chinese field message and nothing is saved", async () => {
    const api = await callerAs(db, "wangzhuang-1", NOW);
    const [before] = await db.select({ n: count() }).from(appointments);

    const phone = await refusal(api.appointment.book(await booking({ citizenPhone: "12345" })));
    expect(phone).toMatchObject({ code: "BAD_REQUEST" });
    expect(phone.fields.citizenPhone).toContain("联系电话格式不正确");

    const backwards = await refusal(api.appointment.book(await booking({ endsAt: "2026-10-01T18:00:00+08:00" })));
    expect(backwards.fields.endsAt).toBe("结束时间必须晚于开始时间");

    const long = await refusal(api.appointment.book(await booking({ endsAt: "2026-10-01T23:30:00+08:00" })));
    expect(long.fields.endsAt).toContain("最长4小时");

    const past = await refusal(api.appointment.book(await booking({ startsAt: "2026-09-27T19:00:00+08:00", endsAt: "2026-09-27T20:00:00+08:00" })));
    expect(past).toMatchObject({ code: "BAD_REQUEST" });
    expect(past.fields.startsAt).toContain("开始时间必须晚于现在");

    const empty = await refusal(api.appointment.book(await booking({ citizenName: "", reason: "" })));
    expect(empty.fields).toMatchObject({ citizenName: "群众姓名不能为空", reason: "预约事由不能为空" });

    const outsider = await sessionUser(db, "liucun-1");
    const foreign = await refusal(api.appointment.book(await booking({ agentId: outsider.id })));
    expect(foreign).toMatchObject({ code: "BAD_REQUEST" });
    expect(foreign.fields.agentId).toBe("代办员不是本代办站的工作人员");

    expect(await db.select({ n: count() }).from(appointments)).toEqual([before]);
  });

  it("R-RUL-1 R-SEC-1 another station neither sees nor changes the appointment; other roles are refused", async () => {
    const mine = await callerAs(db, "wangzhuang-1", NOW);
    const { id, version } = await mine.appointment.book(await booking({ citizenName: "陈保国" }));
    const other = await callerAs(db, "liucun-1", NOW);
    expect((await other.appointment.list({ from: "2026-10-01", to: "2026-10-31" })).map((a) => a.id)).not.toContain(id);
    expect((await other.appointment.month({ month: "2026-10" })).days[0]!.count).toBe(0);
    expect(await codeOf(other.appointment.move({ appointmentId: id, expectedVersion: version, startsAt: "2026-10-02T19:00:00+08:00", endsAt: "2026-10-02T20:00:00+08:00" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.appointment.record({ appointmentId: id, expectedVersion: version, result: "cancelled" }))).toBe("NOT_FOUND");
    expect(await codeOf((await callerAs(db, "mazhai-staff", NOW)).appointment.upcoming())).toBe("FORBIDDEN");
  });

  it("R-RUL-1 the home screen lists today's and tomorrow's appointments of the station", async () => {
    const api = await callerAs(db, "wangzhuang-head", "2026-09-30T08:00:00+08:00");
    const up = await api.appointment.upcoming();
    expect(up).toMatchObject({ today: "2026-09-30", tomorrow: "2026-10-01" });
    expect(up.appointments.length).toBeGreaterThanOrEqual(3);
    expect(up.appointments.every((a) => a.day.date === "2026-10-01")).toBe(true);
    expect(up.appointments.map((a) => a.citizenName)).toContain("李桂芝");
  });

  it("R-SEC-2 every appointment write is audited", async () => {
    const rows = await db.select().from(auditLog).where(like(auditLog.action, "appointment.%"));
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === "appointment.book").length).toBeGreaterThanOrEqual(6);
    expect(actions).toEqual(expect.arrayContaining(["appointment.move", "appointment.record"]));
    expect(rows.find((r) => r.action === "appointment.move")).toMatchObject({ entity: "appointment", before: expect.objectContaining({ status: "booked" }), after: expect.objectContaining({ status: "moved" }) });
  });
});
