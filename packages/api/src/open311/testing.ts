import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";
import type { Db } from "@bianmin/db";
import { handleOpen311 } from "./handler";

/** Test helpers of the Open311 endpoint (R-API-1): calls without Next.js, and the standard's field lists. */

export const BASE = "http://district.test";

/** The fields of GeoReport v2, in the standard's order. */
export const FIELDS = {
  discovery: ["changeset", "contact", "key_service", "endpoints"],
  endpoint: ["specification", "url", "changeset", "type", "formats"],
  service: ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
  serviceDefinition: ["service_code", "attributes"],
  attribute: ["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"],
  value: ["key", "name"],
  created: ["service_request_id", "service_notice", "account_id"],
  request: [
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
  ],
  update: ["update_id", "service_request_id", "status", "updated_datetime", "description", "media_url"],
  error: ["code", "description"],
};

export interface CallOptions {
  method?: string;
  query?: Record<string, string>;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  now?: string;
}

/** One call of the endpoint, e.g. call(db, "requests.json", { method: "POST", form }). */
export async function call(db: Db, path: string, o: CallOptions = {}): Promise<Response> {
  const url = new URL(`/open311/v2/${path}`, BASE);
  for (const [k, v] of Object.entries(o.query ?? {})) url.searchParams.set(k, v);
  const init: RequestInit = { method: o.method ?? "GET", headers: { ...(o.headers ?? {}) } };
  if (o.form) {
    init.body = new URLSearchParams(o.form).toString();
    (init.headers as Record<string, string>)["content-type"] = "application/x-www-form-urlencoded";
  }
  return handleOpen311(new Request(url, init), { db, now: () => new Date(o.now ?? "2026-03-02T10:00:00+08:00") });
}

const LISTS = new Set(["service", "request", "error", "endpoint", "format", "attribute", "value", "update"]);
const parser = new XMLParser({ isArray: (name) => LISTS.has(name), parseTagValue: false, ignoreDeclaration: true });

/** An XML answer parsed with a real parser, after checking it is well-formed, UTF-8 and declared. */
export async function xmlOf(res: Response): Promise<Record<string, unknown>> {
  expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
  const text = await res.text();
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

export async function jsonOf<T = unknown>(res: Response): Promise<T> {
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await res.json()) as T;
}

/** The keys of a parsed object, in order. */
export function keysOf(o: unknown): string[] {
  return Object.keys(o as object);
}

/** The standard's error list of a response, in either format, with the HTTP status. */
export async function errorsOf(res: Response, format: "json" | "xml"): Promise<{ status: number; errors: { code: string; description: string }[] }> {
  const status = res.status;
  if (format === "json") {
    const list = await jsonOf<{ code: number; description: string }[]>(res);
    for (const e of list) expect(keysOf(e)).toEqual(FIELDS.error);
    return { status, errors: list.map((e) => ({ code: String(e.code), description: e.description })) };
  }
  const doc = (await xmlOf(res)) as { errors: { error: { code: string; description: string }[] } };
  for (const e of doc.errors.error) expect(keysOf(e)).toEqual(FIELDS.error);
  return { status, errors: doc.errors.error };
}
