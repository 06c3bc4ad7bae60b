import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPEN311_DEFAULT_PAGE_SIZE, OPEN311_MAX_PAGE_SIZE, OPEN311_MAX_SPAN_DAYS, isDivisionCode, parseRequestQuery } from "./query";

const NOW = "2026-03-02T10:00:00+08:00";
const DAY = 86_400_000;
const ID = "0b5f6a56-3c0e-4c55-9f83-1f9a4e0e2b11";

function issuesOf(raw: Record<string, string>) {
  const r = parseRequestQuery(raw, NOW);
  return r.ok ? [] : r.issues;
}

describe("the query of GET requests", () => {
  it("R-API-1 with no parameters: the 90 days up to now, every status and service, page 1 of the default size", () => {
    const r = parseRequestQuery({}, NOW);
    expect(r).toEqual({
      ok: true,
      query: {
        ids: null,
        serviceCodes: [],
        statuses: [],
        window: { from: new Date(Date.parse(NOW) - 90 * DAY).toISOString(), to: new Date(NOW).toISOString() },
        jurisdictionId: null,
        page: 1,
        pageSize: OPEN311_DEFAULT_PAGE_SIZE,
        extensions: false,
      },
    });
  });

  it("R-API-1 any window of at most 90 days is taken as given; a longer one is refused on end_date", () => {
    const instant = fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 200 * DAY }), (start, span) => {
        const raw = { start_date: new Date(start).toISOString(), end_date: new Date(start + span).toISOString() };
        const r = parseRequestQuery(raw, NOW);
        if (span <= OPEN311_MAX_SPAN_DAYS * DAY) {
          expect(r.ok && r.query.window).toEqual({ from: raw.start_date, to: raw.end_date });
        } else {
          expect(r).toEqual({ ok: false, issues: [{ path: "end_date", message: `start_date 至 end_date 不能超过${OPEN311_MAX_SPAN_DAYS}天` }] });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("R-API-1 one end of the window fills the other with 90 days; plain dates are whole Shanghai days; an end before the start is refused", () => {
    const onlyStart = parseRequestQuery({ start_date: "2026-01-01T00:00:00+08:00" }, NOW);
    expect(onlyStart.ok && onlyStart.query.window).toEqual({ from: "2025-12-31T16:00:00.000Z", to: "2026-03-31T16:00:00.000Z" });
    const days = parseRequestQuery({ start_date: "2026-02-01", end_date: "2026-02-28" }, NOW);
    expect(days.ok && days.query.window).toEqual({ from: "2026-01-31T16:00:00.000Z", to: "2026-02-28T15:59:59.999Z" });
    expect(issuesOf({ start_date: "2026-02-10", end_date: "2026-02-01" })).toEqual([{ path: "end_date", message: "end_date（结束时间）不能早于 start_date（开始时间）" }]);
    expect(issuesOf({ start_date: "昨天" })[0]).toMatchObject({ path: "start_date", message: expect.stringContaining("start_date（开始时间）格式不正确") });
  });

  it("R-API-1 statuses, service codes and ids are comma lists; a bad entry is refused naming the parameter", () => {
    const r = parseRequestQuery({ status: "open, CLOSED,open", service_code: "ZZ-012,ZX-001" }, NOW);
    expect(r.ok && [r.query.statuses, r.query.serviceCodes]).toEqual([["open", "closed"], ["ZZ-012", "ZX-001"]]);
    expect(issuesOf({ status: "pending" })).toEqual([{ path: "status", message: "status 只能是 open 或 closed（可用逗号分隔多个）" }]);
    expect(issuesOf({ service_code: "zz12" })[0]).toMatchObject({ path: "service_code" });
    expect(issuesOf({ service_request_id: `${ID},42` })[0]).toMatchObject({ path: "service_request_id", message: "service_request_id 格式不正确：42" });
  });

  it("R-API-1 a list of ids overrides every other filter, as the standard says", () => {
    const r = parseRequestQuery({ service_request_id: `${ID.toUpperCase()},${ID}`, status: "closed", service_code: "ZZ-012", page: "3" }, NOW);
    expect(r.ok && r.query).toMatchObject({ ids: [ID], statuses: [], serviceCodes: [], window: null, page: 1 });
  });

  it("R-API-1 paging: page from 1, page_size from 1 to 200; anything else is refused", () => {
    const r = parseRequestQuery({ page: "2", page_size: "200" }, NOW);
    expect(r.ok && [r.query.page, r.query.pageSize]).toEqual([2, OPEN311_MAX_PAGE_SIZE]);
    for (const bad of ["0", "201", "-1", "2.5", "abc"]) expect(issuesOf({ page_size: bad }), bad).toEqual([{ path: "page_size", message: "page_size（每页条数）应为1至200之间的整数" }]);
    expect(issuesOf({ page: "0" })[0]).toMatchObject({ path: "page" });
  });

  it("R-API-1 R-ORG-1 jurisdiction_id is a division code of 6, 9 or 12 digits; extensions is true or false", () => {
    expect(["410103", "410103100", "410103100202"].every(isDivisionCode)).toBe(true);
    expect(["41010", "4101031002", "41010310020x", ""].some(isDivisionCode)).toBe(false);
    expect(issuesOf({ jurisdiction_id: "erqi" })[0]).toMatchObject({ path: "jurisdiction_id" });
    const r = parseRequestQuery({ extensions: "TRUE", jurisdiction_id: "410103100" }, NOW);
    expect(r.ok && [r.query.extensions, r.query.jurisdictionId]).toEqual([true, "410103100"]);
    expect(issuesOf({ extensions: "yes" })).toEqual([{ path: "extensions", message: "extensions 只能是 true 或 false" }]);
  });
});
