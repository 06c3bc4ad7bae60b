import type { Instant } from "../dates";
import { DomainError } from "../errors";
import { applyRubric } from "./rubric";
import type { Metrics, RubricInput, RubricResult } from "./rubric";

/**
 * Assessment versions (R-ASM-1, R-ASM-3): a draft can be recomputed; a confirmed one is read-only, and a
 * correction is a new draft version linked to the one it corrects.
 */
export interface AssessmentVersion {
  id: string;
  /** The agent or station assessed. */
  subjectId: string;
  periodKey: string;
  version: number;
  /** The confirmed version this one corrects. */
  supersedesId: string | null;
  correctionReason: string | null;
  status: "draft" | "confirmed";
  metrics: Metrics;
  result: RubricResult;
  confirmedAt: Instant | null;
  confirmedBy: { id: string; name: string } | null;
}

/** First computation of an assessment: a draft, version 1. */
export function computeAssessment(input: {
  id: string;
  subjectId: string;
  periodKey: string;
  rubric: RubricInput;
  metrics: Metrics;
}): AssessmentVersion {
  return {
    id: input.id,
    subjectId: input.subjectId,
    periodKey: input.periodKey,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    status: "draft",
    metrics: { ...input.metrics },
    result: applyRubric(input.rubric, input.metrics),
    confirmedAt: null,
    confirmedBy: null,
  };
}

/** Recomputes a draft with new metrics or rubric; a confirmed assessment is refused. */
export function recomputeAssessment(a: AssessmentVersion, rubric: RubricInput, metrics: Metrics): AssessmentVersion {
  if (a.status === "confirmed") {
    throw new DomainError("ASSESSMENT_CONFIRMED", "考核结果已确认归档，不能重新计算；如需更正，请创建更正版本", { id: a.id });
  }
  return { ...a, metrics: { ...metrics }, result: applyRubric(rubric, metrics) };
}

/** Confirms a draft (read-only from then on). */
export function confirmAssessment(a: AssessmentVersion, by: { id: string; name: string }, at: Instant): AssessmentVersion {
  if (a.status === "confirmed") throw new DomainError("ASSESSMENT_CONFIRMED", "考核结果已经确认，不能重复确认", { id: a.id });
  return { ...a, status: "confirmed", confirmedAt: at, confirmedBy: by };
}

/** A correction of a confirmed assessment: a new draft version linked to it; the confirmed one is untouched. */
export function correctAssessment(
  a: AssessmentVersion,
  input: { id: string; reason: string; rubric: RubricInput; metrics: Metrics },
): AssessmentVersion {
  if (a.status !== "confirmed") {
    throw new DomainError("ASSESSMENT_NOT_CONFIRMED", "考核结果尚未确认，可直接重新计算，无需创建更正版本", { id: a.id });
  }
  if (!input.reason.trim()) throw new DomainError("INVALID_INPUT", "更正理由不能为空", {});
  return {
    id: input.id,
    subjectId: a.subjectId,
    periodKey: a.periodKey,
    version: a.version + 1,
    supersedesId: a.id,
    correctionReason: input.reason.trim(),
    status: "draft",
    metrics: { ...input.metrics },
    result: applyRubric(input.rubric, input.metrics),
    confirmedAt: null,
    confirmedBy: null,
  };
}
