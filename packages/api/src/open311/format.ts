import { XMLBuilder } from "fast-xml-parser";

/**
 * Writing Open311 GeoReport v2 answers (R-API-1) in the two formats of the standard: JSON, and XML with its
 * declaration, UTF-8 everywhere. A list in JSON is a repeated element in XML, named in the singular.
 */

export const FORMATS = ["json", "xml"] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

/** The element of one entry of each list, in XML. */
const ITEM_ELEMENT: Record<string, string> = {
  services: "service",
  service_requests: "request",
  errors: "error",
  endpoints: "endpoint",
  formats: "format",
  attributes: "attribute",
  values: "value",
  updates: "update",
};

const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });

/** JSON values as the XML builder wants them: lists wrapped in their singular element, booleans as text. */
function xmlValue(name: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[name];
    if (!item) throw new Error(`no XML element for the entries of ${name}`);
    return { [item]: value.map((v) => xmlValue(item, v)) };
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlValue(k, v)]));
  }
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  return value;
}

/** One answer: a list under `root` (services, service_requests, errors) or an object under it (discovery …). */
export function render(format: Format, root: string, value: unknown): string {
  if (format === "json") return JSON.stringify(value);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: xmlValue(root, value) })}`;
}

export function respond(format: Format, root: string, value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(render(format, root, value), { status, headers: { "content-type": CONTENT_TYPES[format], "cache-control": "no-store", ...headers } });
}

/** The statuses of the standard's errors; 405 is plain HTTP for a method a path does not take. */
export type ErrorStatus = 400 | 403 | 404 | 405;

/** A refusal, answered as the standard's list of {code, description}. */
export class Open311Error extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly descriptions: string[],
  ) {
    super(descriptions.join("；"));
  }
}

export function errorResponse(format: Format, e: Open311Error, headers: Record<string, string> = {}): Response {
  return respond(
    format,
    "errors",
    e.descriptions.map((description) => ({ code: e.status, description })),
    e.status,
    headers,
  );
}
