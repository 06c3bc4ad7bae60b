import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, matterEvents, matters } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { APPLICANT, accepted, fullRegistration, registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";

describe("intake through the API", () => {
  it("R-INT-1 R-INT-3 an on-duty agent registers an assisted matter with the item's materials", async () => {
    const { api, matterId } = await registered(db, "wangzhuang-1", "ZZ-012", MON);
    const m = await api.matter.get({ matterId });
    expect(m.status).toBe("registered");
    expect(m.modeLabel).toBe("协办");
    expect(m.state.applicant?.name).toBe(APPLICANT.name);
    expect(m.state.applicant?.idNumber).not.toContain("19491231");
    expect(m.item.code).toBe("ZZ-012");
    expect(m.available).toEqual(expect.arrayContaining(["accept", "reject", "refer"]));
  });

  it("R-RUL-5 an agent who has not clocked on cannot register", async () => {
    const api = await callerAs(db, "wangzhuang-2", MON);
    const err = await api.matter.register({ idempotencyKey: randomUUID(), command: await fullRegistration(db, "ZZ-012") }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("未签到在岗") });
  });

  it("R-INT-3 bad applicant fields are refused with a message naming the field, and nothing is stored", async () => {
    const api = await callerAs(db, "wangzhuang-1", MON);
    const before = await db.select({ n: count() }).from(matters);
    const bad = { ...(await fullRegistration(db, "ZZ-012")), applicant: { ...APPLICANT, phone: "12345", idNumber: "110105194912310021" } };
    const err = await api.matter.register({ idempotencyKey: randomUUID(), command: bad }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((err as Error).message)).toMatch(/联系电话/);
    expect(await db.select({ n: count() }).from(matters)).toEqual(before);
  });

  it("R-INT-1 an agency matter records the authorisation of a colleague chosen by the applicant, named from the record", async () => {
    const colleague = await sessionUser(db, "wangzhuang-2");
    const { api, matterId } = await registered(db, "wangzhuang-1", "ZZ-012", MON, {
      mode: "agency",
      authorization: { agentId: colleague.id, agentName: "假名字", signedOn: "2026-03-02", scope: "代办村证明" },
    });
    const m = await api.matter.get({ matterId });
    expect(m.state.authorization).toMatchObject({ agentId: colleague.id, agentName: colleague.name });
  });

  it("R-INT-1 an authorisation of someone outside the station is refused", async () => {
    const outsider = await sessionUser(db, "liucun-1");
    const api = await callerAs(db, "wangzhuang-1", MON);
    const cmd = { ...(await fullRegistration(db, "ZZ-012", "agency")), authorization: { agentId: outsider.id, agentName: outsider.name, signedOn: "2026-03-02", scope: "x" } };
    await expect(api.matter.register({ idempotencyKey: randomUUID(), command: cmd })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "受托代办员不是本代办站的工作人员" });
  });

  it("R-INT-2 an item that needs the applicant in person cannot be taken as agency; assisted is offered", async () => {
    const colleague = await sessionUser(db, "wangzhuang-2");
    const api = await callerAs(db, "wangzhuang-1", MON);
    const cmd = { ...(await fullRegistration(db, "ZZ-009", "agency")), authorization: { agentId: colleague.id, agentName: colleague.name, signedOn: "2026-03-02", scope: "就业登记" } };
    await expect(api.matter.register({ idempotencyKey: randomUUID(), command: cmd })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("协办") });
  });

  it("R-INT-7 a fee that is not the item's statutory fee is refused; the statutory one reaches the receipt", async () => {
    const api = await callerAs(db, "wangzhuang-1", MON);
    const cmd = { ...(await fullRegistration(db, "ZZ-012")), fees: [{ key: "service", amountFen: 1000 }] };
    await expect(api.matter.register({ idempotencyKey: randomUUID(), command: cmd })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-008");
    const { api: a2, matterId } = await accepted(db, covering[0]!.username, "ZZ-008", MON);
    const receipt = await a2.matter.receipt({ matterId });
    expect(receipt.fees).toEqual([expect.objectContaining({ amountFen: 500, basis: expect.any(String) })]);
  });

  it("R-INT-4 missing materials give a supplement notice listing exactly them; supplying them allows acceptance", async () => {
    const full = await fullRegistration(db, "ZZ-004");
    const [kept, ...dropped] = full.materials;
    const { api, matterId } = await registered(db, "wangzhuang-1", "ZZ-004", MON, { materials: [kept] });
    let m = await api.matter.get({ matterId });
    expect(m.available).toContain("requestSupplement");
    expect(m.available).not.toContain("accept");
    await expect(api.matter.act({ matterId, expectedVersion: m.version, command: { type: "accept" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("材料不齐全") });
    await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "requestSupplement" } });
    const notice = await api.matter.supplementNotice({ matterId });
    expect(notice.lines).toHaveLength(dropped.length);
    expect(notice.applicant.phoneMasked).not.toContain(APPLICANT.phone);
    m = await api.matter.get({ matterId });
    await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "supplyMaterials", materials: dropped } });
    m = await api.matter.get({ matterId });
    const r = await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "accept" } });
    expect(r.status).toBe("inHandling");
  });

  it("R-INT-4 a rejection needs a written reason and a referral the body to apply to, each with its notice", async () => {
    const { api, matterId } = await registered(db, "wangzhuang-1", "ZZ-012", MON);
    await expect(api.matter.act({ matterId, expectedVersion: 1, command: { type: "reject", reason: "  " } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("退回理由") });
    await api.matter.act({ matterId, expectedVersion: 1, command: { type: "reject", reason: "申请人非本村户籍，不符合出具条件" } });
    const notice = await api.matter.decisionNotice({ matterId });
    expect(notice).toMatchObject({ kind: "reject", reason: "申请人非本村户籍，不符合出具条件", body: null });
    expect(await codeOf(api.matter.act({ matterId, expectedVersion: 2, command: { type: "accept" } }))).toBe("BAD_REQUEST");

    const { api: a2, matterId: m2 } = await registered(db, "wangzhuang-1", "ZZ-012", MON);
    await a2.matter.act({ matterId: m2, expectedVersion: 1, command: { type: "refer", body: "郑州市公安局二七分局户政科" } });
    expect(await a2.matter.decisionNotice({ matterId: m2 })).toMatchObject({ kind: "refer", body: "郑州市公安局二七分局户政科" });
  });

  it("R-INT-5 acceptance issues a receipt: number, promised date, responsible agent and phone, hotlines, lookup code", async () => {
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-012");
    const { api, matterId } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    const r = await api.matter.receipt({ matterId });
    expect(r.receiptNo).toMatch(/^410103100202-20260302-\d{4}$/);
    expect(r.promisedDate).toBe("2026-03-04");
    expect(r.lookupCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(r.lookupUrl).toBe(`http://village.test/lookup?code=${r.lookupCode}`);
    expect(r.station.name).toBe("二七区马寨镇王庄村便民服务代办站");
    expect(r.responsibleAgent.phone).toMatch(/^1\d{10}$/);
    expect(r.complaintHotlines.map((h) => h.name)).toEqual(["马寨镇便民服务中心", "二七区行政效能中心", "二七区行政审批中心"]);
    expect(r.applicant.phoneMasked).not.toBe(APPLICANT.phone);
  });

  it("R-INT-5 receipt numbers count up per station and day", async () => {
    const { covering } = await staffFor(db, "gongrenlu", "ZZ-012");
    const a = await accepted(db, covering[0]!.username, "ZZ-012", "2026-03-03T09:00:00+08:00");
    const b = await accepted(db, covering[0]!.username, "ZZ-012", "2026-03-03T09:05:00+08:00");
    const ra = await a.api.matter.receipt({ matterId: a.matterId });
    const rb = await b.api.matter.receipt({ matterId: b.matterId });
    expect(ra.receiptNo.endsWith("-0001")).toBe(true);
    expect(rb.receiptNo.endsWith("-0002")).toBe(true);
  });

  it("R-DL-2 the promised date skips the Spring Festival and says which days it skipped", async () => {
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-001");
    const { api, matterId } = await accepted(db, covering[0]!.username, "ZZ-001", "2026-02-12T10:00:00+08:00");
    const m = await api.matter.get({ matterId });
    // 5 working days after Thu 12 Feb: 13, Sat 14 (调休上班), 24, 25, 26
    expect(m.state.promisedDate).toBe("2026-02-26");
    expect(m.deadlineSkipped.map((s) => s.date)).toContain("2026-02-17");
    expect(m.deadlineSkipped.find((s) => s.date === "2026-02-17")?.reason).toContain("春节");
  });

  it("R-INT-6 the responsible agent is off duty: a colleague on duty accepts, keeps the materials, and the handover waits in the responsible agent's inbox", async () => {
    const { covering, others } = await staffFor(db, "yingtaogou", "ZZ-012");
    const responsible = covering[0]!;
    const colleague = others[0]!;
    const { api, matterId } = await registered(db, colleague.username, "ZZ-012", MON);
    const r = await api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } });
    expect(r.status).toBe("inHandling");
    const m = await api.matter.get({ matterId });
    expect(m.state.firstContactAgent?.id).toBe(colleague.userId);
    expect(m.state.responsibleAgent?.id).toBe(responsible.userId);
    expect(m.state.handoverPending).toBe(true);
    expect(m.custodyLabel).toContain("代办员");
    const resp = await callerAs(db, responsible.username, "2026-03-02T14:00:00+08:00");
    await resp.attendance.clockOn();
    const inbox = await resp.matter.handoverInbox();
    expect(inbox.map((i) => i.id)).toContain(matterId);
    await api.matter.act({ matterId, expectedVersion: m.version, command: { type: "handover" } });
    const after = await resp.matter.get({ matterId });
    expect(after.state.handoverPending).toBe(false);
    expect(after.custody.at(-1)).toMatchObject({ label: "移交" });
    expect((await resp.matter.handoverInbox()).map((i) => i.id)).not.toContain(matterId);
  });

  it("R-SEC-2 every write of the matter is audited", async () => {
    const { matterId } = await accepted(db, (await staffFor(db, "mazhaicun", "ZZ-012")).covering[0]!.username, "ZZ-012", MON);
    const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, matterId)).orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(["matter.register", "matter.accept"]);
    const events = await db.select().from(matterEvents).where(eq(matterEvents.matterId, matterId)).orderBy(matterEvents.seq);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
  });
});
