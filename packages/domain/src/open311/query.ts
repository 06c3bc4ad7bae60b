/**
 * The query of GET requests (Open311 GeoReport v2, R-API-1): the standard filters, the 90-day window and
 * paging, checked with one Chinese message per bad parameter that names it. Time comes in as `now`.
 */
import { instantMs, isInstant, isIsoDate } from "../dates";
import type { Instant } from "../dates";
import { itemCodeSchema } from "../catalog";
import type { FieldIssue } from "../errors";
import { OPEN311_STATUSES } from "./status";
import type { Open311Status } from "./status";

/** The longest window of requested_datetime one query may cover, as the standard says. */
export const OPEN311_MAX_SPAN_DAYS = 90;
export const OPEN311_DEFAULT_PAGE_SIZE = 50;
export const OPEN311_MAX_PAGE_SIZE = 200;
/** At most this many ids in one service_request_id list. */
export const OPEN311_MAX_IDS = 200;

const DAY_MS = 86_400_000;
const SPAN_MS = OPEN311_MAX_SPAN_DAYS * DAY_MS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 区划代码: 6 digits district, 9 township, 12 village (R-ORG-1). */
const DIVISION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

export interface Open311RequestQuery {
  /** service_request_id: when given, every other filter is ignored (as the standard says). */
  ids: string[] | null;
  serviceCodes: string[];
  statuses: Open311Status[];
  /** The requested_datetime window, both ends included; null with a list of ids. */
  window: { from: Instant; to: Instant } | null;
  jurisdictionId: string | null;
  page: number;
  pageSize: number;
  extensions: boolean;
}

export type Open311QueryResult = { ok: true; query: Open311RequestQuery } | { ok: false; issues: FieldIssue[] };

/** True for a 区划代码 of a district, township or village. */
export function isDivisionCode(s: string): boolean {
  return DIVISION_CODE.test(s);
}

/** True for a service_request_id as this system makes them (a UUID). */
export function isServiceRequestId(s: string): boolean {
  return UUID.test(s);
}

/** "a,b, c" → ["a","b","c"], blanks dropped. */
export function commaList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "true"/"false" (any case), absent = false; anything else is an issue. */
export function booleanParam(raw: string | undefined, name: string, issues: FieldIssue[]): boolean {
  if (raw === undefined || raw.trim() === "") return false;
  const v = raw.trim().toLowerCase();
  if (v === "true" || v === "false") return v === "true";
  issues.push({ path: name, message: `${name} 只能是 true 或 false` });
  return false;
}

function positiveInt(raw: string | undefined, name: string, label: string, fallback: number, max: number, issues: FieldIssue[]): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > max) {
    issues.push({ path: name, message: `${name}（${label}）应为1至${max}之间的整数` });
    return fallback;
  }
  return n;
}

/**
 * A start_date or end_date: a W3C datetime with zone, or a plain date taken as that day in Asia/Shanghai (the
 * day's first moment for a start, its last for an end).
 */
function dateParam(raw: string | undefined, name: string, label: string, end: boolean, issues: FieldIssue[]): number | null {
  if (raw === undefined || raw.trim() === "") return null;
  const v = raw.trim();
  if (isInstant(v)) return instantMs(v);
  if (isIsoDate(v)) return Date.parse(`${v}T00:00:00+08:00`) + (end ? DAY_MS - 1 : 0);
  issues.push({ path: name, message: `${name}（${label}）格式不正确，应为带时区的 W3C 时间，如 2026-03-01T00:00:00+08:00` });
  return null;
}

/** Checks and completes the query of GET requests; the window defaults to the 90 days up to `now`. */
export function parseRequestQuery(raw: Readonly<Record<string, string | undefined>>, now: Instant): Open311QueryResult {
  const issues: FieldIssue[] = [];
  const extensions = booleanParam(raw.extensions, "extensions", issues);
  const page = positiveInt(raw.page, "page", "页码", 1, 100_000, issues);
  const pageSize = positiveInt(raw.page_size, "page_size", "每页条数", OPEN311_DEFAULT_PAGE_SIZE, OPEN311_MAX_PAGE_SIZE, issues);

  const jurisdictionId = raw.jurisdiction_id?.trim() || null;
  if (jurisdictionId !== null && !isDivisionCode(jurisdictionId)) {
    issues.push({ path: "jurisdiction_id", message: "jurisdiction_id（区划代码）应为6位（区）、9位（乡镇、街道）或12位（村、社区）数字" });
  }

  const idList = commaList(raw.service_request_id);
  if (idList.length > OPEN311_MAX_IDS) issues.push({ path: "service_request_id", message: `service_request_id 一次最多查询${OPEN311_MAX_IDS}个` });
  const badId = idList.find((id) => !isServiceRequestId(id));
  if (badId !== undefined) issues.push({ path: "service_request_id", message: `service_request_id 格式不正确：${badId.slice(0, 40)}` });

  const serviceCodes = commaList(raw.service_code);
  const badCode = serviceCodes.find((c) => !itemCodeSchema.safeParse(c).success);
  if (badCode !== undefined) issues.push({ path: "service_code", message: `service_code（事项编码）格式不正确：${badCode.slice(0, 20)}（应如 ZZ-001）` });

  const statusList = commaList(raw.status).map((s) => s.toLowerCase());
  const badStatus = statusList.find((s) => !(OPEN311_STATUSES as readonly string[]).includes(s));
  if (badStatus !== undefined) issues.push({ path: "status", message: `status 只能是 open 或 closed（可用逗号分隔多个）` });
  const statuses = [...new Set(statusList)] as Open311Status[];

  const start = dateParam(raw.start_date, "start_date", "开始时间", false, issues);
  const end = dateParam(raw.end_date, "end_date", "结束时间", true, issues);
  const nowMs = instantMs(now);
  if (start !== null && end !== null) {
    if (end < start) issues.push({ path: "end_date", message: "end_date（结束时间）不能早于 start_date（开始时间）" });
    else if (end - start > SPAN_MS) issues.push({ path: "end_date", message: `start_date 至 end_date 不能超过${OPEN311_MAX_SPAN_DAYS}天` });
  }
  if (issues.length > 0) return { ok: false, issues };
  // the standard: a list of ids overrides every other filter
  if (idList.length > 0) {
    const ids = [...new Set(idList.map((id) => id.toLowerCase()))];
    return { ok: true, query: { ids, serviceCodes: [], statuses: [], window: null, jurisdictionId: null, page: 1, pageSize: OPEN311_MAX_IDS, extensions } };
  }
  const from = start ?? (end !== null ? end - SPAN_MS : nowMs - SPAN_MS);
  const to = end ?? (start !== null ? start + SPAN_MS : nowMs);
  const window = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  return { ok: true, query: { ids: null, serviceCodes: [...new Set(serviceCodes)], statuses, window, jurisdictionId, page, pageSize, extensions } };
}
