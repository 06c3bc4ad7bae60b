import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClients, auditLog, catalogQueries, matterEvents, matters, users } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { DEMO_OPEN311_KEY } from "@bianmin/db/seed";
import { freshDb } from "@bianmin/db/testing";
import { callerAs, sessionUser } from "../test-helpers";
import { FIELDS, call, errorsOf, jsonOf, keysOf, xmlOf } from "./testing";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const WANGZHUANG = "410103100202";
const APPLICANT = { last_name: "刘", first_name: "秀兰", phone: "13903718765", address_string: "二七区马寨镇王庄村3组12号" };
/** A complete application for 村（社区）证明出具 at 王庄村 (its two required materials answered). */
const FORM = { api_key: DEMO_OPEN311_KEY, jurisdiction_id: WANGZHUANG, service_code: "ZZ-012", ...APPLICANT, description: "开具居住证明，用于孩子入学", "attribute[m1]": "yes", "attribute[m2]": "no" };

type Created = { service_request_id: string; service_notice: string; account_id: string | null };
type Req = Record<string, unknown> & { service_request_id: string; status: string; expected_datetime: string | null; updates?: Record<string, unknown>[] };

async function post(form: Record<string, string>, o: { headers?: Record<string, string>; now?: string; format?: "json" | "xml" } = {}) {
  return call(db, `requests.${o.format ?? "json"}`, { method: "POST", form, headers: o.headers, now: o.now ?? MON });
}

async function file(form: Record<string, string> = FORM, now = MON): Promise<string> {
  const res = await post(form, { now });
  expect(res.status).toBe(200);
  return (await jsonOf<Created[]>(res))[0]!.service_request_id;
}

async function matterCount(): Promise<number> {
  return (await db.select({ n: count() }).from(matters))[0]!.n;
}

describe("POST requests: an online application", () => {
  it("R-API-1 a form-encoded request creates a matter waiting for intake at the village's station, shown in its queue as 网上申请, audited as the client", async () => {
    const res = await post({ ...FORM, account_id: "hotline-778" });
    const [created] = await jsonOf<Created[]>(res);
    expect(keysOf(created)).toEqual(FIELDS.created);
    expect(created!.account_id).toBe("hotline-778");
    expect(created!.service_notice).toContain("二七区马寨镇王庄村便民服务代办站");
    expect(created!.service_notice).toContain("居民身份证");
    const [row] = await db.select().from(matters).where(eq(matters.id, created!.service_request_id));
    const [client] = await db.select().from(apiClients).where(eq(apiClients.keyPrefix, DEMO_OPEN311_KEY.slice(0, 10)));
    const [admin] = await db.select().from(users).where(eq(users.username, "erqi-admin"));
    expect(row).toMatchObject({ status: "registered", channel: "online", sourceClientId: client!.id, createdBy: admin!.id, mode: "assisted", applicantName: "刘秀兰", applicantPhone: "13903718765" });
    expect(row!.state.note).toBe("网上申请。申请人说明：开具居住证明，用于孩子入学；自报已备齐：居民身份证；自报尚未备齐：户口簿");
    const [event] = await db.select().from(matterEvents).where(eq(matterEvents.matterId, row!.id));
    expect(event).toMatchObject({ type: "registered", actorId: client!.id, actorRole: "applicant", actorName: `开放接口：${client!.name}` });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audits).toEqual([expect.objectContaining({ action: "matter.register", actorId: client!.id, actorName: `开放接口：${client!.name}` })]);
    // the station's queue
    const agent = await callerAs(db, "wangzhuang-1", MON);
    expect((await agent.matter.list()).find((m) => m.id === row!.id)).toMatchObject({ channel: "online", status: "registered", applicantName: "刘秀兰" });
    const page = await agent.matter.get({ matterId: row!.id });
    expect(page.timeline[0]!.text).toContain("网上申请（开放接口：");
  });

  it("R-API-1 the XML answer is the standard's service_requests with one request", async () => {
    const doc = (await xmlOf(await post(FORM, { format: "xml" }))) as { service_requests: { request: Record<string, string>[] } };
    expect(doc.service_requests.request).toHaveLength(1);
    expect(keysOf(doc.service_requests.request[0])).toEqual(FIELDS.created);
    expect(doc.service_requests.request[0]!.service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(doc.service_requests.request[0]!.account_id).toBe("");
  });

  it("R-API-1 R-SEC-3 a retry with the same Idempotency-Key returns the same request and stores one matter", async () => {
    const headers = { "idempotency-key": "hotline-call-20260302-0007" };
    const first = (await jsonOf<Created[]>(await post(FORM, { headers })))[0]!.service_request_id;
    const before = await matterCount();
    const again = (await jsonOf<Created[]>(await post(FORM, { headers })))[0]!.service_request_id;
    expect(again).toBe(first);
    expect(await matterCount()).toBe(before);
  });

  it("R-API-1 R-INT-3 every bad request is refused with the standard's error list naming the parameter, in JSON and XML, and nothing is stored", async () => {
    const admin = await callerAs(db, "erqi-admin", MON);
    const revoked = await admin.apiClient.issue({ name: "已吊销的测试系统" });
    await admin.apiClient.revoke({ clientId: revoked.id });
    const { api_key: _key, ...noKey } = FORM;
    const cases: [Record<string, string>, number, RegExp][] = [
      [noKey, 403, /缺少 api_key/],
      [{ ...FORM, api_key: "guessed-key" }, 403, /api_key 无效/],
      [{ ...FORM, api_key: revoked.key }, 403, /api_key 已被吊销/],
      [{ ...FORM, phone: "12345" }, 400, /^phone：联系电话格式不正确/],
      [{ ...FORM, first_name: "", last_name: " " }, 400, /^first_name\/last_name：申请人姓名不能为空/],
      [{ ...FORM, address_string: "" }, 400, /^address_string：住址不能为空/],
      [{ ...FORM, description: "长".repeat(301) }, 400, /^description：申请说明不能超过300个字/],
      [{ ...FORM, jurisdiction_id: "" }, 400, /^jurisdiction_id（村、社区区划代码）不能为空/],
      [{ ...FORM, jurisdiction_id: "410103100" }, 400, /jurisdiction_id 应为村（社区）的12位区划代码/],
      [{ ...FORM, service_code: "ZZ12" }, 400, /^service_code：事项编码格式不正确/],
      [{ ...FORM, "attribute[m1]": "maybe" }, 400, /attribute\[m1\]（居民身份证是否已备齐）只能是 yes 或 no/],
      [{ ...FORM, "attribute[m2]": "" }, 400, /attribute\[m2\]（户口簿是否已备齐）不能为空/],
      [{ ...FORM, "attribute[color]": "red" }, 400, /attribute\[color\] 不是事项/],
      [{ ...FORM, jurisdiction_id: "410103100204" }, 400, /尚无运行中的便民服务代办站/],
      [{ ...FORM, jurisdiction_id: "410103100205" }, 400, /尚无运行中的便民服务代办站/],
      [{ ...FORM, jurisdiction_id: "410103100299" }, 404, /jurisdiction_id 不存在：410103100299/],
      [{ ...FORM, service_code: "ZZ-999" }, 404, /service_code 不存在或已停止受理：ZZ-999/],
    ];
    const before = await matterCount();
    for (const format of ["json", "xml"] as const) {
      for (const [form, status, message] of cases) {
        const r = await errorsOf(await post(form, { format }), format);
        expect(r.status, `${format} ${message}`).toBe(status);
        expect(r.errors[0], `${format} ${message}`).toMatchObject({ code: String(status), description: expect.stringMatching(message) });
      }
      const notForm = await call(db, `requests.${format}`, { method: "POST", headers: { "content-type": "application/json" } });
      expect(await errorsOf(notForm, format)).toMatchObject({ status: 400, errors: [{ description: expect.stringContaining("application/x-www-form-urlencoded") }] });
    }
    // several bad fields: one error each
    const many = await errorsOf(await post({ ...FORM, phone: "1", address_string: "", "attribute[m1]": "" }), "json");
    expect(many.errors).toHaveLength(2);
    expect(await matterCount()).toBe(before);
  });

  it("R-API-1 a consultation is filed as a consultation; a stopped item takes no applications", async () => {
    const id = await file({ ...FORM, service_code: "ZX-001", "attribute[m1]": "", "attribute[m2]": "" }) /* blank answers count as none */;
    const [row] = await db.select().from(matters).where(eq(matters.id, id));
    expect(row!.mode).toBe("consultation");
    await catalogQueries.setItemActive(db, "ZZ-012", false);
    expect((await errorsOf(await post(FORM), "json")).status).toBe(404);
    await catalogQueries.setItemActive(db, "ZZ-012", true);
  });
});

describe("GET requests and requests/{id}", () => {
  it("R-API-1 R-SEC-1 a request in JSON and XML has the standard's fields, the station as agency and the village as address, and no personal data", async () => {
    const id = await file();
    const [json] = await jsonOf<Req[]>(await call(db, `requests/${id}.json`));
    expect(keysOf(json)).toEqual(FIELDS.request);
    expect(json).toMatchObject({
      service_request_id: id,
      status: "open",
      status_notes: "已登记待受理：请携带居民身份证、户口簿到代办站",
      service_code: "ZZ-012",
      description: "协办（网上申请）",
      agency_responsible: "二七区马寨镇王庄村便民服务代办站",
      service_notice: null,
      requested_datetime: "2026-03-02T10:00:00+08:00",
      updated_datetime: "2026-03-02T10:00:00+08:00",
      expected_datetime: null,
      address: "二七区马寨镇王庄村",
      address_id: WANGZHUANG,
      zipcode: null,
      lat: null,
      long: null,
      media_url: null,
    });
    const res = await call(db, `requests/${id}.xml`);
    const text = await res.clone().text();
    const doc = (await xmlOf(res)) as { service_requests: { request: Record<string, string>[] } };
    expect(doc.service_requests.request).toHaveLength(1);
    expect(keysOf(doc.service_requests.request[0])).toEqual(FIELDS.request);
    expect(doc.service_requests.request[0]).toMatchObject({ service_request_id: id, status: "open", requested_datetime: "2026-03-02T10:00:00+08:00", expected_datetime: "" });
    const listing = JSON.stringify(await jsonOf(await call(db, "requests.json"))) + text;
    for (const personal of ["刘秀兰", "13903718765", "3组12号", "孩子入学", "11010519491231002X"]) expect(listing).not.toContain(personal);
  });

  it("R-API-1 R-DL-2 once the station accepts at the counter, expected_datetime is the promised date and the extended status IN_PROGRESS, with the public history", async () => {
    const id = await file();
    const agent = await callerAs(db, "wangzhuang-1", "2026-03-03T09:00:00+08:00");
    await agent.attendance.clockOn().catch(() => undefined);
    const supplied = await agent.matter.act({ matterId: id, expectedVersion: 1, command: { type: "supplyMaterials", materials: [{ key: "m1", count: 1 }, { key: "m2", count: 1 }] } });
    const accepted = await agent.matter.act({ matterId: id, expectedVersion: supplied.version, command: { type: "accept" } });
    expect(accepted.status).toBe("inHandling");
    const [plain] = await jsonOf<Req[]>(await call(db, `requests/${id}.json`, { now: "2026-03-03T09:05:00+08:00" }));
    // accepted Tuesday 3 March 2026; 2 working days: Thursday 5 March
    expect(plain).toMatchObject({ status: "open", expected_datetime: "2026-03-05T23:59:59+08:00", updated_datetime: "2026-03-03T09:00:00+08:00", status_notes: "办理中" });
    expect(plain!.service_notice).toEqual(expect.stringContaining("工作日"));
    const [ext] = await jsonOf<Req[]>(await call(db, `requests/${id}.json`, { query: { extensions: "true" } }));
    expect(keysOf(ext)).toEqual([...FIELDS.request, "updates"]);
    expect(ext!.status).toBe("IN_PROGRESS");
    expect(ext!.updates!.map((u) => [u.status, u.description])).toEqual([
      ["OPEN", "网上申请已提交，待代办站受理"],
      ["OPEN", "收到材料，材料已齐全"],
      ["IN_PROGRESS", "已受理，承诺2026年3月5日前办结"],
    ]);
    for (const u of ext!.updates!) expect(keysOf(u)).toEqual(FIELDS.update);
    const doc = (await xmlOf(await call(db, `requests/${id}.xml`, { query: { extensions: "true" } }))) as { service_requests: { request: (Record<string, unknown> & { updates: { update: Record<string, string>[] } })[] } };
    const x = doc.service_requests.request[0]!;
    expect(x.status).toBe("IN_PROGRESS");
    expect(x.updates.update.map((u) => u.status)).toEqual(["OPEN", "OPEN", "IN_PROGRESS"]);
    expect(JSON.stringify(ext)).not.toContain((await sessionUser(db, "wangzhuang-1")).name);
  });

  it("R-API-1 listings filter by ids, service_code, status, window and jurisdiction, newest first, a page at a time", async () => {
    const a = await file(FORM, "2026-02-10T09:00:00+08:00");
    const b = await file({ ...FORM, service_code: "ZX-002", "attribute[m1]": "", "attribute[m2]": "" }, "2026-02-11T09:00:00+08:00");
    const list = async (query: Record<string, string>) => (await jsonOf<Req[]>(await call(db, "requests.json", { query }))).map((r) => r.service_request_id);
    expect(await list({ service_request_id: `${a},${b}` })).toEqual([b, a]);
    const window = { start_date: "2026-02-10T00:00:00+08:00", end_date: "2026-02-11T23:59:59+08:00" };
    expect(await list(window)).toEqual([b, a]);
    expect(await list({ ...window, service_code: "ZX-002" })).toEqual([b]);
    expect(await list({ ...window, status: "closed" })).toEqual([]);
    expect(await list({ ...window, status: "open,closed", page_size: "1", page: "2" })).toEqual([a]);
    expect(await list({ ...window, jurisdiction_id: "410103200" })).toEqual([]);
    expect(await list({ ...window, jurisdiction_id: "410103100" })).toEqual([b, a]);
    // default window: the 90 days up to now; with no filter both are there, and every row has the standard's fields
    const all = await jsonOf<Req[]>(await call(db, "requests.json", { now: "2026-03-02T10:00:00+08:00" }));
    expect(all.map((r) => r.service_request_id)).toEqual(expect.arrayContaining([a, b]));
    for (const r of all) expect(keysOf(r)).toEqual(FIELDS.request);
    expect(await list({ end_date: "2026-02-01T00:00:00+08:00" })).not.toContain(a);
  });

  it("R-API-1 bad listings and unknown requests are the standard's 400 and 404 in both formats", async () => {
    const cases: [string, Record<string, string>, number, RegExp][] = [
      ["requests", { start_date: "2025-01-01T00:00:00+08:00", end_date: "2026-01-01T00:00:00+08:00" }, 400, /不能超过90天/],
      ["requests", { start_date: "yesterday" }, 400, /start_date（开始时间）格式不正确/],
      ["requests", { status: "pending" }, 400, /status 只能是 open 或 closed/],
      ["requests", { page_size: "1000" }, 400, /page_size/],
      ["requests", { service_request_id: "42" }, 400, /service_request_id 格式不正确/],
      ["requests", { jurisdiction_id: "410103999" }, 404, /jurisdiction_id 不存在/],
      ["requests", { extensions: "maybe" }, 400, /extensions 只能是 true 或 false/],
      ["requests/0b5f6a56-3c0e-4c55-9f83-1f9a4e0e2b11", {}, 404, /service_request_id 不存在/],
      ["requests/42", {}, 404, /service_request_id 不存在：42/],
      ["requests/%E0%A4%A", {}, 404, /service_request_id 不存在/],
      ["requests/0b5f6a56-3c0e-4c55-9f83-1f9a4e0e2b11", { extensions: "1" }, 400, /extensions/],
    ];
    for (const format of ["json", "xml"] as const) {
      for (const [path, query, status, message] of cases) {
        const r = await errorsOf(await call(db, `${path}.${format}`, { query }), format);
        expect(r, `${format} ${path} ${JSON.stringify(query)}`).toMatchObject({ status, errors: [{ code: String(status), description: expect.stringMatching(message) }] });
      }
    }
  });
});
