import { z } from "zod";
import { addressSchema, applicantNameSchema, itemCodeSchema, optionalText, phoneSchema } from "@bianmin/domain";
import { FORMATS } from "./format";
import type { Format } from "./format";

/** Reading Open311 requests (R-API-1): which endpoint a path names, and the form of POST requests. */

export type Route =
  | { name: "discovery" | "services" | "requests"; format: Format }
  | { name: "serviceDefinition"; format: Format; code: string }
  | { name: "request"; format: Format; id: string }
  | { name: "unknown"; format: Format };

const PREFIX = "/open311/v2/";

/** A path segment decoded, or as it is when it is not valid percent-encoding (it then names no endpoint). */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The endpoint of a path under /open311/v2/, with the format its extension asks for (XML when it names none). */
export function routeOf(pathname: string): Route {
  const at = pathname.indexOf(PREFIX);
  const rest = at < 0 ? "" : decoded(pathname.slice(at + PREFIX.length));
  const ext = /\.(json|xml)$/.exec(rest);
  const format: Format = ext && (FORMATS as readonly string[]).includes(ext[1]!) ? (ext[1] as Format) : "xml";
  if (!ext) return { name: "unknown", format };
  const base = rest.slice(0, -ext[0].length);
  if (base === "discovery" || base === "services" || base === "requests") return { name: base, format };
  const one = /^(services|requests)\/([^/]+)$/.exec(base);
  if (one?.[1] === "services") return { name: "serviceDefinition", format, code: one[2]! };
  if (one?.[1] === "requests") return { name: "request", format, id: one[2]! };
  return { name: "unknown", format };
}

/** The parameters of a query string, a repeated one joined with commas (as the standard lets lists be given). */
export function queryParams(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key).join(",");
  return out;
}

/** The parameter each applicant field comes from, to name it in a message. */
const PARAM_OF: Record<string, string> = {
  jurisdiction_id: "jurisdiction_id",
  service_code: "service_code",
  name: "first_name/last_name",
  phone: "phone",
  address_string: "address_string",
  description: "description",
  account_id: "account_id",
};

const postSchema = z.object({
  jurisdiction_id: z
    .string({ error: "jurisdiction_id（村、社区区划代码）不能为空" })
    .trim()
    .min(1, { error: "jurisdiction_id（村、社区区划代码）不能为空" })
    .regex(/^\d{12}$/, { error: "jurisdiction_id 应为村（社区）的12位区划代码：网上申请由该村（社区）的便民服务代办站受理" }),
  service_code: z.string({ error: "service_code（事项编码）不能为空" }).pipe(itemCodeSchema),
  name: applicantNameSchema,
  phone: phoneSchema,
  address_string: addressSchema,
  description: optionalText("申请说明", 300),
  account_id: optionalText("account_id", 64),
});

export interface PostedRequest {
  jurisdictionId: string;
  serviceCode: string;
  applicant: { name: string; phone: string; address: string };
  description: string | undefined;
  accountId: string | null;
  /** attribute[code] values by code. */
  attributes: Record<string, string>;
}

function field(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}

/** The api_key of a POST: a form field as the standard says, or a query parameter as some clients send it. */
export function postedApiKey(form: FormData, url: URL): string | null {
  return field(form, "api_key")?.trim() || url.searchParams.get("api_key")?.trim() || null;
}

/**
 * The fields of POST requests (form-encoded, as the standard says). The applicant's name is written family
 * name first: last_name then first_name. Every bad field gives one message that names the parameter.
 */
export function parsePostedRequest(form: FormData): { ok: true; value: PostedRequest } | { ok: false; issues: string[] } {
  const name = `${field(form, "last_name")?.trim() ?? ""}${field(form, "first_name")?.trim() ?? ""}`;
  const parsed = postSchema.safeParse({
    jurisdiction_id: field(form, "jurisdiction_id"),
    service_code: field(form, "service_code"),
    name,
    phone: field(form, "phone"),
    address_string: field(form, "address_string"),
    description: field(form, "description"),
    account_id: field(form, "account_id"),
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: string[] = [];
    for (const i of parsed.error.issues) {
      const param = PARAM_OF[String(i.path[0])] ?? String(i.path[0]);
      if (seen.has(param)) continue;
      seen.add(param);
      issues.push(i.message.startsWith(param.split("/")[0]!) ? i.message : `${param}：${i.message}`);
    }
    return { ok: false, issues };
  }
  const attributes: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    const m = /^attribute\[([^\]]{1,64})\]$/.exec(key);
    if (m && typeof value === "string") attributes[m[1]!] = value;
  }
  const d = parsed.data;
  return {
    ok: true,
    value: {
      jurisdictionId: d.jurisdiction_id,
      serviceCode: d.service_code,
      applicant: { name: d.name, phone: d.phone, address: d.address_string },
      description: d.description,
      accountId: d.account_id ?? null,
      attributes,
    },
  };
}
