import { TRPCError } from "@trpc/server";
import type { Db } from "@bianmin/db";
import { booleanParam, parseRequestQuery } from "@bianmin/domain";
import type { FieldIssue } from "@bianmin/domain";
import { checkJurisdiction, discovery, serviceDefinition, services } from "./catalog";
import { createRequest } from "./create";
import { Open311Error, errorResponse, respond } from "./format";
import type { ErrorStatus, Format } from "./format";
import { clientOfKey } from "./keys";
import { parsePostedRequest, postedApiKey, queryParams, routeOf } from "./parse";
import type { Route } from "./parse";
import { getRequest, listRequests } from "./requests";

/**
 * The Open311 GeoReport v2 endpoint (R-API-1) as one function from a Request to a Response, so that it runs
 * without Next.js: the district app's route hands every request under /open311/v2/ to it.
 */
export interface Open311Deps {
  db: Db;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Where the endpoint is reached from outside (for discovery); by default the request's own origin. */
  baseUrl?: string;
}

function badParams(issues: FieldIssue[]): Open311Error {
  return new Open311Error(400, issues.map((i) => i.message));
}

/** The longest Idempotency-Key header taken. */
const IDEMPOTENCY_KEY_MAX = 100;

async function get(route: Route, url: URL, deps: Open311Deps, now: Date): Promise<Response> {
  const params = queryParams(url);
  switch (route.name) {
    case "discovery": {
      const base = (deps.baseUrl ?? url.origin).replace(/\/$/, "");
      return respond(route.format, "discovery", await discovery(deps.db, `${base}/open311/v2`));
    }
    case "services":
      await checkJurisdiction(deps.db, params.jurisdiction_id);
      return respond(route.format, "services", await services(deps.db));
    case "serviceDefinition":
      return respond(route.format, "service_definition", await serviceDefinition(deps.db, route.code));
    case "requests": {
      const q = parseRequestQuery(params, now.toISOString());
      if (!q.ok) throw badParams(q.issues);
      return respond(route.format, "service_requests", await listRequests(deps.db, q.query));
    }
    case "request": {
      const issues: FieldIssue[] = [];
      const extensions = booleanParam(params.extensions, "extensions", issues);
      if (issues.length > 0) throw badParams(issues);
      return respond(route.format, "service_requests", await getRequest(deps.db, route.id, extensions));
    }
    case "unknown":
      throw new Open311Error(404, ["没有这个接口：请使用 discovery、services、services/{service_code}、requests 或 requests/{service_request_id}，后缀 .json 或 .xml"]);
  }
}

async function post(route: Route, request: Request, url: URL, deps: Open311Deps, now: Date): Promise<Response> {
  const form = await request.formData().catch(() => null);
  if (!form) throw new Open311Error(400, ["请求体应为 application/x-www-form-urlencoded（或 multipart/form-data）表单"]);
  const client = await clientOfKey(deps.db, postedApiKey(form, url));
  const posted = parsePostedRequest(form);
  if (!posted.ok) throw new Open311Error(400, posted.issues);
  const key = request.headers.get("idempotency-key")?.trim() || null;
  if (key && key.length > IDEMPOTENCY_KEY_MAX) throw new Open311Error(400, [`Idempotency-Key 不能超过${IDEMPOTENCY_KEY_MAX}个字符`]);
  return respond(route.format, "service_requests", await createRequest(deps.db, now, client, posted.value, key));
}

const TRPC_STATUS: Partial<Record<TRPCError["code"], ErrorStatus>> = { BAD_REQUEST: 400, NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 400 };

export async function handleOpen311(request: Request, deps: Open311Deps): Promise<Response> {
  const url = new URL(request.url);
  const route = routeOf(url.pathname);
  const format: Format = route.format;
  const now = deps.now?.() ?? new Date();
  try {
    if (request.method === "GET" || request.method === "HEAD") return await get(route, url, deps, now);
    if (request.method === "POST" && route.name === "requests") return await post(route, request, url, deps, now);
    if (route.name === "unknown") return await get(route, url, deps, now);
    const allow = route.name === "requests" ? "GET, POST" : "GET";
    return errorResponse(format, new Open311Error(405, [`${route.name === "requests" ? "requests" : "该接口"}只接受 ${allow} 请求`]), { allow });
  } catch (e) {
    if (e instanceof Open311Error) return errorResponse(format, e);
    // a refusal of the matter rules (the decider, an archived year) keeps its Chinese message
    const status = e instanceof TRPCError ? TRPC_STATUS[e.code] : undefined;
    if (e instanceof TRPCError && status) return errorResponse(format, new Open311Error(status, [e.message]));
    console.error("open311", e);
    return respond(format, "errors", [{ code: 500, description: "系统繁忙，请稍后再试" }], 500);
  }
}
