import { like } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { describeZodError } from "../errors";
import { registered } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const NOW = "2026-03-02T10:00:00+08:00";
const DUTY = { cadreName: "王国强", cadrePosition: "村党支部书记", dutyDate: "2026-03-04", period: "morning" as const };

async function fieldsOf(p: Promise<unknown>) {
  const e = (await p.then(() => null, (x: unknown) => x)) as { code?: string; cause?: unknown } | null;
  if (!e) throw new Error("expected a refusal");
  return { code: e.code, fields: e.cause instanceof ZodError ? describeZodError(e.cause).fieldErrors : {} };
}

describe("cadre reception", () => {
  it("R-RUL-2 the station head keeps the duty schedule; agents read it but cannot change it", async () => {
    const head = await callerAs(db, "wangzhuang-head", NOW);
    const duty = await head.reception.setDuty(DUTY);
    await head.reception.setDuty({ ...DUTY, cadreName: "李红霞", cadrePosition: "村委会主任", period: "evening", note: "晚间接待外出务工群众" });
    expect(await codeOf(head.reception.setDuty(DUTY))).toBe("BAD_REQUEST");
    await expect(head.reception.setDuty({ ...DUTY, dutyDate: "2026-03-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "值班日期不能早于今天" });
    const bad = await fieldsOf(head.reception.setDuty({ ...DUTY, cadreName: "", period: "night" as never }));
    expect(bad.fields).toMatchObject({ cadreName: "干部姓名不能为空", period: "值班时段不正确" });

    const agent = await callerAs(db, "wangzhuang-1", NOW);
    expect(await codeOf(agent.reception.setDuty({ ...DUTY, period: "afternoon" }))).toBe("FORBIDDEN");
    expect(await codeOf(agent.reception.removeDuty({ dutyId: duty.id }))).toBe("FORBIDDEN");
    const week = await agent.reception.duties({ from: "2026-03-02", to: "2026-03-15" });
    expect(week.map((d) => [d.cadreName, d.period])).toEqual([
      ["王国强", "morning"],
      ["李红霞", "evening"],
    ]);

    expect(await codeOf((await callerAs(db, "liucun-head", NOW)).reception.removeDuty({ dutyId: duty.id }))).toBe("NOT_FOUND");
    expect(await (await callerAs(db, "liucun-1", NOW)).reception.duties({ from: "2026-03-02", to: "2026-03-15" })).toEqual([]);
    await head.reception.removeDuty({ dutyId: duty.id });
    expect((await agent.reception.duties({ from: "2026-03-02", to: "2026-03-15" })).map((d) => d.cadreName)).toEqual(["李红霞"]);
  });

  it("R-RUL-2 a reception records the visitors and 1–10 requests; bad input is refused naming the field", async () => {
    const agent = await callerAs(db, "wangzhuang-1", NOW);
    const { id } = await agent.reception.record({ cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "张桂兰、张小明", requests: ["申请老年人优待证", "咨询新农合报销比例"] });
    const list = await agent.reception.list();
    expect(list.find((r) => r.id === id)).toMatchObject({ visitors: "张桂兰、张小明", requests: [{ text: "申请老年人优待证", matterId: null }, { text: "咨询新农合报销比例", matterId: null }] });

    const none = await fieldsOf(agent.reception.record({ cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "", requests: [] }));
    expect(none).toMatchObject({ code: "BAD_REQUEST", fields: { visitors: "来访群众不能为空", requests: "诉求：至少填写1条" } });
    const many = await fieldsOf(agent.reception.record({ cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "张三", requests: Array.from({ length: 11 }, (_, i) => `诉求${i}`) }));
    expect(many.fields.requests).toBe("诉求：一次接待最多记录10条");
    await expect(agent.reception.record({ cadreName: "王国强", at: "2026-03-02T11:00:00+08:00", visitors: "张三", requests: ["x"] })).rejects.toMatchObject({ message: "接待时间不能晚于现在" });
  });

  it("R-RUL-2 a request becomes a matter of the station; a foreign matter or a foreign reception is refused", async () => {
    const agent = await callerAs(db, "wangzhuang-1", NOW);
    const { id } = await agent.reception.record({ cadreName: "李红霞", at: "2026-03-02T09:30:00+08:00", visitors: "刘秀兰", requests: ["开具村证明", "办理老年人优待证"] });
    const { matterId } = await registered(db, "wangzhuang-1", "ZZ-012", NOW);
    const linked = await agent.reception.linkMatter({ receptionId: id, requestIndex: 1, matterId });
    expect(linked.requests).toEqual([{ text: "开具村证明", matterId: null }, { text: "办理老年人优待证", matterId }]);
    expect((await agent.reception.linkMatter({ receptionId: id, requestIndex: 1, matterId })).requests[1]!.matterId).toBe(matterId);
    expect((await agent.reception.get({ receptionId: id })).requests[1]!.matterId).toBe(matterId);

    const { matterId: foreign } = await registered(db, "liucun-1", "ZZ-012", NOW);
    await expect(agent.reception.linkMatter({ receptionId: id, requestIndex: 0, matterId: foreign })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "事项编号：该事项不属于本代办站" });
    await expect(agent.reception.linkMatter({ receptionId: id, requestIndex: 5, matterId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await codeOf(agent.reception.linkMatter({ receptionId: id, requestIndex: 0, matterId }))).toBe("OK");
    const { matterId: other } = await registered(db, "wangzhuang-1", "ZZ-012", NOW);
    await expect(agent.reception.linkMatter({ receptionId: id, requestIndex: 0, matterId: other })).rejects.toMatchObject({ message: "该诉求已登记为事项，不能重复登记" });

    const outsider = await callerAs(db, "liucun-1", NOW);
    expect(await codeOf(outsider.reception.get({ receptionId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.reception.linkMatter({ receptionId: id, requestIndex: 0, matterId: foreign }))).toBe("NOT_FOUND");
    expect((await outsider.reception.list()).map((r) => r.id)).not.toContain(id);
  });

  it("R-SEC-2 duty, reception and link writes are audited", async () => {
    const actions = (await db.select().from(auditLog).where(like(auditLog.action, "reception.%"))).map((r) => r.action);
    expect(new Set(actions)).toEqual(new Set(["reception.setDuty", "reception.removeDuty", "reception.record", "reception.linkMatter"]));
  });
});
