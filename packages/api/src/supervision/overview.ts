import {
  attendancePercent,
  countLights,
  deadlineStatusOn,
  dutyExpected,
  overdueFirst,
  periodContaining,
  ratingDistribution,
  RATING_LEVELS,
  shanghaiDate,
  villageHealth,
  workdaysIn,
} from "@bianmin/domain";
import type { Calendar, IsoDate, RatingLevel } from "@bianmin/domain";
import { orgQueries, supervisionQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { notFound } from "../errors";
import { loadCalendar } from "../matters/calendar";
import { withLights } from "../matters/views";

/** The township centre's supervision of its villages (R-SUP-1), assembled from set-based reads. */

export interface SupervisionRange {
  from: IsoDate;
  to: IsoDate;
}

/** The range the counts of ratings, completions, complaints and attendance cover: by default the current bimonthly period to today. */
export function supervisionRange(now: Date, input?: Partial<SupervisionRange>): SupervisionRange {
  const today = shanghaiDate(now.toISOString());
  const from = input?.from ?? periodContaining("bimonthly", today).start;
  return { from, to: input?.to ?? today };
}

function byStation<T extends { stationId: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.stationId, r]));
}

function groupByStation<T extends { stationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.stationId, [...(m.get(r.stationId) ?? []), r]);
  return m;
}

/** Working days of the range the calendar covers (a year without data counts none rather than failing the page). */
function safeWorkdays(calendar: Calendar, range: SupervisionRange): number {
  try {
    return workdaysIn(calendar, range.from, range.to);
  } catch {
    return 0;
  }
}

/** A follow-up is overdue (red) by the same rule as a matter's deadline; past its due date without calendar data. */
function followUpOverdue(calendar: Calendar, dueDate: IsoDate, today: IsoDate): boolean {
  try {
    const st = deadlineStatusOn(calendar, { promisedDate: dueDate }, today);
    return st.kind === "open" && st.light === "red";
  } catch {
    return today > dueDate;
  }
}

export async function townshipOverview(db: Db, townshipId: string, now: Date, range: SupervisionRange) {
  const today = shanghaiDate(now.toISOString());
  const calendar = await loadCalendar(db);
  const [center, villages, open, intake, ratings, completions, complaints, followUps, attendance] = await Promise.all([
    orgQueries.townshipCenterOf(db, townshipId),
    supervisionQueries.townshipVillages(db, townshipId),
    supervisionQueries.openMattersOfTownship(db, townshipId).then((rows) => withLights(db, rows, now)),
    supervisionQueries.intakePendingByStation(db, townshipId),
    supervisionQueries.ratingsOfTownship(db, townshipId, range.from, range.to),
    supervisionQueries.completionsByStation(db, townshipId, range.from, range.to),
    supervisionQueries.complaintsByStation(db, townshipId, range.from, range.to),
    supervisionQueries.openFollowUpsOfTownship(db, townshipId),
    supervisionQueries.attendanceByStation(db, townshipId, range.from, range.to),
  ]);
  if (!center) throw notFound("乡镇（街道）便民服务中心");

  const followUpsLit = followUps.map((f) => ({ ...f, overdue: followUpOverdue(calendar, f.dueDate!, today) }));
  const workdays = safeWorkdays(calendar, range);
  const dutyNow = dutyExpected(calendar, now.toISOString());
  const openBy = groupByStation(open);
  const ratingsBy = groupByStation(ratings);
  const followBy = groupByStation(followUpsLit);
  const intakeBy = byStation(intake);
  const completionsBy = byStation(completions);
  const complaintsBy = byStation(complaints);
  const onDutyBy = byStation(attendance.onDuty);
  const daysBy = byStation(attendance.days);

  const rows = villages.map((v) => {
    const sid = v.stationId;
    const stationOpen = sid ? (openBy.get(sid) ?? []) : [];
    const lights = countLights(stationOpen);
    const levels = (sid ? (ratingsBy.get(sid) ?? []) : []).map((r) => r.level as RatingLevel).filter((l) => RATING_LEVELS.includes(l));
    const fu = sid ? (followBy.get(sid) ?? []) : [];
    const c = sid ? complaintsBy.get(sid) : undefined;
    const done = sid ? completionsBy.get(sid) : undefined;
    const agents = v.agents ?? 0;
    const signals = {
      station: !sid ? ("none" as const) : v.stationStatus === "operating" ? ("operating" as const) : ("building" as const),
      lights,
      overdueFollowUps: fu.filter((f) => f.overdue).length,
      openEscalations: c?.escalated ?? 0,
      openComplaints: c?.open ?? 0,
      onDuty: sid ? (onDutyBy.get(sid)?.count ?? 0) : 0,
      agents,
      dutyExpected: dutyNow,
    };
    return {
      village: { id: v.villageId, code: v.villageCode, name: v.villageName, kind: v.villageKind },
      station: sid ? { id: sid, status: v.stationStatus!, operatingSince: v.operatingSince, checklistStatus: v.checklistStatus ?? null } : null,
      health: villageHealth(signals),
      lights,
      intakePending: sid ? (intakeBy.get(sid)?.count ?? 0) : 0,
      ratings: ratingDistribution(levels),
      completed: done?.completed ?? 0,
      completedOnTime: done?.onTime ?? 0,
      complaints: { received: c?.received ?? 0, open: c?.open ?? 0, escalated: c?.escalated ?? 0 },
      followUps: { open: fu.length, overdue: signals.overdueFollowUps },
      attendance: {
        onDuty: signals.onDuty,
        agents,
        agentDays: sid ? (daysBy.get(sid)?.agentDays ?? 0) : 0,
        percent: attendancePercent(sid ? (daysBy.get(sid)?.agentDays ?? 0) : 0, agents * workdays),
      },
    };
  });

  const villageName = new Map(villages.map((v) => [v.villageId, v.villageName]));
  const allLevels = ratings.map((r) => r.level as RatingLevel).filter((l) => RATING_LEVELS.includes(l));
  return {
    center: { name: center.center.name },
    today,
    range,
    workdays,
    totals: {
      lights: countLights(open),
      intakePending: rows.reduce((s, r) => s + r.intakePending, 0),
      ratings: ratingDistribution(allLevels),
      completed: rows.reduce((s, r) => s + r.completed, 0),
      completedOnTime: rows.reduce((s, r) => s + r.completedOnTime, 0),
      complaints: {
        received: rows.reduce((s, r) => s + r.complaints.received, 0),
        open: rows.reduce((s, r) => s + r.complaints.open, 0),
        escalated: rows.reduce((s, r) => s + r.complaints.escalated, 0),
      },
      followUps: { open: followUpsLit.length, overdue: followUpsLit.filter((f) => f.overdue).length },
      villages: rows.length,
      operatingStations: rows.filter((r) => r.station?.status === "operating").length,
      onDuty: rows.reduce((s, r) => s + r.attendance.onDuty, 0),
      agents: rows.reduce((s, r) => s + r.attendance.agents, 0),
    },
    villages: rows,
    overdue: overdueFirst(open).map((m) => ({ ...m, villageName: villageName.get(m.villageId) ?? "" })),
  };
}

/** One station's open matters with today's lights, for the drill-down from the dashboard. */
export async function stationOpenMatters(db: Db, townshipId: string, stationId: string, now: Date) {
  const station = await supervisionQueries.stationInTownship(db, townshipId, stationId);
  if (!station) throw notFound("代办站");
  const rows = await withLights(db, await supervisionQueries.openMattersOfTownship(db, townshipId, stationId), now);
  return { station, matters: rows };
}
