import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { auditLog, stationChecklists, stations, users, villages } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { CHECKLIST_ITEMS, CHECKLIST_KEYS } from "@bianmin/domain";
import type { ChecklistKey } from "@bianmin/domain";
import { describeZodError } from "../errors";
import { callerAs, codeOf, sessionUser } from "../test-helpers";
import { CHECKLIST_CONFLICT } from "./standardization";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const label = (key: ChecklistKey) => CHECKLIST_ITEMS.find((i) => i.key === key)!.label;
const entries = (passed: (key: ChecklistKey) => boolean) => CHECKLIST_KEYS.map((key) => ({ key, passed: passed(key), note: null }));
const complete = entries(() => true);

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

async function stationOf(username: string) {
  const u = await sessionUser(db, username);
  const [s] = await db.select().from(stations).where(eq(stations.id, u.stationId!));
  return s!;
}

async function checklistRow(stationId: string) {
  const [row] = await db.select().from(stationChecklists).where(eq(stationChecklists.stationId, stationId));
  return row ?? null;
}

async function audits(entityIds: string[]) {
  return db.select().from(auditLog).where(inArray(auditLog.entityId, entityIds)).orderBy(asc(auditLog.id));
}

describe("station standardisation (规范化建设)", () => {
  it("R-ORG-5 R-SEC-1 the head and agents read the checklist with every item's basis and the summary; only the head may save or submit", async () => {
    const head = await callerAs(db, "yangzhuang-head", MON);
    const mine = await head.standardization.mine();
    expect(mine.station).toMatchObject({ name: "二七区马寨镇杨庄村便民服务代办站", status: "building", operatingSince: null });
    expect(mine.checklist).toMatchObject({ status: "draft", statusLabel: "填写中", version: 1, areaM2: 30 });
    expect(mine.checklist.items.map((i) => [i.key, i.basis])).toEqual(CHECKLIST_ITEMS.map((i) => [i.key, i.basis]));
    expect(mine.checklist.summary).toMatchObject({ passed: 5, total: 10, complete: false });
    expect(mine.mayEdit).toBe(true);

    const agent = await callerAs(db, "yangzhuang-1", MON);
    const seen = await agent.standardization.mine();
    expect(seen.checklist.version).toBe(1);
    expect(seen.mayEdit).toBe(false);
    expect(await codeOf(agent.standardization.save({ expectedVersion: 1, entries: complete, areaM2: 30 }))).toBe("FORBIDDEN");
    expect(await codeOf(agent.standardization.submit({ expectedVersion: 1, entries: complete, areaM2: 30 }))).toBe("FORBIDDEN");
    expect((await head.standardization.mine()).checklist.version).toBe(1);
  });

  it("R-ORG-5 an incomplete checklist is refused naming the failing items, an office without area on the area field; nothing changes", async () => {
    const head = await callerAs(db, "yangzhuang-head", MON);
    const { checklist } = await head.standardization.mine();
    const current = checklist.items.map(({ key, passed, note }) => ({ key, passed, note }));
    const incomplete = await refusal(head.standardization.submit({ expectedVersion: 1, entries: current, areaM2: 30 }));
    expect(incomplete.code).toBe("BAD_REQUEST");
    for (const key of ["guide", "display", "complaintBox", "complaintHotline", "badges"] as const) expect(incomplete.message).toContain(label(key));
    expect(incomplete.message).not.toContain(label("nameSign"));

    const noArea = await refusal(head.standardization.submit({ expectedVersion: 1, entries: complete, areaM2: null }));
    expect(noArea.fields).toEqual({ areaM2: "办公场所面积：请填写大于0的面积（平方米）" });
    const zero = await refusal(head.standardization.save({ expectedVersion: 1, entries: complete, areaM2: 0 }));
    expect(zero.fields).toEqual({ areaM2: "办公场所面积须大于0平方米" });
    const twice = await refusal(head.standardization.save({ expectedVersion: 1, entries: [...complete, { key: "office", passed: false, note: null }], areaM2: 30 }));
    expect(twice.message).toContain(`检查项重复：${label("office")}`);

    const row = await checklistRow((await stationOf("yangzhuang-head")).id);
    expect(row).toMatchObject({ status: "draft", version: 1, submittedAt: null });
  });

  it("R-ORG-5 R-SEC-3 the head saves against the version seen; a stale version is a CONFLICT and loses nothing", async () => {
    const head = await callerAs(db, "yangzhuang-head", MON);
    const saved = await head.standardization.save({ expectedVersion: 1, entries: entries((k) => k !== "badges").map((e) => (e.key === "guide" ? { ...e, note: "  已印制并张贴  " } : e)), areaM2: 32 });
    expect(saved).toMatchObject({ status: "draft", version: 2, areaM2: 32, summary: { passed: 9, failing: [label("badges")] } });
    expect(saved.items.find((i) => i.key === "guide")?.note).toBe("已印制并张贴");
    const stale = await refusal(head.standardization.save({ expectedVersion: 1, entries: complete, areaM2: 99 }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: CHECKLIST_CONFLICT });
    expect(await codeOf(head.standardization.submit({ expectedVersion: 1, entries: complete, areaM2: 99 }))).toBe("CONFLICT");
    expect((await head.standardization.mine()).checklist).toMatchObject({ version: 2, areaM2: 32 });
  });

  it("R-ORG-5 R-SEC-2 the centre confirms a submitted checklist: the station operates from that day (Asia/Shanghai), audited, and the checklist is read-only", async () => {
    const head = await callerAs(db, "yangzhuang-head", MON);
    const submitted = await head.standardization.submit({ expectedVersion: 2, entries: complete, areaM2: 32 });
    expect(submitted).toMatchObject({ status: "submitted", version: 3, summary: { complete: true }, submittedByName: (await sessionUser(db, "yangzhuang-head")).name });
    expect((await head.standardization.mine()).mayEdit).toBe(false);
    expect((await refusal(head.standardization.save({ expectedVersion: 3, entries: complete, areaM2: 32 }))).message).toContain("暂不能修改");

    const staff = await callerAs(db, "mazhai-staff", MON);
    const station = await stationOf("yangzhuang-head");
    const listed = (await staff.standardization.list()).find((r) => r.stationId === station.id);
    expect(listed).toMatchObject({ villageName: "杨庄村", status: "submitted", statusLabel: "待中心确认", passed: 10, total: 10, confirmedOn: null });
    const seen = await staff.standardization.get({ stationId: station.id });
    expect(seen).toMatchObject({ mayReview: true, checklist: { status: "submitted", version: 3 } });

    // 23:30 UTC on 4 March is 07:30 on 5 March in Shanghai
    const supervisor = await callerAs(db, "mazhai-supervisor", "2026-03-04T23:30:00Z");
    expect(await codeOf(supervisor.standardization.confirm({ stationId: station.id, expectedVersion: 2 }))).toBe("CONFLICT");
    const confirmed = await supervisor.standardization.confirm({ stationId: station.id, expectedVersion: 3 });
    expect(confirmed.station).toMatchObject({ status: "operating", operatingSince: "2026-03-05" });
    expect(confirmed.checklist).toMatchObject({ status: "confirmed", confirmedOn: "2026-03-05", version: 4 });
    expect(await stationOf("yangzhuang-head")).toMatchObject({ status: "operating", operatingSince: "2026-03-05", areaM2: 32 });

    const row = (await checklistRow(station.id))!;
    const trail = await audits([row.id, station.id]);
    expect(trail.map((a) => a.action)).toEqual(["standardization.save", "standardization.submit", "standardization.confirm", "station.operating"]);
    expect(trail.at(-1)).toMatchObject({ actorName: (await sessionUser(db, "mazhai-supervisor")).name, before: { status: "building", operatingSince: null }, after: { status: "operating", operatingSince: "2026-03-05" } });

    const later = await callerAs(db, "yangzhuang-head", "2026-03-06T09:00:00+08:00");
    const after = await later.standardization.mine();
    expect(after).toMatchObject({ mayEdit: false, checklist: { status: "confirmed", statusLabel: "已确认达标", confirmedOn: "2026-03-05", reviewedByName: (await sessionUser(db, "mazhai-supervisor")).name } });
    expect((await refusal(later.standardization.save({ expectedVersion: 4, entries: complete, areaM2: 40 }))).message).toContain("不能再修改");
    expect((await refusal(later.standardization.submit({ expectedVersion: 4, entries: complete, areaM2: 40 }))).message).toContain("已确认达标");
    expect((await refusal(supervisor.standardization.confirm({ stationId: station.id, expectedVersion: 4 }))).message).toContain("已经确认");
    expect((await checklistRow(station.id))!.version).toBe(4);

    const progress = await (await callerAs(db, "mazhai-staff", "2026-03-06T09:00:00+08:00")).rollout.township();
    expect(progress.progress).toMatchObject({ operating: 4, percent: 80 });
    expect((await (await callerAs(db, "mazhai-staff", "2026-03-06T09:00:00+08:00")).rollout.township({ on: "2026-03-04" })).progress.operating).toBe(3);
  });

  it("R-ORG-5 the centre sends a checklist back with a note; the head sees it, edits and resubmits", async () => {
    const staff = await callerAs(db, "huaihelu-staff", MON);
    const station = await stationOf("qiliyan-head");
    const seen = await staff.standardization.get({ stationId: station.id });
    expect(seen).toMatchObject({ mayReview: true, checklist: { status: "submitted" } });
    const version = seen.checklist.version;
    const empty = await refusal(staff.standardization.sendBack({ stationId: station.id, expectedVersion: version, note: "  " }));
    expect(empty.fields).toEqual({ note: "退回意见不能为空" });
    const back = await staff.standardization.sendBack({ stationId: station.id, expectedVersion: version, note: "投诉意见箱未挂在大厅醒目位置，请整改后重新提交" });
    expect(back).toMatchObject({ status: "returned", reviewNote: "投诉意见箱未挂在大厅醒目位置，请整改后重新提交", version: version + 1 });
    expect((await refusal(staff.standardization.sendBack({ stationId: station.id, expectedVersion: version + 1, note: "再次退回" }))).message).toContain("只有已提交");
    expect((await refusal(staff.standardization.confirm({ stationId: station.id, expectedVersion: version + 1 }))).message).toContain("尚未提交");

    const head = await callerAs(db, "qiliyan-head", MON);
    const mine = await head.standardization.mine();
    expect(mine).toMatchObject({ mayEdit: true, checklist: { status: "returned", statusLabel: "已退回整改", reviewNote: "投诉意见箱未挂在大厅醒目位置，请整改后重新提交" } });
    const fixed = complete.map((e) => (e.key === "complaintBox" ? { ...e, note: "已移至大厅入口右侧" } : e));
    const edited = await head.standardization.save({ expectedVersion: mine.checklist.version, entries: fixed, areaM2: 36 });
    expect(edited.status).toBe("returned");
    const again = await head.standardization.submit({ expectedVersion: edited.version, entries: fixed, areaM2: 36 });
    expect(again.status).toBe("submitted");
    expect((await staff.standardization.get({ stationId: station.id })).checklist).toMatchObject({ status: "submitted", items: expect.arrayContaining([expect.objectContaining({ key: "complaintBox", note: "已移至大厅入口右侧" })]) });
    expect(await stationOf("qiliyan-head")).toMatchObject({ status: "building", operatingSince: null });
    const actions = (await audits([(await checklistRow(station.id))!.id])).map((a) => a.action);
    expect(actions).toEqual(["standardization.sendBack", "standardization.save", "standardization.submit"]);
  });

  it("R-SEC-1 another township's staff cannot list, read, confirm or send back a station's checklist, and learn nothing of it", async () => {
    const station = await stationOf("qiliyan-head"); // 淮河路街道, submitted
    const before = (await checklistRow(station.id))!;
    for (const username of ["mazhai-staff", "mazhai-supervisor"]) {
      const other = await callerAs(db, username, MON);
      const list = await other.standardization.list();
      expect(list.map((r) => r.villageName)).not.toContain("齐礼阎社区");
      expect(list.map((r) => r.villageName)).toEqual(["马寨村", "王庄村", "张李垌村", "杨庄村"]);
      for (const call of [
        () => other.standardization.get({ stationId: station.id }),
        () => other.standardization.confirm({ stationId: station.id, expectedVersion: before.version }),
        () => other.standardization.sendBack({ stationId: station.id, expectedVersion: before.version, note: "越权退回" }),
      ]) {
        const r = await refusal(call());
        expect(r.code).toBe("NOT_FOUND");
        expect(r.message).not.toContain("齐礼阎");
      }
    }
    expect(await checklistRow(station.id)).toEqual(before);
    expect(await stationOf("qiliyan-head")).toMatchObject({ status: "building" });
    const village = await callerAs(db, "qiliyan-head", MON);
    expect(await codeOf(village.standardization.list())).toBe("FORBIDDEN");
    expect(await codeOf(village.standardization.confirm({ stationId: station.id, expectedVersion: before.version }))).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, "huaihelu-staff", MON)).standardization.mine())).toBe("FORBIDDEN");
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.entityId, before.id), eq(auditLog.actorName, (await sessionUser(db, "mazhai-staff")).name)));
    expect(rows).toHaveLength(0);
  });

  it("R-ORG-5 R-SEC-3 a new station starts from an empty draft; the first save creates the checklist and a second first save is a CONFLICT", async () => {
    const [village] = await db.select().from(villages).where(eq(villages.name, "新庄村"));
    const [station] = await db
      .insert(stations)
      .values({ districtId: village!.districtId, townshipId: village!.townshipId, villageId: village!.id, address: "新庄村村委会", phone: "0371-68911305", officeHours: "周一至周五" })
      .returning();
    const [template] = await db.select().from(users).where(eq(users.username, "yangzhuang-head"));
    const { id: _id, ...rest } = template!;
    await db.insert(users).values({ ...rest, username: "xinzhuang-head", name: "新庄站长", villageId: village!.id, stationId: station!.id });

    const head = await callerAs(db, "xinzhuang-head", MON);
    const empty = await head.standardization.mine();
    expect(empty).toMatchObject({ mayEdit: true, checklist: { version: 0, status: "draft", areaM2: null, submittedAt: null, summary: { passed: 0, total: 10 } } });
    expect(empty.checklist.items.every((i) => !i.passed && i.note === null)).toBe(true);
    expect(await checklistRow(station!.id)).toBeNull();

    const first = await head.standardization.save({ expectedVersion: 0, entries: [{ key: "nameSign", passed: true, note: "村委会门口" }], areaM2: null });
    expect(first).toMatchObject({ version: 1, status: "draft", summary: { passed: 1 } });
    expect((await checklistRow(station!.id))!.entries.map((e) => e.key)).toEqual([...CHECKLIST_KEYS]);
    expect(await codeOf(head.standardization.save({ expectedVersion: 0, entries: complete, areaM2: 20 }))).toBe("CONFLICT");
    expect(await codeOf(head.standardization.submit({ expectedVersion: 0, entries: complete, areaM2: 20 }))).toBe("CONFLICT");
    expect((await checklistRow(station!.id))!.version).toBe(1);
    const listed = (await (await callerAs(db, "mazhai-staff", MON)).standardization.list()).find((r) => r.stationId === station!.id);
    expect(listed).toMatchObject({ villageName: "新庄村", started: true, status: "draft", passed: 1, total: 10, stationStatus: "building" });
  });
});
