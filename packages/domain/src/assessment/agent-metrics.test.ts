import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar";
import { addDays } from "../dates";
import { workdaysIn } from "../deadline";
import { INSPECTION_CHECK_KEYS } from "../inspection";
import type { InspectionFinding } from "../inspection";
import { RATING_LEVELS } from "../matter/vocabulary";
import { CALENDAR_ROWS_2024_2026 } from "../test-fixtures/calendar-2024-2026";
import { AGENT_METRIC_KEYS, agentMetrics, teamScoreLine } from "./agent-metrics";
import type { AgentPeriodFacts } from "./agent-metrics";
import { parsePeriodKey } from "./periods";
import { DEFAULT_AGENT_RUBRIC, applyRubric } from "./rubric";

const cal = createCalendar(CALENDAR_ROWS_2024_2026);
/** September–October 2026: 22 + 18 working days (中秋 25 Sep and 国庆 1–7 Oct off; 20 Sep and 10 Oct make-up days). */
const B5 = parsePeriodKey("2026-B5");
const ME = "agent-1";

const empty: AgentPeriodFacts = {
  agentUserId: ME,
  servingSince: "2025-06-01",
  attendanceDays: [],
  completions: [],
  ratings: [],
  stationComplaints: [],
  inspections: [],
  selfReview: null,
  teamScore: null,
};

const failed = (check: InspectionFinding["check"], agentId: string | null): InspectionFinding => ({ check, passed: false, note: "未挂牌", agentId });
const passed = (check: InspectionFinding["check"]): InspectionFinding => ({ check, passed: true, note: null, agentId: null });

describe("agent metrics of a bimonthly period (R-ASM-1, R-ASM-3)", () => {
  it("R-ASM-1 R-ASM-3 every metric is counted from the facts of the period only, each with an explanation", () => {
    const r = agentMetrics(cal, B5, {
      ...empty,
      // 1 Sep (Tue) twice, 20 Sep (Sunday make-up day), 26 Sep (Saturday off: not counted), 10 Oct (make-up Saturday); 31 Aug is outside
      attendanceDays: ["2026-09-01", "2026-09-01", "2026-09-20", "2026-09-26", "2026-10-10", "2026-08-31"],
      completions: [
        { receiptNo: "A1", completedOn: "2026-09-10", promisedDate: "2026-09-10" },
        { receiptNo: "A2", completedOn: "2026-09-30", promisedDate: "2026-09-28" },
        { receiptNo: "A3", completedOn: "2026-10-12", promisedDate: null },
        { receiptNo: "A0", completedOn: "2026-08-31", promisedDate: "2026-09-30" },
      ],
      ratings: [
        { level: "verySatisfied", ratedOn: "2026-09-11" },
        { level: "basicallySatisfied", ratedOn: "2026-10-31" },
        { level: "dissatisfied", ratedOn: "2026-10-13" },
        { level: "dissatisfied", ratedOn: "2026-11-01" },
      ],
      stationComplaints: [{ receivedOn: "2026-09-15" }, { receivedOn: "2026-11-02" }],
      inspections: [
        { inspectedOn: "2026-10-20", findings: [failed("badges", ME), failed("records", null), failed("attitude", "agent-2"), passed("onDuty")] },
        { inspectedOn: "2026-08-20", findings: [failed("badges", ME)] },
      ],
      selfReview: { submittedAt: "2026-11-05T09:00:00+08:00" },
      teamScore: 88,
    });
    expect(r.metrics).toEqual({
      attendedDays: 3,
      dutyDays: 40,
      mattersHandled: 3,
      onTimeCompleted: 1,
      completed: 2,
      goodRatings: 2,
      ratings: 3,
      complaints: 1,
      inspectionFindings: 2,
      selfReviewScore: 100,
      teamScore: 88,
    });
    expect(r.lines.map((l) => l.key)).toEqual([...AGENT_METRIC_KEYS]);
    const why = Object.fromEntries(r.lines.map((l) => [l.key, l.explanation]));
    expect(why.attendedDays).toBe("出勤天数：应出勤的工作日中有3天签到上岗（同一天多次签到计1天）；另有1天在休息日或在岗前签到，不计入");
    expect(why.dutyDays).toBe("应出勤天数：2026年9月1日至2026年10月31日按工作日历共40个工作日");
    // 28 Sep (Mon) → 30 Sep (Wed): two working days late
    expect(why.onTimeCompleted).toBe("按期办结件数：办结日期不晚于承诺办结日期（已按暂停计时顺延）的1件；超期办结1件：A2承诺2026年9月28日、2026年9月30日办结，超期2个工作日");
    expect(why.completed).toBe("办结件数：有承诺办结日期的办结事项2件（另有1件无承诺期限，不计入）");
    expect(why.ratings).toBe("评价总数：2026年9月1日至2026年10月31日本人归口事项收到评价3次（非常满意1次、基本满意1次、不满意1次）");
    expect(why.inspectionFindings).toContain("接受明察暗访1次，未通过且指名本人或未指名具体人员的检查项共2项");
    expect(why.selfReviewScore).toContain("已于2026年11月5日按时提交自我评议，计100分");
    expect(why.teamScore).toBe("考核小组评分：考核小组评定88分（满分100分）");
  });

  it("R-ASM-1 an agent who started during the period is due only the working days from the start", () => {
    const r = agentMetrics(cal, B5, { ...empty, servingSince: "2026-10-08", attendanceDays: ["2026-10-08", "2026-10-09"] });
    // 8, 9, 10 (make-up), 12–16, 19–23, 26–30 October
    expect(r.metrics.dutyDays).toBe(18);
    expect(r.metrics.attendedDays).toBe(2);
    expect(r.lines[1]?.explanation).toBe("应出勤天数：2026年10月8日至2026年10月31日按工作日历共18个工作日（2026年10月8日起在岗）");
    const later = agentMetrics(cal, B5, { ...empty, servingSince: "2026-11-02" });
    expect(later.metrics.dutyDays).toBe(0);
    expect(later.lines[1]?.explanation).toBe("应出勤天数：考核期内尚未在岗，计0天");
  });

  it("R-ASM-1 a missing self-review and a missing team score count 0, and say so", () => {
    const r = agentMetrics(cal, B5, empty);
    expect(r.metrics.selfReviewScore).toBe(0);
    expect(r.metrics.teamScore).toBe(0);
    expect(r.lines.find((l) => l.key === "selfReviewScore")?.explanation).toBe("自我评议得分：未提交本期自我评议，计0分");
    expect(r.lines.find((l) => l.key === "teamScore")?.explanation).toContain("尚未评分，暂按0分计");
  });

  it("R-ASM-1 bad facts are refused in Chinese: malformed dates, team scores outside 0–100, a period without calendar", () => {
    expect(() => agentMetrics(cal, B5, { ...empty, attendanceDays: ["2026-09-31"] })).toThrow("签到日期格式不正确");
    expect(() => agentMetrics(cal, B5, { ...empty, completions: [{ receiptNo: null, completedOn: "2026-9-1", promisedDate: null }] })).toThrow("办结日期格式不正确");
    expect(() => agentMetrics(cal, B5, { ...empty, teamScore: 101 })).toThrow("考核小组评分应在0到100之间");
    expect(() => teamScoreLine(-1)).toThrow("考核小组评分应在0到100之间");
    expect(() => agentMetrics(cal, parsePeriodKey("2027-B1"), empty)).toThrow("缺少2027年的工作日历数据");
  });

  it("R-ASM-1 the metrics feed the default rubric: every key the rubric needs is there", () => {
    expect(Object.keys(DEFAULT_AGENT_RUBRIC.metricLabels ?? {}).sort()).toEqual([...AGENT_METRIC_KEYS].sort());
    const { metrics } = agentMetrics(cal, B5, { ...empty, teamScore: 90 });
    const result = applyRubric(DEFAULT_AGENT_RUBRIC, metrics);
    // no records: 0 of 40 duty days attended; nothing completed or rated is judged as full marks (whenNone: full)
    expect(result.lines.map((l) => [l.key, l.points])).toEqual([
      ["attendance", 0],
      ["quantity", 0],
      ["efficiency", 20],
      ["quality", 20],
      ["complaints", 10],
      ["inspections", 5],
      ["selfReview", 0],
      ["team", 9],
    ]);
  });
});

// ---- properties ------------------------------------------------------------------------------------------------

/** A day from July to December 2026: inside B5 (Sep–Oct) and around it. */
const day = fc.integer({ min: 0, max: 183 }).map((n) => addDays("2026-07-01", n));
const finding = fc.record({
  check: fc.constantFrom(...INSPECTION_CHECK_KEYS),
  passed: fc.boolean(),
  note: fc.constant(null),
  agentId: fc.constantFrom(null, ME, "agent-2"),
});
const facts: fc.Arbitrary<AgentPeriodFacts> = fc.record({
  agentUserId: fc.constant(ME),
  servingSince: fc.integer({ min: 0, max: 500 }).map((n) => addDays("2025-09-01", n)),
  attendanceDays: fc.array(day, { maxLength: 80 }),
  completions: fc.array(
    fc.record({ receiptNo: fc.constant("R"), completedOn: day, promisedDate: fc.option(day, { nil: null }) }),
    { maxLength: 40 },
  ),
  ratings: fc.array(fc.record({ level: fc.constantFrom(...RATING_LEVELS), ratedOn: day }), { maxLength: 40 }),
  stationComplaints: fc.array(fc.record({ receivedOn: day }), { maxLength: 6 }),
  inspections: fc.array(fc.record({ inspectedOn: day, findings: fc.array(finding, { maxLength: 5 }) }), { maxLength: 3 }),
  selfReview: fc.option(fc.constant({ submittedAt: "2026-11-03T10:00:00+08:00" }), { nil: null }),
  teamScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});

describe("agent metric properties (R-ASM-1, R-ASM-3)", () => {
  it("R-ASM-1 parts never exceed their wholes, and the default rubric always scores them within 0–100", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { metrics: m, lines } = agentMetrics(cal, B5, f);
        expect(m.attendedDays).toBeLessThanOrEqual(m.dutyDays);
        expect(m.dutyDays).toBeLessThanOrEqual(workdaysIn(cal, B5.start, B5.end));
        expect(m.onTimeCompleted).toBeLessThanOrEqual(m.completed);
        expect(m.completed).toBeLessThanOrEqual(m.mattersHandled);
        expect(m.goodRatings).toBeLessThanOrEqual(m.ratings);
        expect(lines.every((l) => l.explanation.length > 0 && m[l.key] === l.value)).toBe(true);
        const r = applyRubric(DEFAULT_AGENT_RUBRIC, m);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  });

  it("R-ASM-3 facts dated outside the period change nothing (periods are real calendar periods)", () => {
    fc.assert(
      fc.property(facts, facts, (f, noise) => {
        const outside = (d: string) => d < B5.start || d > B5.end;
        const mixed: AgentPeriodFacts = {
          ...f,
          attendanceDays: [...f.attendanceDays, ...noise.attendanceDays.filter(outside)],
          completions: [...f.completions, ...noise.completions.filter((c) => outside(c.completedOn))],
          ratings: [...f.ratings, ...noise.ratings.filter((r) => outside(r.ratedOn))],
          stationComplaints: [...f.stationComplaints, ...noise.stationComplaints.filter((c) => outside(c.receivedOn))],
          inspections: [...f.inspections, ...noise.inspections.filter((i) => outside(i.inspectedOn))],
        };
        expect(agentMetrics(cal, B5, mixed).metrics).toEqual(agentMetrics(cal, B5, f).metrics);
      }),
      { numRuns: 150 },
    );
  });

  it("R-ASM-1 a completion is on time exactly when it is not after its promised date; duty days run from the start of service", () => {
    fc.assert(
      fc.property(day, day, (completedOn, promisedDate) => {
        fc.pre(completedOn >= B5.start && completedOn <= B5.end);
        const m = agentMetrics(cal, B5, { ...empty, completions: [{ receiptNo: "R", completedOn, promisedDate }] }).metrics;
        expect(m.onTimeCompleted).toBe(completedOn <= promisedDate ? 1 : 0);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const since = addDays(B5.start, n);
        const m = agentMetrics(cal, B5, { ...empty, servingSince: since }).metrics;
        expect(m.dutyDays).toBe(since <= B5.end ? workdaysIn(cal, since, B5.end) : 0);
      }),
    );
  });
});
