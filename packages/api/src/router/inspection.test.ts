import { and, count, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { auditLog, inspections, rectifications } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { INSPECTION_CHECK_KEYS } from "@bianmin/domain";
import type { InspectionCheckKey } from "@bianmin/domain";
import { describeZodError } from "../errors";
import { callerAs, codeOf, sessionUser } from "../test-helpers";
import { RECTIFICATION_CONFLICT } from "./inspection";

/**
 * 明察暗访 and 整改 (R-SUP-2). An efficiency-centre inspector visits 王庄村 on Friday 6 March 2026 and finds the
 * attitude of one agent wanting; the station must put it right within 3 working days (Wednesday 11 March, the
 * weekend skipped). The head reports on Tuesday, the 马寨镇 centre confirms on Wednesday.
 */

let db: Db;
let stationId: string;
let agentId: string;
beforeAll(async () => {
  ({ db } = await freshDb());
  const agent = await sessionUser(db, "wangzhuang-1");
  stationId = agent.stationId!;
  agentId = agent.id;
});

const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;
const FRI = "2026-03-06";
const INSPECTOR = "erqi-inspector";

const findings = (failed: Partial<Record<InspectionCheckKey, { note: string | null; agentId?: string | null }>> = {}) =>
  INSPECTION_CHECK_KEYS.map((check) => {
    const f = failed[check];
    return f ? { check, passed: false, note: f.note, agentId: f.agentId ?? null } : { check, passed: true, note: null, agentId: null };
  });

/** The code, message and per-field messages of a refused call. */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { code: string; message: string; cause?: unknown };
    return { code: err.code, message: err.message, fields: err.cause instanceof ZodError ? describeZodError(err.cause).fieldErrors : {} };
  }
  throw new Error("the call was not refused");
}

const audits = async (action: string, entityId: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const rows = async () => ({
  inspections: (await db.select({ n: count() }).from(inspections))[0]!.n,
  rectifications: (await db.select({ n: count() }).from(rectifications))[0]!.n,
  audits: (await db.select({ n: count() }).from(auditLog).where(like(auditLog.action, "inspection.%")))[0]!.n,
});

describe("明察暗访 and 整改 (R-SUP-2)", () => {
  let inspectionId: string;
  let rectId: string;

  it("R-SUP-2 R-DL-1 the inspector records a visit: the centre follows from the role, the rectification is due 3 working days later (the weekend skipped)", async () => {
    const api = await callerAs(db, INSPECTOR, at(FRI, "16:00"));
    const choices = await api.inspection.stationChoices();
    expect(choices.centerLabel).toBe("区行政效能中心");
    const wangzhuang = choices.townships.flatMap((t) => t.stations).find((s) => s.stationId === stationId)!;
    expect(wangzhuang.villageName).toBe("王庄村");
    expect(wangzhuang.staff.map((s) => s.userId)).toContain(agentId);

    const r = await api.inspection.record({
      stationId,
      inspectedOn: FRI,
      findings: findings({ attitude: { note: "接待群众时态度生硬", agentId } }).reverse(),
      note: "暗访时有群众等候",
      rectifications: [{ requirement: "组织代办员学习服务规范，当面向群众致歉", days: 3 }],
    });
    expect(r.problemCount).toBe(1);
    expect(r.rectifications).toEqual([{ id: expect.any(String), dueDate: "2026-03-11" }]);
    inspectionId = r.id;
    rectId = r.rectifications[0]!.id;

    const [row] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
    expect(row).toMatchObject({ stationId, centerKind: "efficiency", inspectedOn: FRI, problemCount: 1, note: "暗访时有群众等候" });
    expect(row!.findings.map((f) => f.check)).toEqual([...INSPECTION_CHECK_KEYS]);
    expect(row!.findings.find((f) => f.check === "attitude")).toEqual({ check: "attitude", passed: false, note: "接待群众时态度生硬", agentId });
    const [audit] = await audits("inspection.record", inspectionId);
    expect(audit).toMatchObject({ actorName: expect.any(String), entity: "inspection" });
    expect(audit!.after).toMatchObject({ stationId, centerKind: "efficiency", problemCount: 1, rectifications: [{ id: rectId, dueDate: "2026-03-11", days: 3 }] });

    // an approval-centre assessor's visit is the approval centre's
    const assessor = await callerAs(db, "erqi-assessor", at(FRI, "16:30"));
    const a = await assessor.inspection.record({ stationId, inspectedOn: FRI, findings: findings() });
    expect((await db.select().from(inspections).where(eq(inspections.id, a.id)))[0]!.centerKind).toBe("approval");
    expect((await assessor.inspection.get({ id: a.id })).centerLabel).toBe("区行政审批中心");
  });

  it("R-SUP-2 the head reports the rectification, the township centre confirms it; both audited, the district sees it confirmed", async () => {
    const head = await callerAs(db, "wangzhuang-head", at("2026-03-10", "09:00"));
    const mine = await head.inspection.stationRectifications();
    expect(mine.mayReport).toBe(true);
    const open = mine.rows.find((x) => x.id === rectId)!;
    expect(open).toMatchObject({ status: "open", statusLabel: "待整改", dueDate: "2026-03-11", light: "yellow", remainingWorkdays: 1, centerLabel: "区行政效能中心" });
    // an agent reads the rectifications but does not report them
    const agent = await callerAs(db, "wangzhuang-1", at("2026-03-10", "09:00"));
    expect((await agent.inspection.stationRectifications()).mayReport).toBe(false);
    expect(await codeOf(agent.inspection.reportRectification({ id: rectId, expectedVersion: open.version, report: "已整改" }))).toBe("FORBIDDEN");

    const reported = await head.inspection.reportRectification({ id: rectId, expectedVersion: open.version, report: "已组织全体代办员学习服务规范，代办员已向群众致歉" });
    expect(reported).toMatchObject({ status: "reported", version: open.version + 1 });
    expect(await refusal(head.inspection.reportRectification({ id: rectId, expectedVersion: reported.version, report: "再报一次" }))).toMatchObject({ code: "BAD_REQUEST", message: "该整改已报告，正在等待乡镇（街道）便民服务中心确认" });
    expect(await audits("rectification.report", rectId)).toHaveLength(1);

    const township = await callerAs(db, "mazhai-supervisor", at("2026-03-11", "15:00"));
    const waiting = await township.inspection.townshipRectifications({ status: "reported" });
    expect(waiting.map((x) => x.id)).toEqual([rectId]);
    expect(waiting[0]).toMatchObject({ villageName: "王庄村", report: expect.stringContaining("学习服务规范"), light: "onTime", reportedByName: expect.any(String) });
    expect(await refusal(township.inspection.confirmRectification({ id: rectId, expectedVersion: reported.version, note: " " }))).toMatchObject({ code: "BAD_REQUEST", fields: { note: "确认意见不能为空" } });
    // confirming against the version seen before the report is a conflict
    expect(await refusal(township.inspection.confirmRectification({ id: rectId, expectedVersion: open.version, note: "确认" }))).toMatchObject({ code: "CONFLICT", message: RECTIFICATION_CONFLICT });
    const confirmed = await township.inspection.confirmRectification({ id: rectId, expectedVersion: reported.version, note: "经电话回访群众，整改到位" });
    expect(confirmed.status).toBe("confirmed");
    const [audit] = await audits("rectification.confirm", rectId);
    expect(audit!.before).toMatchObject({ status: "reported" });
    expect(audit!.after).toMatchObject({ status: "confirmed", confirmNote: "经电话回访群众，整改到位", onSite: false });
    expect(await refusal(township.inspection.confirmRectification({ id: rectId, expectedVersion: confirmed.version, note: "再确认" }))).toMatchObject({ code: "BAD_REQUEST", message: "该整改已确认到位" });

    const district = await callerAs(db, "erqi-admin", at("2026-03-12"));
    const detail = await district.inspection.get({ id: inspectionId });
    expect(detail).toMatchObject({ villageName: "王庄村", townshipName: "马寨镇", problemCount: 1, rectifications: { total: 1, confirmed: 1, overdue: 0 } });
    expect(detail.findings.find((f) => f.check === "attitude")).toMatchObject({ label: "服务态度热情诚恳", passed: false, agentName: expect.any(String) });
    expect(detail.rectificationRows[0]).toMatchObject({ status: "confirmed", statusLabel: "已确认整改到位", light: "onTime", confirmNote: "经电话回访群众，整改到位" });
  });

  it("R-SUP-2 R-ASM-1 the bimonthly assessment counts the finding against the agent it names", async () => {
    // both agents served in the period (a clock-on in it); the finding names only the first
    for (const user of ["wangzhuang-1", "wangzhuang-2"]) await (await callerAs(db, user, at(FRI, "08:30"))).attendance.clockOn();
    const other = await sessionUser(db, "wangzhuang-2");
    const township = await callerAs(db, "mazhai-staff", at("2026-05-06", "09:00"));
    await township.assessment.compute({ periodKey: "2026-B2" });
    const list = await township.assessment.list({ periodKey: "2026-B2" });
    const mine = list.rows.find((x) => x.subjectId === agentId)!;
    const detail = await township.assessment.get({ id: mine.id });
    expect(detail.metrics.find((m) => m.key === "inspectionFindings")?.value).toBe(1);
    const theirs = list.rows.find((x) => x.subjectId === other.id)!;
    expect((await township.assessment.get({ id: theirs.id })).metrics.find((m) => m.key === "inspectionFindings")?.value).toBe(0);
  });

  it("R-SUP-2 R-DL-4 an open rectification past its due date is red, and its station is flagged on the district list", async () => {
    const api = await callerAs(db, INSPECTOR, at(FRI, "17:00"));
    const r = await api.inspection.record({ stationId, inspectedOn: FRI, findings: findings({ badges: { note: "一名代办员未佩戴胸牌" } }), rectifications: [{ requirement: "全体代办员挂牌上岗", days: 2 }] });
    expect(r.rectifications[0]!.dueDate).toBe("2026-03-10");

    const onDue = await callerAs(db, "mazhai-staff", at("2026-03-10", "17:00"));
    expect((await onDue.inspection.townshipRectifications({ status: "open" })).find((x) => x.id === r.rectifications[0]!.id)).toMatchObject({ light: "yellow", overdue: false });
    const late = await callerAs(db, "mazhai-staff", at("2026-03-11", "09:00"));
    const openRows = await late.inspection.townshipRectifications({ status: "open" });
    expect(openRows[0]).toMatchObject({ id: r.rectifications[0]!.id, light: "red", overdue: true, remainingWorkdays: -1 });

    const district = await callerAs(db, "erqi-admin", at("2026-03-11", "09:00"));
    const list = await district.inspection.list({ stationId });
    expect(list.mayRecord).toBe(false);
    expect(list.overdueStations).toEqual([{ stationId, villageName: "王庄村", townshipName: "马寨镇", overdue: 1 }]);
    expect(list.rows.find((x) => x.id === r.id)).toMatchObject({ stationOverdue: true, rectifications: { total: 1, confirmed: 0, overdue: 1 } });
    const houzhai = list.townships.find((t) => t.name === "侯寨乡")?.id ?? list.townships.find((t) => t.name !== "马寨镇")!.id;
    expect(await district.inspection.list({ townshipId: houzhai })).toMatchObject({ rows: [], overdueStations: [] });
    expect((await district.inspection.list({ from: "2026-03-07" })).rows).toEqual([]);

    // the township confirms it directly after verifying on site
    const row = openRows[0]!;
    await late.inspection.confirmRectification({ id: row.id, expectedVersion: row.version, note: "现场核实，代办员均已挂牌" });
    const [audit] = await audits("rectification.confirm", row.id);
    expect(audit!.after).toMatchObject({ status: "confirmed", onSite: true });
    const after = (await late.inspection.townshipRectifications()).find((x) => x.id === row.id)!;
    expect(after).toMatchObject({ status: "confirmed", light: "late", overdue: false });
  });

  it("R-SEC-1 R-SUP-2 another township, another station, an agent or a township user cannot act on or see the rectification", async () => {
    const api = await callerAs(db, INSPECTOR, at(FRI, "17:30"));
    const r = await api.inspection.record({ stationId, inspectedOn: FRI, findings: findings({ records: { note: "服务记录未及时登记" } }), rectifications: [{ requirement: "补登服务记录", days: 5 }] });
    const id = r.rectifications[0]!.id;

    const other = await callerAs(db, "houzhai-staff", at("2026-03-09"));
    expect((await other.inspection.townshipRectifications()).map((x) => x.id)).not.toContain(id);
    expect(await refusal(other.inspection.confirmRectification({ id, expectedVersion: 1, note: "确认" }))).toEqual({ code: "NOT_FOUND", message: "整改事项不存在", fields: {} });
    const otherHead = await callerAs(db, "zhangli-head", at("2026-03-09"));
    expect((await otherHead.inspection.stationRectifications()).rows.map((x) => x.id)).not.toContain(id);
    expect(await codeOf(otherHead.inspection.reportRectification({ id, expectedVersion: 1, report: "已补登" }))).toBe("NOT_FOUND");

    for (const user of ["wangzhuang-1", "wangzhuang-head", "mazhai-staff", "erqi-admin"]) {
      const caller = await callerAs(db, user, at("2026-03-09"));
      expect(await codeOf(caller.inspection.record({ stationId, inspectedOn: FRI, findings: findings() })), user).toBe("FORBIDDEN");
    }
    for (const user of ["wangzhuang-head", "mazhai-staff"]) {
      const caller = await callerAs(db, user, at("2026-03-09"));
      expect(await codeOf(caller.inspection.list()), user).toBe("FORBIDDEN");
      expect(await codeOf(caller.inspection.get({ id: r.id })), user).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerAs(db, INSPECTOR, at("2026-03-09"))).inspection.townshipRectifications())).toBe("FORBIDDEN");
    // nothing changed
    expect((await db.select().from(rectifications).where(eq(rectifications.id, id)))[0]).toMatchObject({ status: "open", version: 1 });
  });

  it("R-SUP-2 bad input (a check missing, a failed check without a note, a future date, a stranger named) is refused field by field, nothing written", async () => {
    const before = await rows();
    const api = await callerAs(db, INSPECTOR, at(FRI, "18:00"));
    const missing = await refusal(api.inspection.record({ stationId, inspectedOn: FRI, findings: findings().filter((f) => f.check !== "disclosure") }));
    expect(missing).toMatchObject({ code: "BAD_REQUEST", fields: { findings: "检查结果：缺少“政务公开内容公示到位”一项，请逐项填写是否通过" } });
    const noNote = await refusal(api.inspection.record({ stationId, inspectedOn: FRI, findings: findings({ onDuty: { note: "" } }), rectifications: [{ requirement: "", days: 0 }] }));
    expect(noNote.code).toBe("BAD_REQUEST");
    expect(noNote.fields).toEqual({
      "findings.0.note": "“工作人员在岗”未通过，请写明发现的问题",
      "rectifications.0.requirement": "整改要求不能为空",
      "rectifications.0.days": "整改期限至少1个工作日",
    });
    const future = await refusal(api.inspection.record({ stationId, inspectedOn: "2026-03-07", findings: findings() }));
    expect(future).toMatchObject({ code: "BAD_REQUEST", message: "检查日期不能晚于今天", fields: { inspectedOn: "检查日期不能晚于今天" } });
    const badDate = await refusal(api.inspection.record({ stationId, inspectedOn: "2026-3-6", findings: findings() }));
    expect(badDate.fields).toEqual({ inspectedOn: "检查日期格式不正确（应为 YYYY-MM-DD）" });
    const stranger = (await sessionUser(db, "houzhaicun-1")).id;
    const named = await refusal(api.inspection.record({ stationId, inspectedOn: FRI, findings: findings({ badges: { note: "未挂牌", agentId: stranger } }) }));
    expect(named).toMatchObject({ code: "BAD_REQUEST", fields: { "findings.1.agentId": "涉及代办员须为该代办站的工作人员" } });
    expect(await codeOf(api.inspection.record({ stationId: "00000000-0000-4000-8000-000000000000", inspectedOn: FRI, findings: findings() }))).toBe("NOT_FOUND");
    expect(await rows()).toEqual(before);
  });
});
