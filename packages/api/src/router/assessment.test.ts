import { eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { assessments, auditLog, inspections, matters, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import type { InspectionFinding, MatterCommandInput } from "@bianmin/domain";
import { registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

/**
 * One agent's two months (2026-B5, September–October 2026) driven through the real services, then the township
 * centre's assessment in November. Expected numbers are worked out by hand from the default rubric:
 *
 *  agent A (归口 ZZ-012, 2 working days): clocks on 9 working days of the 40 in the period (+ a holiday Saturday, and
 *  31 Aug / 3 Nov outside it); completes M1 on time, M2 two working days late, M3 after a pause (on time only
 *  because the pause moved its promised date); M4 is completed on 3 Nov (next period). Ratings in the period:
 *  非常满意, 不满意, 满意. One complaint about the station (another about another unit, another in November).
 *  An inspection on 20 Oct fails 3 checks: one names A, one names nobody, one names B. A self-review in November.
 *
 *  agent B (same station): clocks on 1 Sep, 2 Sep and 10 Oct (a make-up working Saturday); nothing else.
 */

let db: Db;
let A: { username: string; userId: string };
let B: { username: string; userId: string };
let stationId: string;
let inspectionId: string;
let pausedMatterId: string;

const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;
const NOW = at("2026-11-10", "09:00");
const STAFF = "mazhai-staff";

async function onDuty(username: string, day: string, acts: () => Promise<void> = async () => {}) {
  await (await callerAs(db, username, at(day, "08:30"))).attendance.clockOn();
  await acts();
  await (await callerAs(db, username, at(day, "17:30"))).attendance.clockOff();
}

async function act(day: string, time: string, matterId: string, expectedVersion: number, command: MatterCommandInput): Promise<number> {
  const api = await callerAs(db, A.username, at(day, time));
  return (await api.matter.act({ matterId, expectedVersion, command })).version;
}

/** Register and accept a ZZ-012 matter as A (already on duty); returns its id and version. */
async function accept(day: string): Promise<{ matterId: string; v: number }> {
  const { api, matterId } = await registered(db, A.username, "ZZ-012", at(day, "09:30"));
  const r = await api.matter.act({ matterId, expectedVersion: 1, command: { type: "accept" } });
  return { matterId, v: r.version };
}

const COMPLETE: MatterCommandInput = { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] };
const DELIVER: MatterCommandInput = { type: "deliver", method: "inPerson", receivedBy: "刘秀兰" };

beforeAll(async () => {
  ({ db } = await freshDb());
  const staff = await staffFor(db, "wangzhuang", "ZZ-012");
  const a = staff.covering[0]!;
  const b = [...staff.covering.slice(1), ...staff.others][0]!;
  A = { username: a.username, userId: a.userId };
  B = { username: b.username, userId: b.userId };
  stationId = (await db.select({ s: users.stationId }).from(users).where(eq(users.id, A.userId)))[0]!.s!;
  // the accounts were opened when the system came in, after the period (whatever day the seed ran): only a
  // clock-on in the period shows that someone served in it
  await db.update(users).set({ createdAt: new Date(at("2026-11-01")) });

  await onDuty(A.username, "2026-08-31"); // before the period: not counted (but A has served since)
  let m1 = { matterId: "", v: 0 };
  await onDuty(A.username, "2026-09-01", async () => {
    m1 = await accept("2026-09-01"); // promised 3 Sep
  });
  await onDuty(A.username, "2026-09-02", async () => {
    let v = await act("2026-09-02", "10:00", m1.matterId, m1.v, COMPLETE);
    v = await act("2026-09-02", "10:05", m1.matterId, v, DELIVER);
    await act("2026-09-02", "10:10", m1.matterId, v, { type: "rate", level: "verySatisfied" });
  });
  let m2 = { matterId: "", v: 0 };
  await onDuty(A.username, "2026-09-07", async () => {
    m2 = await accept("2026-09-07"); // promised 9 Sep
  });
  await onDuty(A.username, "2026-09-11", async () => {
    let v = await act("2026-09-11", "10:00", m2.matterId, m2.v, COMPLETE); // 2 working days late
    v = await act("2026-09-11", "10:05", m2.matterId, v, DELIVER);
    await act("2026-09-11", "10:10", m2.matterId, v, { type: "rate", level: "dissatisfied", comment: "跑了两趟" });
  });
  let m3 = { matterId: "", v: 0 };
  await onDuty(A.username, "2026-09-14", async () => {
    m3 = await accept("2026-09-14"); // promised 16 Sep
  });
  await onDuty(A.username, "2026-09-15", async () => {
    m3.v = await act("2026-09-15", "10:00", m3.matterId, m3.v, { type: "pauseClock", reason: "applicantSupplement", note: "等待申请人补正户口簿" });
  });
  await onDuty(A.username, "2026-09-18", async () => {
    m3.v = await act("2026-09-18", "09:00", m3.matterId, m3.v, { type: "resumeClock" });
    m3.v = await act("2026-09-18", "10:00", m3.matterId, m3.v, COMPLETE);
    m3.v = await act("2026-09-18", "10:05", m3.matterId, m3.v, DELIVER);
  });
  pausedMatterId = m3.matterId;
  await onDuty(A.username, "2026-09-21", async () => {
    await act("2026-09-21", "10:00", m3.matterId, m3.v, { type: "rate", level: "satisfied" });
  });
  await onDuty(A.username, "2026-09-26"); // 中秋 holiday Saturday: not a duty day
  let m4 = { matterId: "", v: 0 };
  await onDuty(A.username, "2026-10-28", async () => {
    m4 = await accept("2026-10-28");
  });
  await onDuty(A.username, "2026-11-03", async () => {
    let v = await act("2026-11-03", "10:00", m4.matterId, m4.v, COMPLETE);
    v = await act("2026-11-03", "10:05", m4.matterId, v, DELIVER);
    await act("2026-11-03", "10:10", m4.matterId, v, { type: "rate", level: "basicallySatisfied" });
  });

  for (const day of ["2026-09-01", "2026-09-02", "2026-10-10"]) await onDuty(B.username, day);

  const complaint = async (day: string, about: "station" | "otherUnit") =>
    (await callerAs(db, "wangzhuang-head", at(day))).complaint.record({
      channel: "hotline",
      content: about === "station" ? "代办员办证明让群众跑了两趟" : "村口路灯长期不亮，供电所不处理",
      about,
      ...(about === "otherUnit" ? { otherUnit: "区供电公司马寨供电所" } : {}),
    });
  await complaint("2026-09-15", "station");
  await complaint("2026-09-16", "otherUnit");
  await complaint("2026-11-02", "station");

  const [inspector] = await db.select().from(users).where(eq(users.username, "erqi-inspector"));
  const [aUser] = await db.select().from(users).where(eq(users.id, A.userId));
  const unit = { districtId: aUser!.districtId, townshipId: aUser!.townshipId!, villageId: aUser!.villageId!, stationId };
  const findings: InspectionFinding[] = [
    { check: "onDuty", passed: true, note: null, agentId: null },
    { check: "badges", passed: false, note: "未佩戴工作牌", agentId: A.userId },
    { check: "disclosure", passed: true, note: null, agentId: null },
    { check: "attitude", passed: false, note: "接待群众态度生硬", agentId: B.userId },
    { check: "records", passed: false, note: "服务记录本漏记两件", agentId: null },
  ];
  const [ins] = await db
    .insert(inspections)
    .values({ ...unit, inspectedOn: "2026-10-20", centerKind: "efficiency", inspectorId: inspector!.id, findings, problemCount: 3, createdAt: new Date(at("2026-10-20", "15:00")) })
    .returning();
  inspectionId = ins!.id;
  await db.insert(inspections).values({
    ...unit,
    inspectedOn: "2026-08-20",
    centerKind: "efficiency",
    inspectorId: inspector!.id,
    findings: [{ check: "badges", passed: false, note: "未挂牌", agentId: A.userId }],
    problemCount: 1,
    createdAt: new Date(at("2026-08-20")),
  });

  await (await callerAs(db, A.username, at("2026-11-05", "09:00"))).selfReview.submit({
    periodKey: "2026-B5",
    text: "九至十月按时到岗，办理证明类事项多件；有一件因材料审核不细超期，群众不满意，已回访整改。",
  });
}, 120_000);

const pointsOf = (lines: { key: string; points: number }[]) => Object.fromEntries(lines.map((l) => [l.key, l.points]));

describe("bimonthly agent assessment (R-ASM-1, R-ASM-3, R-SEC-1)", () => {
  it("R-ASM-1 R-ASM-3 the previous bimonthly period is the default, and a period not yet ended cannot be computed", async () => {
    const api = await callerAs(db, STAFF, NOW);
    const p = await api.assessment.periods();
    expect(p.defaultKey).toBe("2026-B5");
    expect(p.periods[0]).toMatchObject({ key: "2026-B5", start: "2026-09-01", end: "2026-10-31", assessed: 0 });
    expect(p.periods.map((x) => x.key)).toEqual(["2026-B5", "2026-B4", "2026-B3", "2026-B2", "2026-B1", "2025-B6"]);
    await expect(api.assessment.compute({ periodKey: "2026-B6" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("尚未结束") });
    await expect(api.assessment.compute({ periodKey: "2026-H2" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("考核期编号格式不正确") });
  });

  it("R-ASM-1 the drafts are computed from the records, metric by metric and point by point", async () => {
    const api = await callerAs(db, STAFF, NOW);
    const r = await api.assessment.compute({ periodKey: "2026-B5" });
    // only A and B served in the period (the other accounts were opened on 1 Nov and never clocked on in it)
    expect(r).toMatchObject({ created: 2, recomputed: 0, kept: 0 });

    const list = await api.assessment.list({ periodKey: "2026-B5" });
    expect(list.rows.map((x) => [x.name, x.total, x.rank, x.status])).toEqual(
      expect.arrayContaining([
        [expect.any(String), 41.54, 2, "draft"],
        [expect.any(String), 46.13, 1, "draft"],
      ]),
    );
    const a = list.rows.find((x) => x.subjectId === A.userId)!;
    const detail = await api.assessment.get({ id: a.id });
    expect(Object.fromEntries(detail.metrics.map((m) => [m.key, m.value]))).toEqual({
      attendedDays: 9,
      dutyDays: 40,
      mattersHandled: 3,
      onTimeCompleted: 2,
      completed: 3,
      goodRatings: 2,
      ratings: 3,
      complaints: 1,
      inspectionFindings: 2,
      selfReviewScore: 100,
      teamScore: 0,
    });
    expect(pointsOf(detail.lines)).toEqual({ attendance: 3.38, quantity: 1.5, efficiency: 13.33, quality: 13.33, complaints: 5, inspections: 0, selfReview: 5, team: 0 });
    expect(detail.total).toBe(41.54);
    expect(detail).toMatchObject({ max: 100, poor: true, status: "draft", version: 1, rubric: { code: "AGENT", version: 1 } });
    // explanations, line by line
    const why = Object.fromEntries(detail.metrics.map((m) => [m.key, m.explanation]));
    expect(why.attendedDays).toContain("有9天签到上岗");
    expect(why.attendedDays).toContain("另有1天在休息日或在岗前签到");
    // M3 was completed on 18 Sep, after its original promised date (16 Sep) but within the date the pause moved it to
    const [m3] = await db.select({ promisedDate: matters.promisedDate, completedOn: matters.completedOn }).from(matters).where(eq(matters.id, pausedMatterId));
    expect(m3).toEqual({ promisedDate: "2026-09-20", completedOn: "2026-09-18" });
    expect(why.onTimeCompleted).toContain("超期办结1件");
    expect(why.onTimeCompleted).toContain("超期2个工作日");
    expect(why.ratings).toContain("非常满意1次、满意1次、不满意1次");
    expect(detail.metrics.find((m) => m.key === "attendedDays")?.label).toBe("出勤天数");
    expect(detail.lines.find((l) => l.key === "efficiency")?.explanation).toBe("办理效率：按期办结件数2 ÷ 办结件数3 = 66.67%，得13.33分（满分20分）");
    expect(detail.lines.find((l) => l.key === "inspections")?.explanation).toBe("明察暗访：明察暗访发现问题2次，每次扣2.5分，共扣5分，得0分（满分5分）");
    expect(detail.selfReview?.text).toContain("已回访整改");

    const b = await api.assessment.get({ id: list.rows.find((x) => x.subjectId === B.userId)!.id });
    expect(Object.fromEntries(b.metrics.map((m) => [m.key, m.value]))).toMatchObject({ attendedDays: 3, dutyDays: 40, mattersHandled: 0, complaints: 1, inspectionFindings: 2, selfReviewScore: 0 });
    expect(pointsOf(b.lines)).toEqual({ attendance: 1.13, quantity: 0, efficiency: 20, quality: 20, complaints: 5, inspections: 0, selfReview: 0, team: 0 });
    expect(b.selfReview).toBeNull();
  });

  it("R-ASM-1 the team score changes the draft; a stale version or a bad score is refused and changes nothing", async () => {
    const api = await callerAs(db, "mazhai-supervisor", NOW);
    const row = (await api.assessment.list({ periodKey: "2026-B5" })).rows.find((x) => x.subjectId === A.userId)!;
    const before = await api.assessment.get({ id: row.id });
    await expect(api.assessment.setTeamScore({ id: row.id, version: before.rowVersion, score: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("考核小组评分不能大于100") });
    const r = await api.assessment.setTeamScore({ id: row.id, version: before.rowVersion, score: 80, note: "工作认真，个别事项审核不细" });
    expect(r.total).toBe(49.54);
    expect(await codeOf(api.assessment.setTeamScore({ id: row.id, version: before.rowVersion, score: 90 }))).toBe("CONFLICT");
    const after = await api.assessment.get({ id: row.id });
    expect(pointsOf(after.lines).team).toBe(8);
    expect(after).toMatchObject({ total: 49.54, teamScore: 80, teamNote: "工作认真，个别事项审核不细" });
    expect(after.metrics.find((m) => m.key === "teamScore")?.explanation).toBe("考核小组评分：考核小组评定80分（满分100分）");
    // A now ranks first
    const list = await api.assessment.list({ periodKey: "2026-B5", stationId });
    expect(list.rows.find((x) => x.subjectId === A.userId)?.rank).toBe(1);
    // recomputing the period keeps the team score of the drafts
    const again = await api.assessment.compute({ periodKey: "2026-B5" });
    expect(again).toMatchObject({ created: 0, recomputed: 2, kept: 0 });
    expect((await api.assessment.get({ id: row.id })).total).toBe(49.54);
  });

  it("R-ASM-3 a confirmed result is read-only: recomputing and re-scoring are refused; agents see only their own confirmed results", async () => {
    const api = await callerAs(db, STAFF, NOW);
    const list = await api.assessment.list({ periodKey: "2026-B5" });
    const a = list.rows.find((x) => x.subjectId === A.userId)!;
    const b = list.rows.find((x) => x.subjectId === B.userId)!;
    const d = await api.assessment.get({ id: a.id });
    await expect(api.assessment.confirm({ id: a.id, version: d.rowVersion, decision: "reward" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("奖惩说明") });
    const bd = await api.assessment.get({ id: b.id });
    await expect(api.assessment.confirm({ id: b.id, version: bd.rowVersion, decision: "none" })).rejects.toMatchObject({ message: expect.stringContaining("确认前须录入考核小组评分") });

    await api.assessment.confirm({ id: a.id, version: d.rowVersion, decision: "none", note: "" });
    const confirmed = await api.assessment.get({ id: a.id });
    expect(confirmed).toMatchObject({ status: "confirmed", decisionLabel: "无奖惩", mayCorrect: true, total: 49.54 });
    expect(confirmed.confirmedByName).toBeTruthy();

    await expect(api.assessment.recompute({ id: a.id, version: confirmed.rowVersion })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { domainCode: "ASSESSMENT_CONFIRMED" } });
    await expect(api.assessment.setTeamScore({ id: a.id, version: confirmed.rowVersion, score: 95 })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { domainCode: "ASSESSMENT_CONFIRMED" } });
    await expect(api.assessment.confirm({ id: a.id, version: confirmed.rowVersion, decision: "none" })).rejects.toMatchObject({ cause: { domainCode: "ASSESSMENT_CONFIRMED" } });
    const again = await api.assessment.compute({ periodKey: "2026-B5" });
    expect(again).toMatchObject({ created: 0, recomputed: 1, kept: 1 });
    const [row] = await db.select().from(assessments).where(eq(assessments.id, a.id));
    expect(row).toMatchObject({ status: "confirmed", teamScore: 80, rowVersion: confirmed.rowVersion });

    const mineA = await (await callerAs(db, A.username, NOW)).assessment.mine();
    expect(mineA).toHaveLength(1);
    expect(mineA[0]).toMatchObject({ period: { key: "2026-B5" }, total: 49.54, decisionLabel: "无奖惩", superseded: false });
    expect(await (await callerAs(db, B.username, NOW)).assessment.mine()).toEqual([]); // B's is a draft
    expect(await codeOf((await callerAs(db, A.username, NOW)).assessment.list({ periodKey: "2026-B5" }))).toBe("FORBIDDEN");

    const audit = await db.select().from(auditLog).where(like(auditLog.action, "assessment.%"));
    expect(audit.map((x) => x.action)).toEqual(expect.arrayContaining(["assessment.compute", "assessment.recompute", "assessment.setTeamScore", "assessment.confirm"]));
    expect(audit.find((x) => x.action === "assessment.confirm")).toMatchObject({ entityId: a.id, after: { status: "confirmed", decision: "none" } });
  });

  it("R-ASM-3 a correction is a new draft version linked to the confirmed one, from the records as they are now", async () => {
    const api = await callerAs(db, STAFF, NOW);
    const v1 = (await api.assessment.list({ periodKey: "2026-B5" })).rows.find((x) => x.subjectId === A.userId)!;
    // the inspection wrongly recorded A without a badge: the district corrects the finding
    const [ins] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
    const fixed = ins!.findings.map((f) => (f.check === "badges" ? { ...f, passed: true, agentId: null } : f));
    await db.update(inspections).set({ findings: fixed, problemCount: 2 }).where(eq(inspections.id, inspectionId));

    await expect(api.assessment.correct({ id: v1.id, reason: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("更正理由不能为空") });
    const c = await api.assessment.correct({ id: v1.id, reason: "明察暗访挂牌一项经核实系误记，予以更正" });
    expect(c.version).toBe(2);
    const v2 = await api.assessment.get({ id: c.id });
    expect(v2).toMatchObject({ version: 2, status: "draft", supersedesId: v1.id, correctionReason: "明察暗访挂牌一项经核实系误记，予以更正", teamScore: 80 });
    expect(v2.metrics.find((m) => m.key === "inspectionFindings")?.value).toBe(1);
    expect(pointsOf(v2.lines).inspections).toBe(2.5);
    expect(v2.total).toBe(52.04);
    expect(v2.versions.map((x) => [x.version, x.status, x.total])).toEqual([
      [1, "confirmed", 49.54],
      [2, "draft", 52.04],
    ]);
    const old = await api.assessment.get({ id: v1.id });
    expect(old).toMatchObject({ status: "confirmed", total: 49.54, supersededById: c.id, mayCorrect: false });
    await expect(api.assessment.correct({ id: v1.id, reason: "再次更正" })).rejects.toMatchObject({ message: expect.stringContaining("已有更正版本（第2版）") });
    await expect(api.assessment.correct({ id: c.id, reason: "草稿不需更正" })).rejects.toMatchObject({ cause: { domainCode: "ASSESSMENT_NOT_CONFIRMED" } });
    // the list shows the newest version
    expect((await api.assessment.list({ periodKey: "2026-B5" })).rows.find((x) => x.subjectId === A.userId)).toMatchObject({ id: c.id, version: 2, status: "draft", total: 52.04 });
  });

  it("R-SEC-1 another township sees none of it and can change none of it", async () => {
    const other = await callerAs(db, "houzhai-staff", NOW);
    const id = (await (await callerAs(db, STAFF, NOW)).assessment.list({ periodKey: "2026-B5" })).rows[0]!.id;
    expect((await other.assessment.list({ periodKey: "2026-B5" })).rows).toEqual([]);
    expect(await codeOf(other.assessment.list({ periodKey: "2026-B5", stationId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.assessment.get({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.assessment.setTeamScore({ id, version: 1, score: 10 }))).toBe("NOT_FOUND");
    expect(await codeOf(other.assessment.confirm({ id, version: 1, decision: "none" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.assessment.correct({ id, reason: "越权更正" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.assessment.recompute({ id, version: 1 }))).toBe("NOT_FOUND");
    const err = await other.assessment.get({ id }).catch((e: Error) => e);
    expect((err as Error).message).toBe("考核记录不存在");
    // houzhai's own computation does not touch mazhai's rows
    expect(await other.assessment.compute({ periodKey: "2026-B5" })).toMatchObject({ created: 0, recomputed: 0, kept: 0 });
    expect(await codeOf((await callerAs(db, "erqi-inspector", NOW)).assessment.list({ periodKey: "2026-B5" }))).toBe("FORBIDDEN");
  });

  it("R-ASM-1 the township's results export to XLSX with one row per agent", async () => {
    const api = await callerAs(db, STAFF, NOW);
    const file = await api.assessment.exportXlsx({ periodKey: "2026-B5" });
    expect(file.filename).toBe("代办员双月考核-马寨镇-2026-B5.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("马寨镇便民服务中心 代办员双月考核结果");
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(["序号", "代办站", "姓名", "出勤与遵章守纪（15分）", "工作数量（15分）", "办理效率（20分）", "服务质量（20分）", "群众投诉（10分）", "明察暗访（5分）", "自我评议（5分）", "考核小组评分（10分）", "总分", "全镇排名", "状态", "奖惩", "奖惩说明"]);
    const rows = [4, 5].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    expect(ws.rowCount).toBe(5);
    const [aName] = (await db.select({ n: users.name }).from(users).where(eq(users.id, A.userId))).map((x) => x.n);
    const aRow = rows.find((r) => r[2] === aName)!;
    const bRow = rows.find((r) => r[2] !== aName)!;
    expect(aRow).toEqual([expect.any(String), "王庄村", aName, "3.38", "1.5", "13.33", "13.33", "5", "2.5", "5", "8", "52.04", "1", "草稿（待确认）", "", ""]);
    expect(bRow.slice(1)).toEqual(["王庄村", expect.any(String), "1.13", "0", "20", "20", "5", "0", "0", "0", "46.13", "2", "草稿（待确认）", "", ""]);
  });
});
