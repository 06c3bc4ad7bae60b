import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar";
import { addDays } from "../dates";
import { RATING_LEVELS } from "../matter/vocabulary";
import { CHECKLIST_KEYS } from "../standardization";
import { CALENDAR_ROWS_2024_2026 } from "../test-fixtures/calendar-2024-2026";
import { parsePeriodKey } from "./periods";
import { DEFAULT_STATION_RUBRIC, applyRubric } from "./rubric";
import { STATION_METRIC_KEYS, archivePoints, ledgerPoints, stationMetrics } from "./station-metrics";
import type { StationPeriodFacts } from "./station-metrics";

const cal = createCalendar(CALENDAR_ROWS_2024_2026);
const H1 = parsePeriodKey("2026-H1");
const H2 = parsePeriodKey("2026-H2");

const allPassed = CHECKLIST_KEYS.map((key) => ({ key, passed: true, note: null }));
const empty: StationPeriodFacts = {
  operatingSince: "2009-06-12",
  completions: [],
  ratings: [],
  complaints: [],
  inspections: [],
  checklist: { status: "confirmed", entries: allPassed, areaM2: 45 },
  previousYearArchivedOn: "2026-01-20",
  accepted: [],
};

describe("station metrics of a half-year (R-ASM-2, R-ASM-3)", () => {
  it("R-ASM-2 R-ASM-3 every metric is counted from the facts of the half-year only, each with an explanation, and scored by the rubric", () => {
    const r = stationMetrics(cal, H1, {
      ...empty,
      completions: [
        { receiptNo: "W1", completedOn: "2026-03-10", promisedDate: "2026-03-10" },
        { receiptNo: "W2", completedOn: "2026-03-11", promisedDate: "2026-03-09" },
        { receiptNo: "W3", completedOn: "2026-04-01", promisedDate: null },
        { receiptNo: "W0", completedOn: "2026-07-01", promisedDate: "2026-07-01" },
      ],
      ratings: [
        { level: "verySatisfied", ratedOn: "2026-03-11" },
        { level: "dissatisfied", ratedOn: "2026-04-01" },
        { level: "satisfied", ratedOn: "2025-12-31" },
      ],
      complaints: [{ receivedOn: "2026-02-10" }, { receivedOn: "2026-07-02" }],
      inspections: [
        { inspectedOn: "2026-05-20", problemCount: 3 },
        { inspectedOn: "2025-12-20", problemCount: 2 },
      ],
      accepted: [
        { acceptedOn: "2026-03-02", receiptNo: "W1", lookupCode: "ABCD1234" },
        { acceptedOn: "2026-03-03", receiptNo: "W2", lookupCode: "ABCD1235" },
        { acceptedOn: "2026-03-04", receiptNo: "W3", lookupCode: null },
        { acceptedOn: "2026-07-04", receiptNo: null, lookupCode: null },
      ],
    });
    expect(r.metrics).toEqual({
      onTimeCompleted: 1,
      completed: 2,
      goodRatings: 1,
      ratings: 2,
      complaints: 1,
      inspectionFindings: 3,
      checklistPassed: 10,
      checklistItems: 10,
      recordKeepingScore: 83.33,
    });
    expect(r.lines.map((l) => l.key)).toEqual([...STATION_METRIC_KEYS]);
    const why = Object.fromEntries(r.lines.map((l) => [l.key, l.explanation]));
    // 9 Mar (Mon) → 11 Mar (Wed): two working days late
    expect(why.onTimeCompleted).toBe("按期办结件数：办结日期不晚于承诺办结日期（已按暂停计时顺延）的1件；超期办结1件：W2承诺2026年3月9日、2026年3月11日办结，超期2个工作日");
    expect(why.completed).toBe("办结件数：2026年1月1日至2026年6月30日本站办结的有承诺办结日期的事项2件（另有1件无承诺期限，不计入）");
    expect(why.ratings).toBe("评价总数：2026年1月1日至2026年6月30日本站事项收到评价2次（非常满意1次、不满意1次）");
    expect(why.inspectionFindings).toBe("明察暗访发现问题：考核期内接受明察暗访1次，未通过的检查项共3项");
    expect(why.checklistPassed).toBe("规范化建设达标项：检查表（已确认达标）10项中达标10项");
    expect(why.recordKeepingScore).toBe(
      "服务记录得分：年底存档——2025年度服务记录本已于2026年1月20日存档（2026年1月31日前），计50分；登记台账——考核期内受理事项（含咨询）3件，有回执编号和查询码的2件，计33.33分；合计83.33分（满分100分）",
    );

    const scored = applyRubric(DEFAULT_STATION_RUBRIC, r.metrics);
    expect(Object.fromEntries(scored.lines.map((l) => [l.key, l.points]))).toEqual({
      onTime: 12.5,
      satisfaction: 10,
      complaints: 10,
      inspections: 0,
      standardization: 15,
      records: 8.33,
    });
    expect(scored.total).toBe(55.83);
    expect(scored.poor).toBe(true);
  });

  it("R-ASM-2 the previous year's archive: on time by 31 January 50, late 25, missing 0, nothing to archive 50", () => {
    expect(archivePoints(H1, "2009-06-12", "2026-01-31").points).toBe(50);
    expect(archivePoints(H1, "2009-06-12", "2026-02-01")).toEqual({ points: 25, explanation: "2025年度服务记录本于2026年2月1日存档，晚于2026年1月31日，计25分" });
    expect(archivePoints(H1, "2009-06-12", "2026-07-01")).toEqual({ points: 0, explanation: "2025年度服务记录本至2026年6月30日未存档，计0分" });
    expect(archivePoints(H1, "2009-06-12", null).points).toBe(0);
    expect(archivePoints(H2, "2009-06-12", "2026-03-01").points).toBe(25);
    expect(archivePoints(H1, "2026-02-01", null)).toEqual({ points: 50, explanation: "2025年度尚未运行，无需年底存档，计50分" });
    expect(archivePoints(H1, null, null).points).toBe(50);
    expect(ledgerPoints(H1, []).points).toBe(50);
    expect(ledgerPoints(H1, [{ acceptedOn: "2026-01-05", receiptNo: "X", lookupCode: null }]).points).toBe(0);
  });

  it("R-ASM-2 a station still being built scores what its checklist says, items not passed named", () => {
    const passed = ["nameSign", "leadingGroup", "office", "equipment", "recordBook"];
    const r = stationMetrics(cal, H1, {
      ...empty,
      operatingSince: null,
      previousYearArchivedOn: null,
      checklist: { status: "draft", entries: CHECKLIST_KEYS.map((key) => ({ key, passed: passed.includes(key), note: null })), areaM2: null },
    });
    // the office counts only with its area given
    expect(r.metrics.checklistPassed).toBe(4);
    expect(r.metrics.checklistItems).toBe(10);
    expect(r.lines.find((l) => l.key === "checklistPassed")!.explanation).toMatch(/^规范化建设达标项：检查表（填写中）10项中达标4项；未达标：有固定办公场所（填写面积）；/);
    expect(r.metrics.recordKeepingScore).toBe(100);
    const none = stationMetrics(cal, H1, { ...empty, checklist: null });
    expect(none.metrics.checklistPassed).toBe(0);
    expect(none.metrics.checklistItems).toBe(10);
    expect(applyRubric(DEFAULT_STATION_RUBRIC, none.metrics).lines.find((l) => l.key === "standardization")!.points).toBe(0);
  });

  it("R-ASM-3 a station is assessed by half-year only; malformed facts are refused in Chinese", () => {
    expect(() => stationMetrics(cal, parsePeriodKey("2026-B1"), empty)).toThrow(/不是半年考核期/);
    expect(() => stationMetrics(cal, H1, { ...empty, complaints: [{ receivedOn: "2026-02-30" }] })).toThrow(/投诉日期格式不正确/);
    expect(() => stationMetrics(cal, H1, { ...empty, inspections: [{ inspectedOn: "2026-02-03", problemCount: -1 }] })).toThrow(/发现问题数不正确/);
  });
});

const day = fc.integer({ min: -60, max: 240 }).map((n) => addDays("2026-01-01", n));
const facts: fc.Arbitrary<StationPeriodFacts> = fc.record({
  operatingSince: fc.constantFrom(null, "2009-06-12", "2026-03-01"),
  completions: fc.array(fc.record({ receiptNo: fc.constant("R"), completedOn: day, promisedDate: fc.option(day, { nil: null }) }), { maxLength: 12 }),
  ratings: fc.array(fc.record({ level: fc.constantFrom(...RATING_LEVELS), ratedOn: day }), { maxLength: 12 }),
  complaints: fc.array(fc.record({ receivedOn: day }), { maxLength: 6 }),
  inspections: fc.array(fc.record({ inspectedOn: day, problemCount: fc.integer({ min: 0, max: 5 }) }), { maxLength: 4 }),
  checklist: fc.option(
    fc.record({
      status: fc.constantFrom("draft" as const, "submitted" as const, "returned" as const, "confirmed" as const),
      entries: fc.constant(CHECKLIST_KEYS).chain((keys) => fc.tuple(...keys.map((key) => fc.boolean().map((passed) => ({ key, passed, note: null }))))),
      areaM2: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
    }),
    { nil: null },
  ),
  previousYearArchivedOn: fc.option(day, { nil: null }),
  accepted: fc.array(fc.record({ acceptedOn: day, receiptNo: fc.option(fc.constant("R"), { nil: null }), lookupCode: fc.option(fc.constant("L"), { nil: null }) }), { maxLength: 8 }),
});

describe("station metrics: properties (R-ASM-2)", () => {
  it("R-ASM-2 counts are consistent, record keeping stays within 0–100 and the rubric total within 0–100", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { metrics } = stationMetrics(cal, H1, f);
        expect(metrics.onTimeCompleted).toBeLessThanOrEqual(metrics.completed);
        expect(metrics.goodRatings).toBeLessThanOrEqual(metrics.ratings);
        expect(metrics.checklistPassed).toBeLessThanOrEqual(metrics.checklistItems);
        expect(metrics.recordKeepingScore).toBeGreaterThanOrEqual(0);
        expect(metrics.recordKeepingScore).toBeLessThanOrEqual(100);
        const r = applyRubric(DEFAULT_STATION_RUBRIC, metrics);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("R-ASM-3 facts outside the half-year never change its metrics", () => {
    const outside = fc.integer({ min: 1, max: 400 }).chain((n) => fc.constantFrom(addDays("2026-01-01", -n), addDays("2026-06-30", n)));
    fc.assert(
      fc.property(facts, outside, fc.constantFrom(...RATING_LEVELS), (f, d, level) => {
        const more: StationPeriodFacts = {
          ...f,
          completions: [...f.completions, { receiptNo: "X", completedOn: d, promisedDate: d }],
          ratings: [...f.ratings, { level, ratedOn: d }],
          complaints: [...f.complaints, { receivedOn: d }],
          inspections: [...f.inspections, { inspectedOn: d, problemCount: 3 }],
          accepted: [...f.accepted, { acceptedOn: d, receiptNo: null, lookupCode: null }],
        };
        expect(stationMetrics(cal, H1, more).metrics).toEqual(stationMetrics(cal, H1, f).metrics);
      }),
    );
  });
});
