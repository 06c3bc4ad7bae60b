import type { Outputs } from "../types";

export type AssessmentList = Outputs["assessment"]["list"];
export type AssessmentRowView = AssessmentList["rows"][number];
export type AssessmentDetailData = Outputs["assessment"]["get"];
export type MyAssessment = Outputs["assessment"]["mine"][number];
export type HalfYearList = Outputs["assessment"]["halfYearList"];
export type HalfYearRowView = HalfYearList["rows"][number];
export type TownshipAssessmentSummary = HalfYearList["byTownship"][number];
export type AssessmentArchive = Outputs["assessment"]["archive"];
