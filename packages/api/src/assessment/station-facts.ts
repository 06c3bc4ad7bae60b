import { stationMetrics } from "@bianmin/domain";
import type { Calendar, ChecklistEntry, Period, RatingLevel, StationMetricsResult, StationPeriodFacts } from "@bianmin/domain";
import { assessmentQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { orDomainError } from "../matters/errors";
import { groupBy } from "./facts";

/** From the records of a district to the facts of each station (R-ASM-2): reads are per district, never per station. */

export type StationToAssess = assessmentQueries.StationToAssess;

/** The metrics of every station of the district in a half-year (or of one station). */
export async function metricsOfStations(db: Tx, calendar: Calendar, districtId: string, period: Period, stationId?: string): Promise<{ station: StationToAssess; computed: StationMetricsResult }[]> {
  const [list, rec] = await Promise.all([
    assessmentQueries.stationsToAssess(db, districtId, stationId),
    assessmentQueries.stationPeriodRecords(db, districtId, period, stationId),
  ]);
  const completions = groupBy(rec.completions, (r) => r.stationId);
  const ratings = groupBy(rec.ratings, (r) => r.stationId);
  const complaints = groupBy(rec.stationComplaints, (r) => r.stationId);
  const visits = groupBy(rec.visits, (r) => r.stationId);
  const accepted = groupBy(rec.accepted, (r) => r.stationId);
  const archived = new Map(rec.archives.map((r) => [r.stationId, r.closedOn]));
  return orDomainError(() =>
    list.map((station) => {
      const facts: StationPeriodFacts = {
        operatingSince: station.operatingSince,
        completions: completions.get(station.stationId) ?? [],
        ratings: (ratings.get(station.stationId) ?? []).map((r) => ({ level: r.level as RatingLevel, ratedOn: r.ratedOn })),
        complaints: complaints.get(station.stationId) ?? [],
        inspections: visits.get(station.stationId) ?? [],
        checklist: station.checklistStatus
          ? { status: station.checklistStatus, entries: (station.checklistEntries ?? []) as ChecklistEntry[], areaM2: station.checklistAreaM2 }
          : null,
        previousYearArchivedOn: archived.get(station.stationId) ?? null,
        accepted: accepted.get(station.stationId) ?? [],
      };
      return { station, computed: stationMetrics(calendar, period, facts) };
    }),
  );
}
