import { beforeAll, describe, expect, it } from "vitest";
import { catalogQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { BASE, FIELDS, call, errorsOf, jsonOf, keysOf, xmlOf } from "./testing";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

type Service = Record<string, string | boolean>;
type Definition = { service_code: string; attributes: Record<string, unknown>[] };

describe("Open311 discovery, services and service definitions", () => {
  it("R-API-1 discovery lists contact, key service and the endpoint with its specification, URL, type and formats, in JSON and XML", async () => {
    const json = await jsonOf<Record<string, unknown> & { endpoints: Record<string, unknown>[] }>(await call(db, "discovery.json"));
    expect(keysOf(json)).toEqual(FIELDS.discovery);
    expect(json.contact).toContain("二七区行政审批中心");
    expect(json.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(json.endpoints).toHaveLength(1);
    expect(keysOf(json.endpoints[0])).toEqual(FIELDS.endpoint);
    expect(json.endpoints[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", url: `${BASE}/open311/v2`, type: "production", formats: ["text/xml", "application/json"] });
    const xml = (await xmlOf(await call(db, "discovery.xml"))) as { discovery: Record<string, unknown> & { endpoints: { endpoint: Record<string, unknown>[] } } };
    expect(keysOf(xml.discovery)).toEqual(FIELDS.discovery);
    const endpoint = xml.discovery.endpoints.endpoint[0]!;
    expect(keysOf(endpoint)).toEqual(FIELDS.endpoint);
    expect(endpoint.formats).toEqual({ format: ["text/xml", "application/json"] });
  });

  it("R-API-1 R-CAT-1 services lists every item that takes matters as a realtime service grouped by category, the same in JSON and XML", async () => {
    const json = await jsonOf<Service[]>(await call(db, "services.json"));
    const items = await catalogQueries.currentItems(db);
    expect(json.map((s) => s.service_code)).toEqual(items.map((i) => i.code));
    for (const s of json) expect(keysOf(s)).toEqual(FIELDS.service);
    expect(json.find((s) => s.service_code === "ZZ-012")).toMatchObject({ service_name: items.find((i) => i.code === "ZZ-012")!.name, metadata: true, type: "realtime", group: "证照代办" });
    expect(new Set(json.map((s) => s.group))).toEqual(new Set(["证照代办", "咨询指南", "公共事业服务"]));
    const xml = (await xmlOf(await call(db, "services.xml"))) as { services: { service: Service[] } };
    for (const s of xml.services.service) expect(keysOf(s)).toEqual(FIELDS.service);
    // XML carries text: the same services, booleans as "true"
    expect(xml.services.service).toEqual(json.map((s) => ({ ...s, metadata: String(s.metadata) })));
  });

  it("R-API-1 R-ORG-1 services takes a jurisdiction_id of the district, a township or a village; a malformed one is 400, an unknown one 404", async () => {
    for (const code of ["410103", "410103100", "410103100202"]) {
      expect((await call(db, "services.json", { query: { jurisdiction_id: code } })).status, code).toBe(200);
    }
    for (const format of ["json", "xml"] as const) {
      const bad = await errorsOf(await call(db, `services.${format}`, { query: { jurisdiction_id: "erqi" } }), format);
      expect(bad).toEqual({ status: 400, errors: [{ code: "400", description: expect.stringContaining("jurisdiction_id") }] });
      const unknown = await errorsOf(await call(db, `services.${format}`, { query: { jurisdiction_id: "410103999" } }), format);
      expect(unknown).toEqual({ status: 404, errors: [{ code: "404", description: "jurisdiction_id 不存在：410103999" }] });
    }
  });

  it("R-API-1 R-CAT-2 a service definition gives the item's materials as a yes/no checklist, then its other fields, in JSON and XML", async () => {
    const item = (await catalogQueries.itemVersion(db, "ZZ-012"))!;
    const json = await jsonOf<Definition>(await call(db, "services/ZZ-012.json"));
    expect(keysOf(json)).toEqual(FIELDS.serviceDefinition);
    expect(json.service_code).toBe("ZZ-012");
    for (const a of json.attributes) expect(keysOf(a)).toEqual(FIELDS.attribute);
    const checklist = json.attributes.filter((a) => a.variable === true);
    expect(checklist.map((a) => [a.code, a.required, a.datatype])).toEqual(item.materials.map((m) => [m.key, m.required, "singlevaluelist"]));
    expect(json.attributes.map((a) => a.order)).toEqual(json.attributes.map((_, i) => i + 1));
    expect(checklist[0]!.values).toEqual([{ key: "yes", name: "已备齐" }, { key: "no", name: "尚未备齐" }]);
    expect(json.attributes.filter((a) => a.variable === false).map((a) => a.code)).toEqual(["time_limit", "handling_body", "in_person", "fees", "conditions"]);
    const xml = (await xmlOf(await call(db, "services/ZZ-012.xml"))) as { service_definition: { service_code: string; attributes: { attribute: Record<string, unknown>[] } } };
    expect(keysOf(xml.service_definition)).toEqual(FIELDS.serviceDefinition);
    const attrs = xml.service_definition.attributes.attribute;
    expect(attrs).toHaveLength(json.attributes.length);
    for (const a of attrs) expect(keysOf(a)).toEqual(FIELDS.attribute);
    expect(attrs[0]).toMatchObject({ variable: "true", code: item.materials[0]!.key, order: "1", values: { value: [{ key: "yes", name: "已备齐" }, { key: "no", name: "尚未备齐" }] } });
    for (const v of (attrs[0]!.values as { value: Record<string, string>[] }).value) expect(keysOf(v)).toEqual(FIELDS.value);
  });

  it("R-API-1 an unknown, malformed or stopped service is the standard's 404 in both formats", async () => {
    await catalogQueries.setItemActive(db, "GG-003", false);
    for (const format of ["json", "xml"] as const) {
      for (const code of ["ZZ-999", "nonsense", "GG-003"]) {
        const r = await errorsOf(await call(db, `services/${code}.${format}`), format);
        expect(r, code).toEqual({ status: 404, errors: [{ code: "404", description: `service_code 不存在或已停止受理：${code}` }] });
      }
    }
    expect((await jsonOf<Service[]>(await call(db, "services.json"))).map((s) => s.service_code)).not.toContain("GG-003");
    await catalogQueries.setItemActive(db, "GG-003", true);
  });

  it("R-API-1 an unknown path is 404 and a method a path does not take is 405, both as the standard's error list", async () => {
    for (const format of ["json", "xml"] as const) {
      expect(await errorsOf(await call(db, `tokens/abc.${format}`), format)).toMatchObject({ status: 404, errors: [{ code: "404" }] });
      const r = await call(db, `services.${format}`, { method: "POST", form: {} });
      expect(r.headers.get("allow")).toBe("GET");
      expect(await errorsOf(r, format)).toMatchObject({ status: 405, errors: [{ code: "405" }] });
    }
    // no extension: XML, the format the standard requires
    expect(await errorsOf(await call(db, "services"), "xml")).toMatchObject({ status: 404 });
  });
});
