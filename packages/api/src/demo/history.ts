import { count, inArray, sql } from "drizzle-orm";
import { appointments, attendance, auditLog, complaints, inspections, matters, selfReviews } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { COMPLETED_STATUSES, OPEN_HANDLING_STATUSES, daysBetween, daysInMonth } from "@bianmin/domain";
import type { IsoDate } from "@bianmin/domain";
import { withLights } from "../matters/views";
import { dateOf } from "./clock";
import { confirmPastAssessments } from "./assessments";
import { scheduleInspections } from "./inspections";
import { createRng } from "./random";
import { Tally } from "./run";
import type { Run } from "./run";
import { Simulation } from "./sim";
import { scheduleStation } from "./station-life";
import { World } from "./world";

/**
 * Demo history (for `pnpm start` and `pnpm demo:history`): months of daily work at every operating station of the
 * seeded district, acted through the real API at simulated moments, so that every event, projection, audit
 * entry, receipt and deadline is genuine. Deterministic for a seed. Never used by the tests' template database.
 */

export interface HistoryOptions {
  /** The end of the history: nothing happens after this moment. Its year must have calendar data. */
  until: Date;
  /** How many months back the history starts (from the first year with calendar data at the earliest). */
  months: number;
  seed: number;
  /** Stations acting side by side (each station's acts stay in time order); the result does not depend on it. Default 1. */
  concurrency?: number;
  /** Called when the simulation reaches a new day. */
  onProgress?: (p: { date: IsoDate; day: number; days: number }) => void;
}

export interface HistoryResult {
  from: IsoDate;
  until: string;
  stations: number;
  elapsedMs: number;
  /** What the simulation did, by kind. */
  done: Record<string, number>;
  /** Matters by status, ratings by level, accepted matters by light at `until`, and other records by status. */
  matters: Record<string, number>;
  ratings: Record<string, number>;
  lights: Record<string, number>;
  complaints: Record<string, number>;
  appointments: Record<string, number>;
  followUps: { open: number; overdue: number };
  attendance: number;
  selfReviews: number;
  inspections: number;
  auditEntries: number;
  /** Acts the API refused unexpectedly (a generator bug if not zero), with the first messages. */
  failures: { count: number; first: { process: string; message: string }[] };
}

/** The same day `months` months earlier (the last day of a shorter month). */
function monthsBefore(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export async function seedHistory(db: Db, opts: HistoryOptions): Promise<HistoryResult> {
  const started = Date.now();
  if (!Number.isInteger(opts.months) || opts.months < 1 || opts.months > 36) throw new Error("月数须为1到36之间的整数");
  if (!Number.isInteger(opts.seed)) throw new Error("随机种子须为整数");
  const concurrency = opts.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) throw new Error("并行代办站数须为1到8之间的整数");
  const rng = createRng(opts.seed);
  const w = await World.load(db, rng);
  const untilMs = opts.until.getTime();
  const to = dateOf(untilMs);
  if (!w.calendar.covers(Number(to.slice(0, 4)))) throw new Error(`工作日历没有${to.slice(0, 4)}年的数据，演示历史不能延续到${to}`);
  let firstYear = Number(to.slice(0, 4));
  while (w.calendar.covers(firstYear - 1)) firstYear -= 1;
  let from = monthsBefore(to, opts.months);
  if (from < `${firstYear}-01-01`) from = `${firstYear}-01-01`;

  const sim = new Simulation();
  const tally = new Tally();
  const run: Run = { w, sim, rng, tally, untilMs };
  for (const st of w.stations) scheduleStation(run, st, from, to);
  w.townships.forEach((t, i) => scheduleInspections(run, t, i, from, to));

  const days = daysBetween(from, to) + 1;
  let today = "";
  await sim.run(untilMs, {
    concurrency,
    onTick: (ms) => {
      const d = dateOf(ms);
      if (d <= today) return;
      today = d;
      opts.onProgress?.({ date: d, day: daysBetween(from, d) + 1, days });
    },
  });

  tally.add("assessmentsConfirmed", await confirmPastAssessments(w, rng, from, to, untilMs));

  return {
    from,
    until: opts.until.toISOString(),
    stations: w.stations.length,
    elapsedMs: Date.now() - started,
    done: tally.counts,
    ...(await historySummary(db, opts.until)),
    failures: { count: sim.failureCount, first: sim.failures },
  };
}

async function byKey<K extends string>(rows: Promise<{ key: K | null; n: number }[]>): Promise<Record<string, number>> {
  return Object.fromEntries((await rows).map((r) => [r.key ?? "无", r.n]));
}

/** What the database holds after the history (the counts the CLI prints and the test compares). */
async function historySummary(db: Db, until: Date) {
  const today = dateOf(until.getTime());
  const accepted = await db
    .select({ promisedDate: matters.promisedDate, pausedOn: matters.pausedOn, completedOn: matters.completedOn })
    .from(matters)
    .where(inArray(matters.status, [...OPEN_HANDLING_STATUSES, ...COMPLETED_STATUSES]));
  const lights: Record<string, number> = {};
  for (const r of await withLights(db, accepted, until)) lights[r.light ?? "无"] = (lights[r.light ?? "无"] ?? 0) + 1;
  const [followUps] = await db
    .select({ open: count(), overdue: sql<number>`count(*) filter (where ${matters.followUpDue} < ${today})::int` })
    .from(matters)
    .where(sql`${matters.followUpDue} is not null`);
  const total = async (table: typeof attendance | typeof selfReviews | typeof inspections | typeof auditLog) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    matters: await byKey(db.select({ key: matters.status, n: count() }).from(matters).groupBy(matters.status)),
    ratings: await byKey(db.select({ key: matters.rating, n: count() }).from(matters).where(sql`${matters.rating} is not null`).groupBy(matters.rating)),
    lights,
    complaints: await byKey(db.select({ key: complaints.status, n: count() }).from(complaints).groupBy(complaints.status)),
    appointments: await byKey(db.select({ key: appointments.status, n: count() }).from(appointments).groupBy(appointments.status)),
    followUps: { open: followUps?.open ?? 0, overdue: followUps?.overdue ?? 0 },
    attendance: await total(attendance),
    selfReviews: await total(selfReviews),
    inspections: await total(inspections),
    auditEntries: await total(auditLog),
  };
}

