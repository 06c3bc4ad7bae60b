import { describe, expect, it } from "vitest";
import { DEFAULT_AGENT_RUBRIC, DEFAULT_STATION_RUBRIC, applyRubric } from "./rubric";
import type { RubricInput } from "./rubric";
import { computeAssessment, confirmAssessment, correctAssessment, recomputeAssessment } from "./record";

const agentMetrics = {
  attendedDays: 38,
  dutyDays: 40,
  mattersHandled: 24,
  onTimeCompleted: 18,
  completed: 20,
  goodRatings: 15,
  ratings: 16,
  complaints: 1,
  inspectionFindings: 0,
  selfReviewScore: 90,
  teamScore: 85,
};

describe("rubric scoring (R-ASM-1, R-ASM-2)", () => {
  it("R-ASM-1 an agent's bimonthly score is computed from the records with an explanation of every point", () => {
    const r = applyRubric(DEFAULT_AGENT_RUBRIC, agentMetrics);
    expect(r.lines.map((l) => [l.key, l.points])).toEqual([
      ["attendance", 14.25],
      ["quantity", 12],
      ["efficiency", 18],
      ["quality", 18.75],
      ["complaints", 5],
      ["inspections", 5],
      ["selfReview", 4.5],
      ["team", 8.5],
    ]);
    expect(r.total).toBe(86);
    expect(r.max).toBe(100);
    expect(r.poor).toBe(false);
    expect(r.lines[0]?.explanation).toBe("出勤与遵章守纪：出勤天数38 ÷ 应出勤天数40 = 95%，得14.25分（满分15分）");
    expect(r.lines[1]?.explanation).toBe("工作数量：办理件数为24，按0得0分、30得满分线性计分，得12分（满分15分）");
    expect(r.lines[4]?.explanation).toBe("群众投诉：有效投诉1次，每次扣5分，共扣5分，得5分（满分10分）");
    expect(r.lines[7]?.explanation).toBe("考核小组评分：考核小组评分85（满分100）按比例折算，得8.5分（满分10分）");
    expect(r).toMatchObject({ rubricCode: "AGENT", rubricVersion: 1 });
  });

  it("R-ASM-1 points are clamped: penalties never go below zero, linear never above full", () => {
    const r = applyRubric(DEFAULT_AGENT_RUBRIC, { ...agentMetrics, complaints: 7, mattersHandled: 80, ratings: 0, goodRatings: 0 });
    expect(r.lines.find((l) => l.key === "complaints")?.points).toBe(0);
    expect(r.lines.find((l) => l.key === "quantity")?.points).toBe(15);
    expect(r.lines.find((l) => l.key === "quality")?.explanation).toBe("服务质量：评价总数为0，按满分计，得20分（满分20分）");
  });

  it("R-ASM-1 a decreasing linear formula (fewer is better) is supported", () => {
    const rubric: RubricInput = { code: "T", version: 1, name: "测试", subject: "agent", criteria: [{ key: "late", name: "超期件", weight: 10, formula: { kind: "linear", metric: "overdue", zeroAt: 5, fullAt: 0 } }] };
    expect(applyRubric(rubric, { overdue: 0 }).total).toBe(10);
    expect(applyRubric(rubric, { overdue: 2 }).total).toBe(6);
    expect(applyRubric(rubric, { overdue: 9 }).total).toBe(0);
  });

  it("R-ASM-1 a missing metric is an error naming it; invalid rubrics are refused", () => {
    const { teamScore: _omit, ...rest } = agentMetrics;
    expect(() => applyRubric(DEFAULT_AGENT_RUBRIC, rest)).toThrow("缺少考核指标「考核小组评分」，无法计算");
    const dup: RubricInput = { ...DEFAULT_AGENT_RUBRIC, criteria: [...DEFAULT_AGENT_RUBRIC.criteria, DEFAULT_AGENT_RUBRIC.criteria[0]!] };
    expect(() => applyRubric(dup, agentMetrics)).toThrow(/考核项目编号重复：attendance/);
    expect(() => applyRubric({ ...DEFAULT_AGENT_RUBRIC, criteria: [] }, agentMetrics)).toThrow(/至少要有一个考核项目/);
  });

  it("R-ASM-2 a station's half-year score flags poor results below the pass mark", () => {
    const good = applyRubric(DEFAULT_STATION_RUBRIC, { onTimeCompleted: 95, completed: 100, goodRatings: 90, ratings: 100, complaints: 0, inspectionFindings: 1, checklistPassed: 10, checklistItems: 10, recordKeepingScore: 90 });
    expect(good.total).toBe(23.75 + 18 + 15 + 10 + 15 + 9);
    expect(good.poor).toBe(false);
    const poor = applyRubric(DEFAULT_STATION_RUBRIC, { onTimeCompleted: 30, completed: 60, goodRatings: 20, ratings: 40, complaints: 3, inspectionFindings: 2, checklistPassed: 5, checklistItems: 10, recordKeepingScore: 40 });
    expect(poor.total).toBe(12.5 + 10 + 0 + 5 + 7.5 + 4);
    expect(poor.poor).toBe(true);
  });
});

describe("assessment versions (R-ASM-3)", () => {
  const draft = () => computeAssessment({ id: "as-1", subjectId: "a-zhang", periodKey: "2025-B1", rubric: DEFAULT_AGENT_RUBRIC, metrics: agentMetrics });

  it("R-ASM-3 a draft can be recomputed", () => {
    const a = recomputeAssessment(draft(), DEFAULT_AGENT_RUBRIC, { ...agentMetrics, teamScore: 95 });
    expect(a.result.total).toBe(87);
    expect(a.status).toBe("draft");
  });

  it("R-ASM-3 recomputing a confirmed assessment is impossible", () => {
    const confirmed = confirmAssessment(draft(), { id: "u1", name: "考核组" }, "2025-03-05T10:00:00+08:00");
    expect(() => recomputeAssessment(confirmed, DEFAULT_AGENT_RUBRIC, agentMetrics)).toThrow("考核结果已确认归档，不能重新计算；如需更正，请创建更正版本");
    expect(() => confirmAssessment(confirmed, { id: "u1", name: "考核组" }, "2025-03-06T10:00:00+08:00")).toThrow(/不能重复确认/);
  });

  it("R-ASM-3 a correction is a new linked version and leaves the confirmed one untouched", () => {
    const confirmed = confirmAssessment(draft(), { id: "u1", name: "考核组" }, "2025-03-05T10:00:00+08:00");
    const frozen = JSON.stringify(confirmed);
    const fix = correctAssessment(confirmed, { id: "as-2", reason: "投诉经核实不成立", rubric: DEFAULT_AGENT_RUBRIC, metrics: { ...agentMetrics, complaints: 0 } });
    expect(fix).toMatchObject({ id: "as-2", version: 2, supersedesId: "as-1", status: "draft", correctionReason: "投诉经核实不成立", periodKey: "2025-B1" });
    expect(fix.result.total).toBe(91);
    expect(JSON.stringify(confirmed)).toBe(frozen);
    expect(() => correctAssessment(draft(), { id: "x", reason: "r", rubric: DEFAULT_AGENT_RUBRIC, metrics: agentMetrics })).toThrow(/可直接重新计算/);
  });
});
