import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, inspections, stations, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import type { InspectionFinding, MatterCommandInput } from "@bianmin/domain";
import { registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

/**
 * The first half of 2026 (2026-H1) for two stations, driven through the real services, then the district approval
 * centre's assessment in July. Expected points worked out by hand from the default station rubric (pass mark 70):
 *
 *  王庄村 (马寨镇): the head closes the 2025 record book on 10 Jan (on time: 50); an agent accepts two ZZ-012 matters
 *  (2 working days), completes one on time and one two working days late (both have receipt number and lookup code:
 *  ledger 50); ratings 非常满意 and 不满意; one complaint about the station; an inspection on 15 Apr fails 2 checks.
 *    按期办结率 25×1/2 = 12.5; 群众满意率 20×1/2 = 10; 群众投诉 15−5 = 10; 明察暗访 15−2×5 = 5; 规范化建设 15;
 *    服务记录 10×100% = 10 → 62.5, below the pass mark.
 *  侯寨村 (侯寨乡): nothing happens but the head closes the 2025 book late, on 5 Feb (25 + ledger 50 = 75):
 *    25 + 20 + 15 + 15 + 15 + 7.5 = 97.5.
 *  The other ten operating stations: no 2025 book closed (0 + 50): 95. 杨庄村 (being built, draft checklist with 5 of 10
 *  items passed): standardisation 7.5, records 10 → 92.5. 齐礼阎社区 (being built, checklist submitted, all passed): 100.
 *  District ranks: 齐礼阎 1, 侯寨村 2, the ten 3, 杨庄村 13, 王庄村 14.
 *  2025-H2 (computed in January): every operating station 95 → 王庄村 ↓, 侯寨村 ↑.
 */

let db: Db;
let agent: { username: string; userId: string };
let wangzhuang: string;
let houzhai: string;
const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;
const NOW = at("2026-07-06", "09:00");
const ASSESSOR = "erqi-assessor";

async function onDuty(username: string, day: string, acts: () => Promise<void>) {
  await (await callerAs(db, username, at(day, "08:30"))).attendance.clockOn();
  await acts();
  await (await callerAs(db, username, at(day, "17:30"))).attendance.clockOff();
}

async function act(day: string, time: string, matterId: string, expectedVersion: number, command: MatterCommandInput): Promise<number> {
  return (await (await callerAs(db, agent.username, at(day, time))).matter.act({ matterId, expectedVersion, command })).version;
}

const COMPLETE: MatterCommandInput = { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] };
const DELIVER: MatterCommandInput = { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" };

/** Accept (promised two working days later), complete on `doneDay`, deliver and rate. */
async function matter(acceptDay: string, doneDay: string, level: "verySatisfied" | "dissatisfied") {
  let id = "";
  let v = 0;
  await onDuty(agent.username, acceptDay, async () => {
    const { api, matterId } = await registered(db, agent.username, "ZZ-012", at(acceptDay, "09:30"));
    id = matterId;
    v = (await api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } })).version;
  });
  await onDuty(agent.username, doneDay, async () => {
    v = await act(doneDay, "10:00", id, v, COMPLETE);
    v = await act(doneDay, "10:05", id, v, DELIVER);
    await act(doneDay, "10:10", id, v, { type: "rate", level });
  });
}

const lineOf = (a: { lines: { key: string; points: number }[] }) => Object.fromEntries(a.lines.map((l) => [l.key, l.points]));

beforeAll(async () => {
  ({ db } = await freshDb());
  // the accounts were opened long before the periods assessed
  await db.update(users).set({ createdAt: new Date(at("2025-01-01")) });
  agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!;
  wangzhuang = (await db.select({ s: users.stationId }).from(users).where(eq(users.id, agent.userId)))[0]!.s!;
  houzhai = (await db.select({ s: users.stationId }).from(users).where(eq(users.username, "houzhaicun-head")))[0]!.s!;

  // the previous half-year, computed in January before anything else happened
  await (await callerAs(db, ASSESSOR, at("2026-01-05"))).assessment.computeHalfYear({ periodKey: "2025-H2" });

  await (await callerAs(db, "wangzhuang-head", at("2026-01-10"))).records.closeYear({ year: 2025 });
  await (await callerAs(db, "houzhaicun-head", at("2026-02-05"))).records.closeYear({ year: 2025 });
  await matter("2026-03-02", "2026-03-03", "verySatisfied"); // promised 4 Mar: on time
  await matter("2026-03-09", "2026-03-13", "dissatisfied"); // promised 11 Mar: two working days late
  await (await callerAs(db, "wangzhuang-head", at("2026-03-20"))).complaint.record({ channel: "box", content: "代办员办事拖拉，群众多次跑腿", about: "station" });
  const [inspector] = await db.select().from(users).where(eq(users.username, "erqi-inspector"));
  const [st] = await db.select().from(stations).where(eq(stations.id, wangzhuang));
  const findings: InspectionFinding[] = [
    { check: "badges", passed: false, note: "未挂牌", agentId: null },
    { check: "records", passed: false, note: "服务记录不全", agentId: null },
    { check: "onDuty", passed: true, note: null, agentId: null },
  ];
  await db.insert(inspections).values({
    districtId: st!.districtId,
    townshipId: st!.townshipId,
    villageId: st!.villageId,
    stationId: st!.id,
    inspectedOn: "2026-04-15",
    centerKind: "efficiency",
    inspectorId: inspector!.id,
    findings,
    problemCount: 2,
    createdAt: new Date(at("2026-04-15")),
  });
});

describe("half-year station assessment (R-ASM-2, R-ASM-3)", () => {
  it("R-ASM-2 R-ASM-3 the assessor computes the last closed half-year for every station: points line by line, ranks, change on the previous half-year", async () => {
    const api = await callerAs(db, ASSESSOR, NOW);
    const periods = await api.assessment.halfYearPeriods();
    expect(periods.defaultKey).toBe("2026-H1");
    expect(periods.periods.find((p) => p.key === "2025-H2")).toMatchObject({ assessed: 14, confirmed: 0 });
    await expect(api.assessment.computeHalfYear({ periodKey: "2026-H2" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("尚未结束") });
    expect(await api.assessment.computeHalfYear({ periodKey: "2026-H1" })).toMatchObject({ created: 14, recomputed: 0, kept: 0 });

    const list = await api.assessment.halfYearList({ periodKey: "2026-H1" });
    const w = list.rows.find((r) => r.stationId === wangzhuang)!;
    const h = list.rows.find((r) => r.stationId === houzhai)!;
    expect(w).toMatchObject({ total: 62.5, poor: true, rank: 14, townshipRank: 4, previousTotal: 95, change: "down", delta: -32.5, townshipName: "马寨镇" });
    expect(h).toMatchObject({ total: 97.5, poor: false, rank: 2, townshipRank: 1, previousTotal: 95, change: "up", townshipName: "侯寨乡" });
    expect(list.rows.map((r) => r.total)).toEqual([100, 97.5, ...Array(10).fill(95), 92.5, 62.5]);
    expect(list.byTownship.find((t) => t.townshipName === "马寨镇")).toMatchObject({ stations: 4, average: 86.25, poor: 1 });
    expect(list.summary).toMatchObject({ stations: 14, poor: 1, confirmed: 0 });

    const wd = await api.assessment.get({ id: w.id });
    expect(wd.kind).toBe("station");
    expect(lineOf(wd)).toEqual({ onTime: 12.5, satisfaction: 10, complaints: 10, inspections: 5, standardization: 15, records: 10 });
    expect(wd.metrics.find((m) => m.key === "recordKeepingScore")!.explanation).toContain("2025年度服务记录本已于2026年1月10日存档");
    expect(wd.lines.find((l) => l.key === "onTime")!.explanation).toBe("按期办结率：按期办结件数1 ÷ 办结件数2 = 50%，得12.5分（满分25分）");
    const hd = await api.assessment.get({ id: h.id });
    expect(lineOf(hd)).toEqual({ onTime: 25, satisfaction: 20, complaints: 15, inspections: 15, standardization: 15, records: 7.5 });
    expect(hd.metrics.find((m) => m.key === "recordKeepingScore")!.explanation).toContain("晚于2026年1月31日，计25分");

    // a township filter keeps the district-wide ranks
    const only = await api.assessment.halfYearList({ periodKey: "2026-H1", townshipId: w.townshipId });
    expect(only.rows.map((r) => r.rank)).toEqual([3, 3, 13, 14]);
  });

  it("R-ASM-2 a poor station is flagged and what was done is recorded and audited; a good one needs no handling", async () => {
    const api = await callerAs(db, ASSESSOR, NOW);
    const list = await api.assessment.halfYearList({ periodKey: "2026-H1" });
    const w = list.rows.find((r) => r.stationId === wangzhuang)!;
    const h = list.rows.find((r) => r.stationId === houzhai)!;
    const d = await api.assessment.get({ id: w.id });
    await expect(api.assessment.recordHandling({ id: w.id, version: d.rowVersion, note: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("处理情况") });
    const hd = await api.assessment.get({ id: h.id });
    await expect(api.assessment.recordHandling({ id: h.id, version: hd.rowVersion, note: "约谈" })).rejects.toMatchObject({ message: expect.stringContaining("只有低于合格线") });
    await api.assessment.recordHandling({ id: w.id, version: d.rowVersion, note: "7月8日约谈站长，限期一个月整改挂牌和服务记录" });
    expect(await codeOf(api.assessment.recordHandling({ id: w.id, version: d.rowVersion, note: "重复提交" }))).toBe("CONFLICT");
    const after = await api.assessment.halfYearList({ periodKey: "2026-H1" });
    expect(after.rows.find((r) => r.id === w.id)!.handlingNote).toBe("7月8日约谈站长，限期一个月整改挂牌和服务记录");
    expect(after.summary.handled).toBe(1);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "assessment.recordHandling"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({ handling: "7月8日约谈站长，限期一个月整改挂牌和服务记录" });
  });

  it("R-ASM-3 a confirmed result cannot be recomputed; a correction is version 2 linked to it", async () => {
    const api = await callerAs(db, ASSESSOR, NOW);
    const w = (await api.assessment.halfYearList({ periodKey: "2026-H1" })).rows.find((r) => r.stationId === wangzhuang)!;
    const d = await api.assessment.get({ id: w.id });
    await api.assessment.halfYearConfirm({ id: w.id, version: d.rowVersion });
    await expect(api.assessment.halfYearConfirm({ id: w.id, version: d.rowVersion + 1 })).rejects.toMatchObject({ cause: { domainCode: "ASSESSMENT_CONFIRMED" } });
    expect(await api.assessment.computeHalfYear({ periodKey: "2026-H1" })).toMatchObject({ created: 0, recomputed: 13, kept: 1 });
    const confirmed = await api.assessment.get({ id: w.id });
    expect(confirmed).toMatchObject({ status: "confirmed", total: 62.5, mayCorrect: true, mayAct: true });

    await expect(api.assessment.halfYearCorrect({ id: w.id, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("更正理由") });
    const c = await api.assessment.halfYearCorrect({ id: w.id, reason: "明察暗访记录有误，复核后重新计算" });
    expect(c.version).toBe(2);
    const v2 = await api.assessment.get({ id: c.id });
    expect(v2).toMatchObject({ version: 2, status: "draft", supersedesId: w.id, correctionReason: "明察暗访记录有误，复核后重新计算", decisionNote: "7月8日约谈站长，限期一个月整改挂牌和服务记录" });
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await api.assessment.halfYearList({ periodKey: "2026-H1" })).rows.find((r) => r.stationId === wangzhuang)).toMatchObject({ id: c.id, version: 2 });
    await expect(api.assessment.halfYearCorrect({ id: w.id, reason: "再次更正" })).rejects.toMatchObject({ message: expect.stringContaining("已有更正版本") });
  });

  it("R-SEC-1 only the district reads half-year results; only the assessor changes them; township and village users are refused", async () => {
    const w = (await (await callerAs(db, ASSESSOR, NOW)).assessment.halfYearList({ periodKey: "2026-H1" })).rows.find((r) => r.stationId === houzhai)!;
    for (const reader of ["erqi-inspector", "erqi-admin"]) {
      const api = await callerAs(db, reader, NOW);
      expect((await api.assessment.halfYearList({ periodKey: "2026-H1" })).rows).toHaveLength(14);
      expect((await api.assessment.get({ id: w.id })).mayAct).toBe(false);
      expect(await codeOf(api.assessment.computeHalfYear({ periodKey: "2026-H1" }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.halfYearConfirm({ id: w.id, version: 1 }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.halfYearCorrect({ id: w.id, reason: "越权" }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.recordHandling({ id: w.id, version: 1, note: "越权" }))).toBe("FORBIDDEN");
    }
    for (const outsider of ["mazhai-staff", "houzhai-supervisor", "houzhaicun-head", "wangzhuang-1"]) {
      const api = await callerAs(db, outsider, NOW);
      expect(await codeOf(api.assessment.halfYearPeriods())).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.halfYearList({ periodKey: "2026-H1" }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.computeHalfYear({ periodKey: "2026-H1" }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.exportHalfYearXlsx({ periodKey: "2026-H1" }))).toBe("FORBIDDEN");
      expect(await codeOf(api.assessment.archive({}))).toBe("FORBIDDEN");
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(await codeOf(api.assessment.get({ id: w.id })));
    }
    // a township user sees its own agents' results only: a station result is not theirs
    expect(await codeOf((await callerAs(db, "houzhai-staff", NOW)).assessment.get({ id: w.id }))).toBe("NOT_FOUND");
    expect(await codeOf((await callerAs(db, "wangzhuang-1", NOW)).assessment.get({ id: w.id }))).toBe("FORBIDDEN");
    const bad = await callerAs(db, ASSESSOR, NOW);
    await expect(bad.assessment.halfYearList({ periodKey: "2026-B1" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("考核期") });
  });

  it("R-ASM-2 the XLSX lists every station ranked, with township, total, change and handling", async () => {
    const file = await (await callerAs(db, "erqi-admin", NOW)).assessment.exportHalfYearXlsx({ periodKey: "2026-H1" });
    expect(file.filename).toBe("代办站半年考核-二七区-2026-H1.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("二七区便民服务代办站半年考核结果");
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      "全区排名",
      "乡镇（街道）",
      "代办站",
      "按期办结率（25分）",
      "群众满意率（20分）",
      "群众投诉（15分）",
      "明察暗访（15分）",
      "规范化建设（15分）",
      "服务记录（10分）",
      "总分",
      "镇内排名",
      "上期总分",
      "变化",
      "结果",
      "状态",
      "处理情况",
    ]);
    expect(ws.rowCount).toBe(3 + 14);
    const rows = Array.from({ length: 14 }, (_, i) => (ws.getRow(4 + i).values as unknown[]).slice(1));
    expect(rows[1]).toEqual(["2", "侯寨乡", "侯寨村", "25", "20", "15", "15", "15", "7.5", "97.5", "1", "95", "↑2.5", "合格", "草稿（待确认）", ""]);
    // 王庄村 is now a correction draft (same records, same points), handling carried over
    expect(rows[13]).toEqual(["14", "马寨镇", "王庄村", "12.5", "10", "10", "5", "15", "10", "62.5", "4", "95", "↓32.5", "低于合格线", "草稿（待确认）", "7月8日约谈站长，限期一个月整改挂牌和服务记录"]);
    const pdf = await (await callerAs(db, "erqi-admin", NOW)).assessment.exportHalfYearPdf({ periodKey: "2026-H1" });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("bimonthly assessment archive (R-ASM-1, R-ASM-3)", () => {
  it("R-ASM-3 R-SEC-1 the district finds a township's confirmed bimonthly result by agent name; drafts and other searches do not show it", async () => {
    const staff = await callerAs(db, "mazhai-staff", at("2026-05-06"));
    await staff.assessment.compute({ periodKey: "2026-B2" });
    const list = await staff.assessment.list({ periodKey: "2026-B2" });
    const mine = list.rows.find((r) => r.subjectId === agent.userId)!;
    const other = list.rows.find((r) => r.subjectId !== agent.userId)!;
    let d = await staff.assessment.get({ id: mine.id });
    await staff.assessment.setTeamScore({ id: mine.id, version: d.rowVersion, score: 90 });
    d = await staff.assessment.get({ id: mine.id });
    await staff.assessment.confirm({ id: mine.id, version: d.rowVersion, decision: "reward", note: "按期办结率高" });

    const admin = await callerAs(db, "erqi-admin", NOW);
    const name = mine.name;
    const found = await admin.assessment.archive({ agentName: name.slice(1) });
    expect(found.rows.map((r) => r.id)).toEqual([mine.id]);
    expect(found.rows[0]).toMatchObject({ townshipName: "马寨镇", villageName: "王庄村", name, decisionLabel: "奖励", period: { key: "2026-B2" } });
    expect((await admin.assessment.archive({ periodKey: "2026-B2" })).rows.map((r) => r.id)).toEqual([mine.id]);
    expect((await admin.assessment.archive({ agentName: other.name })).rows).toHaveLength(0);
    const houzhaiId = found.townships.find((t) => t.name === "侯寨乡")!.id;
    expect((await admin.assessment.archive({ agentName: name, townshipId: houzhaiId })).rows).toHaveLength(0);
    expect((await admin.assessment.archive({ stationId: wangzhuang })).rows).toHaveLength(1);
    expect((await admin.assessment.archive({ agentName: "%" })).rows).toHaveLength(0);
    // read-only detail for the district; no actions
    const detail = await admin.assessment.get({ id: mine.id });
    expect(detail).toMatchObject({ kind: "agent", status: "confirmed", mayAct: false, townshipName: "马寨镇" });
    expect(await codeOf(admin.assessment.confirm({ id: other.id, version: 1, decision: "none" }))).toBe("FORBIDDEN");
    await expect(admin.assessment.archive({ periodKey: "2026-H1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
