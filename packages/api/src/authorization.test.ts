import { count, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, districts, notifications, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { INSPECTION_CHECK_KEYS } from "@bianmin/domain";
import { DISTRICT, EVERYONE, MATRIX, USER } from "./access-matrix";
import { accepted, staffFor } from "./matter-fixture";
import { appRouter } from "./root";
import { callerAs, sessionUser } from "./test-helpers";

/**
 * The authorisation matrix (R-SEC-1), read from the router itself: every procedure, every role (and anonymous),
 * allowed or refused; then every procedure that takes the id of a unit's record, called by the same role of a
 * foreign unit (another village, another township, another district), which is refused or sees nothing.
 */

const NOW = "2026-03-02T10:00:00+08:00";
type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
const PATHS = Object.keys(appRouter._def.procedures).sort();

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

async function outcome(p: Promise<unknown>): Promise<{ code: string; message: string; value?: unknown }> {
  try {
    return { code: "OK", message: "", value: await p };
  } catch (e) {
    if (e instanceof TRPCError) return { code: e.code, message: e.message };
    throw e;
  }
}

async function call(username: string | null, path: string, input?: unknown) {
  const api = (await callerAs(db, username, NOW)) as unknown as AnyCaller;
  const [router, proc] = path.split(".") as [string, string];
  return outcome(api[router]![proc]!(input));
}

describe("authorisation matrix (R-SEC-1)", () => {
  it("R-SEC-1 every procedure of the router is in the matrix, and the matrix names no procedure that is gone", () => {
    expect(PATHS).toEqual(Object.keys(MATRIX).sort());
  });

  it("R-SEC-1 each role reaches exactly the procedures the matrix allows; the others are refused before their input is read, with no data in the error", async () => {
    const wrong: string[] = [];
    for (const path of PATHS) {
      for (const who of EVERYONE) {
        const r = await call(USER[who], path);
        const refused = r.code === "UNAUTHORIZED" || r.code === "FORBIDDEN";
        const allowed = MATRIX[path]!.includes(who);
        if (allowed === refused) wrong.push(`${path} as ${who}: ${r.code} ${r.message}`);
        if (refused && (who === "anonymous" ? r.code !== "UNAUTHORIZED" : r.code !== "FORBIDDEN")) wrong.push(`${path} as ${who}: ${r.code}`);
        // a refusal says who may act, never what is there: no numbers, no names of records
        if (refused && (/\d{3,}|[0-9a-f]{8}-/.test(r.message) || r.message.length > 60)) wrong.push(`${path} as ${who} leaks: ${r.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Keys of an input that name a record of some unit. */
const ID_KEY = /^(id|ids)$|Id$/;
const inputKeys = (path: string): string[] => {
  const proc = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: { shape?: object; _zod?: { def?: { innerType?: { shape?: object } } } }[] } }>)[path]!;
  return proc._def.inputs.flatMap((s) => Object.keys(s.shape ?? s._zod?.def?.innerType?.shape ?? {}));
};

/** Procedures taking an id that is not a unit's record, or whose id is only ever one of the caller's own district. */
const NOT_FOREIGN: Record<string, string> = {
  "catalog.setWindows": "windows of the caller's district only: the query is scoped by district (catalog-admin.test)",
  "complaint.setHandler": "the handler must be staff of the head's own station (complaint.test)",
  "appointment.book": "the agent must be staff of the caller's station (appointment.test)",
};

interface ForeignCase {
  path: string;
  /** A user of the same role in another unit. */
  as: string;
  input: () => unknown;
  /** "refused": NOT_FOUND or FORBIDDEN (the input is otherwise valid); "empty": a list with none of the record. */
  expect: "refused" | "empty";
}

describe("foreign units (R-SEC-1)", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // records of 王庄村 and 马寨镇, made by their own users
    const agentName = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    const agent = await sessionUser(db, agentName);
    const m = await accepted(db, agentName, "ZZ-012", NOW);
    ids.matter = m.matterId;
    ids.agentUser = agent.id;
    ids.station = agent.stationId!;
    const own = (await callerAs(db, agentName, NOW)) as Awaited<ReturnType<typeof callerAs>>;
    const head = await callerAs(db, "wangzhuang-head", NOW);
    ids.agent = (await head.org.myStation()).staff.find((s) => s.userId === agent.id)!.agentId;
    const appointment = await own.appointment.book({ citizenName: "李桂芝", citizenPhone: "13903710001", reason: "白天上班，晚上来办", channel: "hotline", startsAt: "2026-03-04T19:00:00+08:00", endsAt: "2026-03-04T20:00:00+08:00", agentId: agent.id });
    ids.appointment = appointment.id;
    ids.duty = (await head.reception.setDuty({ cadreName: "王国强", cadrePosition: "村党支部书记", dutyDate: "2026-03-04", period: "morning" })).id;
    ids.reception = (await own.reception.record({ cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "张桂兰", requests: ["申请老年人优待证"] })).id;
    const complaint = await own.complaint.record({ channel: "hotline", complainantName: "赵桂兰", complainantPhone: "13837100001", content: "代办员态度生硬。", about: "station", major: true });
    ids.complaint = complaint.id;
    const escalated = await head.complaint.record({ channel: "box", complainantName: "钱多多", complainantPhone: "13837100002", content: "索要好处费。", about: "station", major: true });
    await head.complaint.escalate({ complaintId: escalated.id, expectedVersion: escalated.version, note: "性质严重" });
    ids.escalated = escalated.id;
    const supervisor = await callerAs(db, "mazhai-supervisor", "2026-11-10T09:00:00+08:00");
    await supervisor.assessment.compute({ periodKey: "2026-B5" });
    ids.assessment = (await supervisor.assessment.list({ periodKey: "2026-B5" })).rows[0]!.id;
    ids.window = agent.windowId ?? (await supervisor.org.myCenter()).windows[0]!.id;
    const inspector = await callerAs(db, "erqi-inspector", NOW);
    const inspection = await inspector.inspection.record({
      stationId: ids.station,
      inspectedOn: "2026-03-02",
      findings: INSPECTION_CHECK_KEYS.map((check) => ({ check, passed: check !== "badges", note: check === "badges" ? "未佩戴工作牌" : null, agentId: null })),
      rectifications: [{ requirement: "佩戴工作牌上岗", days: 3 }],
    });
    ids.inspection = inspection.id;
    ids.rectification = inspection.rectifications[0]!.id;
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex").toString("base64");
    ids.photo = (await inspector.inspection.addPhoto({ inspectionId: inspection.id, data: png })).id;
    ids.target = (await (await callerAs(db, "erqi-admin", NOW)).rollout.targets())[0]!.id;
    ids.client = (await (await callerAs(db, "erqi-admin", NOW)).apiClient.issue({ name: "热线系统", contact: "" })).id;
    const [note] = await db.insert(notifications).values({ districtId: agent.districtId, userId: agent.id, level: "yellow", title: "测试提醒", body: "临近期限", matterId: m.matterId, createdAt: new Date(NOW) }).returning();
    ids.notification = note!.id;
    ids.township = agent.townshipId!;

    // a second district with its own staff: the district roles of 二七区 are foreign to it, and it to them
    const [other] = await db.insert(districts).values({ code: "410104", name: "管城回族区" }).returning();
    for (const role of DISTRICT) await db.insert(users).values({ username: `guancheng-${role}`, passwordHash: "x", name: "外区人员", phone: "13800000000", role, districtId: other!.id });
  }, 120_000);

  const foreignDistrict = (role: (typeof DISTRICT)[number]) => `guancheng-${role}`;
  const CASES: ForeignCase[] = [
    { path: "org.setAgentScope", as: "mazhaicun-head", input: () => ({ agentId: ids.agent, itemCodes: [] }), expect: "refused" },
    { path: "org.station", as: "mazhaicun-1", input: () => ({ stationId: ids.station }), expect: "refused" },
    { path: "org.station", as: "houzhai-supervisor", input: () => ({ stationId: ids.station }), expect: "refused" },
    { path: "org.station", as: foreignDistrict("districtAdmin"), input: () => ({ stationId: ids.station }), expect: "refused" },
    { path: "org.township", as: foreignDistrict("approvalAssessor"), input: () => ({ townshipId: ids.township }), expect: "refused" },
    { path: "matter.act", as: "mazhaicun-1", input: () => ({ matterId: ids.matter, expectedVersion: 3, command: { type: "pauseClock", reason: "expertReview" } }), expect: "refused" },
    { path: "matter.act", as: "houzhai-staff", input: () => ({ matterId: ids.matter, expectedVersion: 3, command: { type: "receiveAtWindow" } }), expect: "refused" },
    { path: "matter.get", as: "mazhaicun-1", input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.get", as: "houzhai-supervisor", input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.get", as: foreignDistrict("approvalAssessor"), input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.receipt", as: "mazhaicun-1", input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.supplementNotice", as: "mazhaicun-1", input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.decisionNotice", as: "houzhai-staff", input: () => ({ matterId: ids.matter }), expect: "refused" },
    { path: "matter.list", as: "mazhaicun-1", input: () => ({ agentId: ids.agentUser }), expect: "empty" },
    { path: "matter.windowInbox", as: "houzhai-staff", input: () => ({ windowId: ids.window }), expect: "refused" },
    { path: "appointment.move", as: "mazhaicun-1", input: () => ({ appointmentId: ids.appointment, expectedVersion: 1, startsAt: "2026-03-05T19:00:00+08:00", endsAt: "2026-03-05T20:00:00+08:00", note: "改期" }), expect: "refused" },
    { path: "appointment.record", as: "mazhaicun-1", input: () => ({ appointmentId: ids.appointment, expectedVersion: 1, result: "kept", outcome: "已办理" }), expect: "refused" },
    { path: "reception.removeDuty", as: "mazhaicun-head", input: () => ({ dutyId: ids.duty }), expect: "refused" },
    { path: "reception.record", as: "mazhaicun-1", input: () => ({ dutyId: ids.duty, cadreName: "王国强", at: "2026-03-02T09:00:00+08:00", visitors: "张三", requests: ["咨询"] }), expect: "refused" },
    { path: "reception.get", as: "mazhaicun-1", input: () => ({ receptionId: ids.reception }), expect: "refused" },
    { path: "reception.linkMatter", as: "mazhaicun-1", input: () => ({ receptionId: ids.reception, requestIndex: 0, matterId: ids.matter }), expect: "refused" },
    { path: "complaint.get", as: "mazhaicun-1", input: () => ({ complaintId: ids.complaint }), expect: "refused" },
    { path: "complaint.handle", as: "mazhaicun-head", input: () => ({ complaintId: ids.complaint, expectedVersion: 1, status: "handling", reply: "正在处理" }), expect: "refused" },
    { path: "complaint.escalate", as: "mazhaicun-head", input: () => ({ complaintId: ids.complaint, expectedVersion: 1, note: "上报" }), expect: "refused" },
    { path: "complaint.escalatedGet", as: "houzhai-staff", input: () => ({ complaintId: ids.escalated }), expect: "refused" },
    { path: "complaint.replyEscalated", as: "houzhai-supervisor", input: () => ({ complaintId: ids.escalated, expectedVersion: 2, townshipReply: "已核实" }), expect: "refused" },
    { path: "complaint.closeEscalated", as: "houzhai-supervisor", input: () => ({ complaintId: ids.escalated, expectedVersion: 2, townshipReply: "已核实", result: "已办结" }), expect: "refused" },
    { path: "assessment.get", as: "houzhai-supervisor", input: () => ({ id: ids.assessment }), expect: "refused" },
    { path: "assessment.get", as: "mazhaicun-1", input: () => ({ id: ids.assessment }), expect: "refused" },
    { path: "assessment.get", as: foreignDistrict("approvalAssessor"), input: () => ({ id: ids.assessment }), expect: "refused" },
    { path: "assessment.recompute", as: "houzhai-supervisor", input: () => ({ id: ids.assessment, version: 1 }), expect: "refused" },
    { path: "assessment.setTeamScore", as: "houzhai-supervisor", input: () => ({ id: ids.assessment, version: 1, score: 90, note: "" }), expect: "refused" },
    { path: "assessment.confirm", as: "houzhai-supervisor", input: () => ({ id: ids.assessment, version: 1, decision: "none", note: "" }), expect: "refused" },
    { path: "assessment.correct", as: "houzhai-supervisor", input: () => ({ id: ids.assessment, reason: "更正" }), expect: "refused" },
    { path: "assessment.list", as: "houzhai-supervisor", input: () => ({ periodKey: "2026-B5", stationId: ids.station }), expect: "empty" },
    { path: "assessment.halfYearList", as: foreignDistrict("approvalAssessor"), input: () => ({ periodKey: "2025-H2", townshipId: ids.township }), expect: "refused" },
    { path: "assessment.archive", as: foreignDistrict("approvalAssessor"), input: () => ({ stationId: ids.station }), expect: "empty" },
    { path: "assessment.recordHandling", as: foreignDistrict("approvalAssessor"), input: () => ({ id: ids.assessment, version: 1, note: "处理" }), expect: "refused" },
    { path: "assessment.halfYearConfirm", as: foreignDistrict("approvalAssessor"), input: () => ({ id: ids.assessment, version: 1 }), expect: "refused" },
    { path: "assessment.halfYearCorrect", as: foreignDistrict("approvalAssessor"), input: () => ({ id: ids.assessment, reason: "更正" }), expect: "refused" },
    { path: "standardization.get", as: "houzhai-supervisor", input: () => ({ stationId: ids.station }), expect: "refused" },
    { path: "standardization.confirm", as: "houzhai-supervisor", input: () => ({ stationId: ids.station, expectedVersion: 1 }), expect: "refused" },
    { path: "standardization.sendBack", as: "houzhai-supervisor", input: () => ({ stationId: ids.station, expectedVersion: 1, note: "退回" }), expect: "refused" },
    { path: "rollout.removeTarget", as: foreignDistrict("districtAdmin"), input: () => ({ id: ids.target }), expect: "refused" },
    { path: "supervision.stationMatters", as: "houzhai-supervisor", input: () => ({ stationId: ids.station }), expect: "refused" },
    { path: "supervision.township", as: foreignDistrict("efficiencyInspector"), input: () => ({ townshipId: ids.township }), expect: "refused" },
    { path: "notification.markRead", as: "mazhaicun-1", input: () => ({ ids: [ids.notification] }), expect: "empty" },
    { path: "apiClient.revoke", as: foreignDistrict("districtAdmin"), input: () => ({ clientId: ids.client }), expect: "refused" },
    { path: "inspection.addPhoto", as: foreignDistrict("efficiencyInspector"), input: () => ({ inspectionId: ids.inspection, data: "iVBORw0KGgo=" }), expect: "refused" },
    { path: "inspection.removePhoto", as: foreignDistrict("efficiencyInspector"), input: () => ({ id: ids.photo }), expect: "refused" },
    { path: "inspection.photo", as: foreignDistrict("districtAdmin"), input: () => ({ id: ids.photo }), expect: "refused" },
    { path: "inspection.record", as: foreignDistrict("efficiencyInspector"), input: () => ({ stationId: ids.station, inspectedOn: "2026-03-02", findings: INSPECTION_CHECK_KEYS.map((check) => ({ check, passed: true, note: null, agentId: null })), rectifications: [] }), expect: "refused" },
    { path: "inspection.list", as: foreignDistrict("districtAdmin"), input: () => ({ stationId: ids.station }), expect: "empty" },
    { path: "inspection.get", as: foreignDistrict("districtAdmin"), input: () => ({ id: ids.inspection }), expect: "refused" },
    { path: "inspection.confirmRectification", as: "houzhai-supervisor", input: () => ({ id: ids.rectification, expectedVersion: 1, note: "已核实" }), expect: "refused" },
    { path: "inspection.reportRectification", as: "mazhaicun-head", input: () => ({ id: ids.rectification, expectedVersion: 1, report: "已整改" }), expect: "refused" },
  ];

  it("R-SEC-1 every procedure that takes the id of a unit's record has a foreign-unit case", () => {
    const withIds = PATHS.filter((p) => inputKeys(p).some((k) => ID_KEY.test(k)));
    const covered = new Set([...CASES.map((c) => c.path), ...Object.keys(NOT_FOREIGN)]);
    expect(withIds.filter((p) => !covered.has(p))).toEqual([]);
  });

  it("R-SEC-1 the same role of another village, township or district is refused or sees nothing; no record changes and the error carries none of its data", async () => {
    const auditsBefore = (await db.select({ n: count() }).from(auditLog))[0]!.n;
    const wrong: string[] = [];
    for (const c of CASES) {
      const r = await call(c.as, c.path, c.input());
      if (c.expect === "refused") {
        if (!["NOT_FOUND", "FORBIDDEN"].includes(r.code)) wrong.push(`${c.path} as ${c.as}: ${r.code}`);
        if (/赵桂兰|钱多多|李桂芝|张桂兰|1383710000|13903710001/.test(r.message)) wrong.push(`${c.path} as ${c.as} leaks: ${r.message}`);
      } else {
        const v = r.value as { rows?: unknown[]; updated?: number } | unknown[] | undefined;
        const rows = Array.isArray(v) ? v : (v?.rows ?? null);
        const none = r.code === "OK" && (rows ? rows.length === 0 : (v as { updated?: number })?.updated === 0);
        if (!none && !["NOT_FOUND", "FORBIDDEN"].includes(r.code)) wrong.push(`${c.path} as ${c.as}: ${r.code} ${JSON.stringify(v)?.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditsBefore);
    const [note] = await db.select().from(notifications).where(eq(notifications.id, ids.notification!));
    expect(note!.readAt).toBeNull();
  });
});
