import { z } from "zod";
import { DomainError } from "../errors";

/**
 * Versioned scoring rubrics (考核细则, R-ASM-1, R-ASM-2). Formulas are data, never code: each criterion turns
 * metrics into points with one of a few formula kinds, and explains its points in one Chinese line.
 */

const metricKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: "指标编号只能由字母和数字组成" });
const finite = z.number().refine(Number.isFinite, { error: "必须是有限数值" });

export const formulaSchema = z.discriminatedUnion("kind", [
  /** Linear between two bounds: `zeroAt` gives 0 points, `fullAt` full points, clamped; may be decreasing. */
  z.object({ kind: z.literal("linear"), metric: metricKey, zeroAt: finite, fullAt: finite }),
  /** numerator / denominator of full points, clamped to [0, 1]; `whenNone` when the denominator is 0. */
  z.object({ kind: z.literal("ratio"), numerator: metricKey, denominator: metricKey, whenNone: z.enum(["full", "zero"]) }),
  /** Full points minus `pointsPerCount` for each count, never below 0. */
  z.object({ kind: z.literal("penaltyPerCount"), metric: metricKey, pointsPerCount: z.number().positive() }),
  /** A score out of `max` (e.g. a team score out of 100) scaled to the weight. */
  z.object({ kind: z.literal("scaled"), metric: metricKey, max: z.number().positive() }),
]);
export type Formula = z.infer<typeof formulaSchema>;

export const criterionSchema = z.object({
  key: metricKey,
  name: z.string().trim().min(1, { error: "考核项目名称不能为空" }).max(50),
  /** Full points of the criterion. */
  weight: z.number().positive({ error: "分值必须大于0" }),
  formula: formulaSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const rubricSchema = z
  .object({
    code: z.string().trim().min(1, { error: "考核细则编号不能为空" }).max(32),
    version: z.number().int().min(1),
    name: z.string().trim().min(1, { error: "考核细则名称不能为空" }).max(100),
    subject: z.enum(["agent", "station"]),
    /** Chinese names of the metrics, used in explanations. */
    metricLabels: z.record(z.string(), z.string()).default({}),
    /** Scores below this are flagged as poor results (R-ASM-2). */
    passMark: z.number().min(0).optional(),
    criteria: z.array(criterionSchema).min(1, { error: "考核细则至少要有一个考核项目" }),
  })
  .superRefine((r, ctx) => {
    const keys = new Set<string>();
    for (const c of r.criteria) {
      if (keys.has(c.key)) ctx.addIssue({ code: "custom", path: ["criteria"], message: `考核项目编号重复：${c.key}` });
      keys.add(c.key);
      if (c.formula.kind === "linear" && c.formula.zeroAt === c.formula.fullAt) {
        ctx.addIssue({ code: "custom", path: ["criteria"], message: `考核项目「${c.name}」的零分值与满分值不能相同` });
      }
    }
  });
export type Rubric = z.infer<typeof rubricSchema>;
export type RubricInput = z.input<typeof rubricSchema>;

/** Metric values by key (counts, rates, scores). */
export type Metrics = Readonly<Record<string, number>>;

export interface CriterionScore {
  key: string;
  name: string;
  weight: number;
  points: number;
  /** One Chinese line explaining the points. */
  explanation: string;
}

export interface RubricResult {
  rubricCode: string;
  rubricVersion: number;
  total: number;
  max: number;
  lines: CriterionScore[];
  /** True when the rubric has a pass mark and the total is below it. */
  poor: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => String(round2(n));
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** Validates a rubric (throws RUBRIC_INVALID with the first problem). */
export function parseRubric(input: unknown): Rubric {
  const r = rubricSchema.safeParse(input);
  if (!r.success) {
    throw new DomainError("RUBRIC_INVALID", r.error.issues.map((i) => i.message).join("；"), {});
  }
  return r.data;
}

/** Applies a rubric to metrics: points per criterion with an explanation each, and the total. */
export function applyRubric(rubricInput: RubricInput, metrics: Metrics): RubricResult {
  const rubric = parseRubric(rubricInput);
  const label = (k: string) => rubric.metricLabels[k] ?? k;
  const value = (k: string): number => {
    const v = metrics[k];
    if (v === undefined) {
      throw new DomainError("RUBRIC_METRIC_MISSING", `缺少考核指标「${label(k)}」，无法计算`, { metric: k });
    }
    if (!Number.isFinite(v) || v < 0) {
      throw new DomainError("INVALID_INPUT", `考核指标「${label(k)}」的值不正确：${v}`, { metric: k, value: v });
    }
    return v;
  };
  const lines = rubric.criteria.map((c): CriterionScore => {
    const w = c.weight;
    const f = c.formula;
    let points: number;
    let how: string;
    switch (f.kind) {
      case "linear": {
        const v = value(f.metric);
        points = w * clamp01((v - f.zeroAt) / (f.fullAt - f.zeroAt));
        how = `${label(f.metric)}为${fmt(v)}，按${fmt(f.zeroAt)}得0分、${fmt(f.fullAt)}得满分线性计分`;
        break;
      }
      case "ratio": {
        const n = value(f.numerator);
        const d = value(f.denominator);
        if (d === 0) {
          points = f.whenNone === "full" ? w : 0;
          how = `${label(f.denominator)}为0，按${f.whenNone === "full" ? "满分" : "0分"}计`;
        } else {
          points = w * clamp01(n / d);
          how = `${label(f.numerator)}${fmt(n)} ÷ ${label(f.denominator)}${fmt(d)} = ${fmt((n / d) * 100)}%`;
        }
        break;
      }
      case "penaltyPerCount": {
        const count = value(f.metric);
        const deduction = Math.min(w, count * f.pointsPerCount);
        points = w - deduction;
        how = `${label(f.metric)}${fmt(count)}次，每次扣${fmt(f.pointsPerCount)}分，共扣${fmt(deduction)}分`;
        break;
      }
      case "scaled": {
        const v = value(f.metric);
        points = w * clamp01(v / f.max);
        how = `${label(f.metric)}${fmt(v)}（满分${fmt(f.max)}）按比例折算`;
        break;
      }
    }
    const p = round2(points);
    return { key: c.key, name: c.name, weight: w, points: p, explanation: `${c.name}：${how}，得${fmt(p)}分（满分${fmt(w)}分）` };
  });
  const total = round2(lines.reduce((s, l) => s + l.points, 0));
  return {
    rubricCode: rubric.code,
    rubricVersion: rubric.version,
    total,
    max: round2(rubric.criteria.reduce((s, c) => s + c.weight, 0)),
    lines,
    poor: rubric.passMark !== undefined && total < rubric.passMark,
  };
}

/** Default bimonthly agent rubric, version 1 (R-ASM-1). Data for the seed; the district may publish new versions. */
export const DEFAULT_AGENT_RUBRIC: RubricInput = {
  code: "AGENT",
  version: 1,
  name: "代办员双月考核细则",
  subject: "agent",
  passMark: 60,
  metricLabels: {
    attendedDays: "出勤天数",
    dutyDays: "应出勤天数",
    mattersHandled: "办理件数",
    onTimeCompleted: "按期办结件数",
    completed: "办结件数",
    goodRatings: "满意评价数",
    ratings: "评价总数",
    complaints: "有效投诉",
    inspectionFindings: "明察暗访发现问题",
    selfReviewScore: "自我评议得分（按时提交计100分）",
    teamScore: "考核小组评分",
  },
  criteria: [
    { key: "attendance", name: "出勤与遵章守纪", weight: 15, formula: { kind: "ratio", numerator: "attendedDays", denominator: "dutyDays", whenNone: "full" } },
    { key: "quantity", name: "工作数量", weight: 15, formula: { kind: "linear", metric: "mattersHandled", zeroAt: 0, fullAt: 30 } },
    { key: "efficiency", name: "办理效率", weight: 20, formula: { kind: "ratio", numerator: "onTimeCompleted", denominator: "completed", whenNone: "full" } },
    { key: "quality", name: "服务质量", weight: 20, formula: { kind: "ratio", numerator: "goodRatings", denominator: "ratings", whenNone: "full" } },
    { key: "complaints", name: "群众投诉", weight: 10, formula: { kind: "penaltyPerCount", metric: "complaints", pointsPerCount: 5 } },
    { key: "inspections", name: "明察暗访", weight: 5, formula: { kind: "penaltyPerCount", metric: "inspectionFindings", pointsPerCount: 2.5 } },
    { key: "selfReview", name: "自我评议", weight: 5, formula: { kind: "scaled", metric: "selfReviewScore", max: 100 } },
    { key: "team", name: "考核小组评分", weight: 10, formula: { kind: "scaled", metric: "teamScore", max: 100 } },
  ],
};

/** Default half-year station rubric, version 1 (R-ASM-2). */
export const DEFAULT_STATION_RUBRIC: RubricInput = {
  code: "STATION",
  version: 1,
  name: "代办站半年考核细则",
  subject: "station",
  passMark: 70,
  metricLabels: {
    onTimeCompleted: "按期办结件数",
    completed: "办结件数",
    goodRatings: "满意评价数",
    ratings: "评价总数",
    complaints: "有效投诉",
    inspectionFindings: "明察暗访发现问题",
    checklistPassed: "规范化建设达标项",
    checklistItems: "规范化建设检查项",
    recordKeepingScore: "服务记录得分",
  },
  criteria: [
    { key: "onTime", name: "按期办结率", weight: 25, formula: { kind: "ratio", numerator: "onTimeCompleted", denominator: "completed", whenNone: "full" } },
    { key: "satisfaction", name: "群众满意率", weight: 20, formula: { kind: "ratio", numerator: "goodRatings", denominator: "ratings", whenNone: "full" } },
    { key: "complaints", name: "群众投诉", weight: 15, formula: { kind: "penaltyPerCount", metric: "complaints", pointsPerCount: 5 } },
    { key: "inspections", name: "明察暗访", weight: 15, formula: { kind: "penaltyPerCount", metric: "inspectionFindings", pointsPerCount: 5 } },
    { key: "standardization", name: "规范化建设", weight: 15, formula: { kind: "ratio", numerator: "checklistPassed", denominator: "checklistItems", whenNone: "zero" } },
    { key: "records", name: "服务记录", weight: 10, formula: { kind: "scaled", metric: "recordKeepingScore", max: 100 } },
  ],
};
