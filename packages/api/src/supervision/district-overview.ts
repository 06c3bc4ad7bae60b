import { averageHandlingWorkdays, countLights, LEVELS, periodContaining, ratingDistribution, RATING_LEVELS, shanghaiDate } from "@bianmin/domain";
import type { HandlingLevel, RatingLevel } from "@bianmin/domain";
import { districtOverviewQueries, orgQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { notFound } from "../errors";
import { loadCalendar } from "../matters/calendar";
import { withLights } from "../matters/views";
import type { SupervisionRange } from "./overview";

/** The district's look across its townships (R-SUP-1): open matters by light, items, handling time, ratings, complaints. */

/** By default the current half-year up to today (completions, ratings, complaints and registrations are counted in it). */
export function districtRange(now: Date, input?: Partial<SupervisionRange>): SupervisionRange {
  const today = shanghaiDate(now.toISOString());
  return { from: input?.from ?? periodContaining("halfYear", today).start, to: input?.to ?? today };
}

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

/** Rating levels, one per rating, from counts per level (unknown levels are ignored). */
function levelsOf(rows: readonly { level: string; count: number }[]): RatingLevel[] {
  return rows.filter((r) => (RATING_LEVELS as readonly string[]).includes(r.level)).flatMap((r) => Array<RatingLevel>(r.count).fill(r.level as RatingLevel));
}

export async function districtOverview(db: Db, districtId: string, now: Date, range: SupervisionRange) {
  const today = shanghaiDate(now.toISOString());
  const [district, townships, open, items, completions, ratings, complaints, calendar] = await Promise.all([
    orgQueries.districtOf(db, districtId),
    orgQueries.townshipsOfDistrict(db, districtId),
    districtOverviewQueries.openMattersOfDistrict(db, districtId).then((rows) => withLights(db, rows, now)),
    districtOverviewQueries.mattersByItem(db, districtId, range.from, range.to),
    districtOverviewQueries.completionsOfDistrict(db, districtId, range.from, range.to),
    districtOverviewQueries.ratingsByTownship(db, districtId, range.from, range.to),
    districtOverviewQueries.complaintsByTownship(db, districtId, range.from, range.to),
    loadCalendar(db),
  ]);
  if (!district) throw notFound("区");

  const openBy = groupBy(open, (r) => r.townshipId);
  const doneBy = groupBy(completions, (r) => r.townshipId);
  const ratingsBy = groupBy(ratings, (r) => r.townshipId);
  const complaintsBy = new Map(complaints.map((c) => [c.townshipId, c]));

  const rows = townships.map((t) => {
    const c = complaintsBy.get(t.id);
    return {
      ...t,
      lights: countLights(openBy.get(t.id) ?? []),
      handling: averageHandlingWorkdays(calendar, doneBy.get(t.id) ?? []),
      ratings: ratingDistribution(levelsOf(ratingsBy.get(t.id) ?? [])),
      complaints: { received: c?.received ?? 0, open: c?.open ?? 0, escalated: c?.escalated ?? 0 },
    };
  });

  const sortedItems = [...items].sort((a, b) => b.registered - a.registered || a.itemCode.localeCompare(b.itemCode));
  const levels = LEVELS.map((level: HandlingLevel) => {
    const mine = items.filter((i) => i.level === level);
    return { level, items: mine.length, registered: mine.reduce((s, i) => s + i.registered, 0), completed: mine.reduce((s, i) => s + i.completed, 0) };
  });

  return {
    district: { name: district.name, code: district.code },
    today,
    range,
    townships: rows,
    items: sortedItems,
    levels,
    totals: {
      lights: countLights(open),
      handling: averageHandlingWorkdays(calendar, completions),
      ratings: ratingDistribution(levelsOf(ratings)),
      complaints: {
        received: rows.reduce((s, r) => s + r.complaints.received, 0),
        open: rows.reduce((s, r) => s + r.complaints.open, 0),
        escalated: rows.reduce((s, r) => s + r.complaints.escalated, 0),
      },
      registered: items.reduce((s, i) => s + i.registered, 0),
    },
  };
}
