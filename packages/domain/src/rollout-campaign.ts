import type { IsoDate } from "./dates";
import { DomainError } from "./errors";
import { rolloutProgress } from "./rollout";
import type { Progress, RolloutTownship } from "./rollout";
import { monthEndsThrough } from "./rollout-series";

/**
 * The district's rollout campaigns (建设进度, R-ORG-6): dated targets grouped by campaign, how a new target must
 * fit them, the span a campaign's chart covers, and the district's progress over time.
 */

export interface CampaignTarget {
  campaign: string;
  date: IsoDate;
  percent: number;
}

/**
 * Refuses a target that does not fit the district's targets: a share of 1..100 %, one target per date, and
 * within a campaign a later target never asks for less than an earlier one (nor an earlier for more).
 */
export function assertTargetFits(existing: readonly CampaignTarget[], t: CampaignTarget): void {
  if (!Number.isInteger(t.percent) || t.percent < 1 || t.percent > 100) {
    throw new DomainError("ROLLOUT_INVALID", "目标比例须为1至100之间的整数", { field: "percent" });
  }
  if (existing.some((e) => e.date === t.date)) {
    throw new DomainError("ROLLOUT_INVALID", `目标日期${t.date}已有建设目标，每个日期只能有一个目标`, { field: "date" });
  }
  const same = existing.filter((e) => e.campaign === t.campaign);
  const lowerLater = same.find((e) => e.date > t.date && e.percent < t.percent);
  if (lowerLater) {
    throw new DomainError("ROLLOUT_INVALID", `目标比例不能高于同一建设活动${lowerLater.date}的目标（${lowerLater.percent}%）`, { field: "percent" });
  }
  const higherEarlier = same.find((e) => e.date < t.date && e.percent > t.percent);
  if (higherEarlier) {
    throw new DomainError("ROLLOUT_INVALID", `目标比例不能低于同一建设活动${higherEarlier.date}的目标（${higherEarlier.percent}%）`, { field: "percent" });
  }
}

/** Campaign names in the order of their first target. */
export function campaignsOf(targets: readonly CampaignTarget[]): string[] {
  const sorted = [...targets].sort((a, b) => a.date.localeCompare(b.date));
  return [...new Set(sorted.map((t) => t.campaign))];
}

/**
 * The span a campaign's chart covers: from 1 January of its first target's year to its last target. Null for a
 * campaign without targets.
 */
export function campaignSpan(targets: readonly CampaignTarget[], campaign: string): { from: IsoDate; to: IsoDate } | null {
  const dates = targets.filter((t) => t.campaign === campaign).map((t) => t.date).sort();
  if (dates.length === 0) return null;
  return { from: `${dates[0]!.slice(0, 4)}-01-01`, to: dates.at(-1)! };
}

export interface DistrictRolloutPoint {
  date: IsoDate;
  district: Progress;
  townships: (Progress & { id: string })[];
}

/**
 * The district's and every township's progress at each month end from `from` up to `to`, and on `to` itself.
 * Without `from` the series starts at the first operating date in the district (or is just `to`).
 */
export function districtRolloutSeries(townships: readonly RolloutTownship[], to: IsoDate, from?: IsoDate): DistrictRolloutPoint[] {
  const first = townships
    .flatMap((t) => t.villages.map((v) => v.operatingSince))
    .filter((d): d is IsoDate => d !== null)
    .sort()[0];
  return monthEndsThrough(from ?? first ?? to, to).map((date) => {
    const r = rolloutProgress({ targets: [], townships, on: date });
    const { total, operating, percent } = r.district;
    return { date, district: { total, operating, percent }, townships: r.townships.map((t) => ({ id: t.id, total: t.total, operating: t.operating, percent: t.percent })) };
  });
}
