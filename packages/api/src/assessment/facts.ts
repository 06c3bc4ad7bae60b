import { agentMetrics } from "@bianmin/domain";
import type { AgentMetricsResult, AgentPeriodFacts, Calendar, Period, RatingLevel, RubricResult } from "@bianmin/domain";
import { assessmentQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { orDomainError } from "../matters/errors";

/** From the records of a township to the facts of each agent (R-ASM-1): reads are per township, never per agent. */

export type AgentToAssess = Awaited<ReturnType<typeof assessmentQueries.agentsToAssess>>[number];

/** What an assessment row stores as its result: the rubric's points and the explained metrics they came from. */
export type StoredResult = RubricResult & { metricLines: { key: string; value: number; explanation: string }[] };

export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

/**
 * The first day an agent could be on duty: the station's opening, or the agent's start if later. The start is
 * the account's opening or the first clock-on, whichever came first (accounts of long-serving agents may have
 * been opened after their first day of service, when the system was introduced).
 */
export function servingSince(a: Pick<AgentToAssess, "operatingSince" | "accountSince" | "firstClockOn">): string {
  const start = a.firstClockOn && a.firstClockOn < a.accountSince ? a.firstClockOn : a.accountSince;
  return a.operatingSince > start ? a.operatingSince : start;
}

/** The metrics of every agent to assess in a period (or of one agent); `teamScores` are kept from the drafts. */
export async function metricsOfAgents(
  db: Tx,
  calendar: Calendar,
  townshipId: string,
  period: Period,
  teamScores: ReadonlyMap<string, number | null>,
  userId?: string,
): Promise<{ agent: AgentToAssess; computed: AgentMetricsResult }[]> {
  const [staff, rec] = await Promise.all([
    assessmentQueries.agentsToAssess(db, townshipId, period.end, userId),
    assessmentQueries.agentPeriodRecords(db, townshipId, period, userId),
  ]);
  const attended = groupBy(rec.attended, (r) => r.userId);
  const completions = groupBy(rec.completions, (r) => r.agentId);
  const ratings = groupBy(rec.ratings, (r) => r.agentId);
  const complaints = groupBy(rec.stationComplaints, (r) => r.stationId);
  const visits = groupBy(rec.stationInspections, (r) => r.stationId);
  const reviews = new Map(rec.reviews.map((r) => [r.userId, r]));
  // someone who only started after the period (account opened and first clock-on later) is not assessed for it
  const serving = staff.filter((a) => servingSince(a) <= period.end);
  return orDomainError(() =>
    serving.map((agent) => {
    const review = reviews.get(agent.userId);
    const facts: AgentPeriodFacts = {
      agentUserId: agent.userId,
      servingSince: servingSince(agent),
      attendanceDays: (attended.get(agent.userId) ?? []).map((r) => r.day),
      completions: completions.get(agent.userId) ?? [],
      ratings: (ratings.get(agent.userId) ?? []).map((r) => ({ level: r.level as RatingLevel, ratedOn: r.ratedOn })),
      stationComplaints: complaints.get(agent.stationId) ?? [],
      inspections: visits.get(agent.stationId) ?? [],
      selfReview: review ? { submittedAt: review.submittedAt.toISOString() } : null,
      teamScore: teamScores.get(agent.userId) ?? null,
    };
    return { agent, computed: agentMetrics(calendar, period, facts) };
    }),
  );
}
