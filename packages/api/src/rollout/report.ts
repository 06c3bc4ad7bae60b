import { orgQueries, rolloutQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { campaignSpan, campaignsOf, districtRolloutSeries, rolloutProgress, rolloutSeries, stationsShort } from "@bianmin/domain";
import type { IsoDate, Progress, RolloutTarget, RolloutTownship } from "@bianmin/domain";
import { notFound } from "../errors";
import { orDomainError } from "../matters/errors";

/** 建设进度 (R-ORG-6) as the township centre and the district read it, assembled from the targets and the stations' operating dates. */

type Target = Awaited<ReturnType<typeof rolloutQueries.targetsOfDistrict>>[number];

/** A target with its campaign and how many villages are still short of it. */
function withShort(targets: readonly Target[], progress: Progress, t: RolloutTarget | null) {
  return t ? { ...t, campaign: targets.find((x) => x.date === t.date)?.campaign ?? "", short: stationsShort(progress, t) } : null;
}

/** Every target; those already due with the share reached on that date (of the first township, or the district). */
function targetsThen(targets: readonly Target[], townships: readonly RolloutTownship[], today: IsoDate, ofDistrict: boolean) {
  return targets.map((t) => {
    if (t.date > today) return { ...t, percentThen: null, reached: null };
    const r = rolloutProgress({ targets: [t], townships, on: t.date });
    const then = ofDistrict ? r.district : r.townships[0]!;
    return { ...t, percentThen: then.percent, reached: !then.behind };
  });
}

/** The township centre's own progress on `on`, its villages and its series up to today. */
export async function townshipRollout(db: Db, unit: { districtId: string; townshipId: string }, today: IsoDate, on: IsoDate) {
  const [center, villages, targets] = await Promise.all([
    orgQueries.townshipCenterOf(db, unit.townshipId),
    orgQueries.villagesOfTownship(db, unit.townshipId),
    rolloutQueries.targetsOfDistrict(db, unit.districtId),
  ]);
  if (!center) throw notFound("乡镇（街道）");
  const township = {
    id: unit.townshipId,
    name: center.townshipName,
    villages: villages.map((v) => ({ id: v.villageId, name: v.name, operatingSince: v.status === "operating" ? v.operatingSince : null })),
  };
  const report = orDomainError(() => rolloutProgress({ targets, townships: [township], on }));
  const progress = report.townships[0]!;
  return {
    on,
    today,
    townshipName: center.townshipName,
    progress,
    targetInForce: withShort(targets, progress, report.targetInForce),
    nextTarget: withShort(targets, progress, report.nextTarget),
    targets: targetsThen(targets, [township], today, false),
    villages: villages.map((v) => ({
      villageId: v.villageId,
      code: v.code,
      name: v.name,
      stationId: v.stationId,
      status: v.status,
      operatingSince: v.operatingSince,
      operatingOn: v.status === "operating" && v.operatingSince !== null && v.operatingSince <= on,
    })),
    series: rolloutSeries(township, today),
  };
}

/** The district's townships with their villages' operating dates (a station not operating counts as not operating). */
async function districtTownships(db: Db, districtId: string): Promise<RolloutTownship[]> {
  const rows = await rolloutQueries.villagesOfDistrict(db, districtId);
  const byId = new Map<string, { id: string; name: string; villages: RolloutTownship["villages"][number][] }>();
  for (const r of rows) {
    const t = byId.get(r.townshipId) ?? { id: r.townshipId, name: r.townshipName, villages: [] };
    t.villages.push({ id: r.villageId, name: r.villageName, operatingSince: r.status === "operating" ? r.operatingSince : null });
    byId.set(r.townshipId, t);
  }
  return [...byId.values()];
}

/** The district's and every township's progress on `on`, with the targets in force and next and who is behind. */
export async function districtRollout(db: Db, districtId: string, today: IsoDate, on: IsoDate) {
  const [townships, targets] = await Promise.all([districtTownships(db, districtId), rolloutQueries.targetsOfDistrict(db, districtId)]);
  const report = orDomainError(() => rolloutProgress({ targets, townships, on }));
  return {
    on,
    today,
    district: { ...report.district, short: stationsShort(report.district, report.targetInForce) },
    townships: report.townships.map((t) => ({ ...t, short: stationsShort(t, report.targetInForce) })),
    targetInForce: withShort(targets, report.district, report.targetInForce),
    nextTarget: withShort(targets, report.district, report.nextTarget),
    targets: targetsThen(targets, townships, today, true),
  };
}

/**
 * The district's and every township's progress over time: within one campaign's span (its year up to its last
 * target, cut at today), or over the whole history (from the first operating station to today) when `campaign`
 * is null. Without `campaign`, the campaign whose span holds `on`, else the whole history.
 */
export async function districtRolloutSeriesOf(db: Db, districtId: string, today: IsoDate, choice: { campaign?: string | null; on?: IsoDate }) {
  const [townships, targets] = await Promise.all([districtTownships(db, districtId), rolloutQueries.targetsOfDistrict(db, districtId)]);
  const campaigns = campaignsOf(targets);
  const on = choice.on ?? today;
  const campaign =
    choice.campaign === undefined
      ? (campaigns.find((c) => {
          const s = campaignSpan(targets, c)!;
          return s.from <= on && on <= s.to;
        }) ?? null)
      : choice.campaign;
  const span = campaign === null ? null : campaignSpan(targets, campaign);
  if (campaign !== null && !span) throw notFound("建设活动");
  const to = span && span.to < today ? span.to : today;
  const points = span && span.from > today ? [] : districtRolloutSeries(townships, to, span?.from);
  return {
    campaigns,
    campaign,
    span,
    townships: townships.map((t) => ({ id: t.id, name: t.name })),
    points,
    targets: campaign === null ? targets : targets.filter((t) => t.campaign === campaign),
  };
}
