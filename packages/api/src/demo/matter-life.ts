import { FOLLOW_UP_STEPS, isBadRating, workdaysBetween } from "@bianmin/domain";
import type { IsoDate, MatterCommandInput, RatingLevel, RegisterCommand } from "@bianmin/domain";
import { counterTime, dateOf, later, minuteOfDay, minutes, workdayAfter } from "./clock";
import { resident } from "./people";
import type { Rng } from "./random";
import { domainCodeOf } from "./run";
import type { Run } from "./run";
import type { Proc } from "./sim";
import { FOLLOW_UP_TEXTS, ITEM_WEIGHTS, RATING_COMMENTS, REFERRALS, REJECT_REASONS, RESULTS } from "./texts";
import type { Staff, Station } from "./world";

/**
 * The life of one matter at the counter, acted through the matter API at its simulated moments: registration,
 * intake (accepted, after a supplement list, rejected or referred), the route the item requires (station,
 * township window, approval centre), completion on time or late, delivery, rating and the follow-up of a bad
 * rating. Whatever falls after the end of the history simply does not happen, so recent matters stay open.
 */

type Fate = "onTime" | "late" | "stalled";

/** How far back from the end of the history "the last weeks" reach. */
const RECENT_MS = 28 * 24 * 3_600_000;

const RATINGS: Record<"usual" | "late", [RatingLevel, number][]> = {
  usual: [["verySatisfied", 54], ["satisfied", 33], ["basicallySatisfied", 9], ["dissatisfied", 2.8], ["veryDissatisfied", 1.2]],
  late: [["verySatisfied", 18], ["satisfied", 37], ["basicallySatisfied", 27], ["dissatisfied", 12], ["veryDissatisfied", 6]],
};

function registration(r: Rng, st: Station, item: ReturnType<Run["w"]["item"]>, registrar: Staff, date: IsoDate, missingKey: string | null): RegisterCommand {
  const mode = item.inPerson ? "assisted" : r.chance(0.55) ? "agency" : "assisted";
  const materials = item.materials.filter((m) => (m.required ? m.key !== missingKey : r.chance(0.35)));
  return {
    type: "register",
    itemCode: item.code,
    applicant: resident(r, { townshipName: st.townshipName, villageName: st.villageName, kind: st.villageKind }),
    mode,
    authorization: mode === "agency" ? { agentId: registrar.userId, agentName: registrar.name, signedOn: date, scope: `代为办理${item.name}` } : undefined,
    materials: materials.map((m) => ({ key: m.key, count: m.count })),
    fees: item.fees.map((f) => ({ key: f.key, amountFen: f.amountFen })),
  };
}

export async function matterLife(p: Proc, run: Run, st: Station, r: Rng, date: IsoDate): Promise<void> {
  const { w, tally } = run;
  const cal = w.calendar;
  const item = w.item(r.weighted(Object.entries(ITEM_WEIGHTS)));
  const covers = (m: Staff) => !m.isHead && m.scope.includes(item.code);
  const registrar = w.onDuty(st, date, r, r.chance(0.8) ? covers : undefined);
  const responsible = st.staff.find(covers) ?? null;
  const required = item.materials.filter((m) => m.required);
  let intake = r.weighted([["accept", 85], ["supplement", 8], ["reject", 4], ["refer", 3]] as const);
  if (intake === "supplement" && required.length === 0) intake = "accept";
  const missing = intake === "supplement" ? r.pick(required) : null;
  const command = registration(r, st, item, registrar, date, missing?.key ?? null);

  let t = counterTime(r, date);
  await p.at(t);
  const { matterId } = await w.as(registrar.username, t).matter.register({ idempotencyKey: r.uuid(), command });
  tally.add("matters");
  let version = 1;
  const act = async (username: string, ms: number, cmd: MatterCommandInput, opts: { responsibleAgentId?: string } = {}) => {
    await p.at(ms);
    t = ms;
    version = (await w.as(username, ms).matter.act({ matterId, expectedVersion: version, command: cmd, ...opts })).version;
    tally.add("matterActs");
  };
  /** Counter time on `day`, or soon after the last act when `day` is already past. */
  const on = (day: IsoDate) => {
    const x = counterTime(r, day, t);
    return x > t + minutes(10) ? x : later(cal, r, t, 10, 60);
  };

  // intake
  if (intake === "reject") return act(registrar.username, t + minutes(r.int(3, 15)), { type: "reject", reason: r.pick(REJECT_REASONS) });
  if (intake === "refer") {
    const ref = r.pick(REFERRALS);
    return act(registrar.username, t + minutes(r.int(3, 15)), { type: "refer", body: ref.body, note: ref.note });
  }
  let intakeAgent = registrar;
  if (missing) {
    await act(registrar.username, t + minutes(r.int(3, 8)), { type: "requestSupplement", note: "请补齐材料后到站受理" });
    if (r.chance(0.08)) return; // the applicant never came back
    const back = workdayAfter(cal, date, r.int(1, 4));
    intakeAgent = w.onDuty(st, back, r, (m) => m.userId === registrar.userId);
    await act(intakeAgent.username, counterTime(r, back, t), { type: "supplyMaterials", materials: [{ key: missing.key, count: missing.count }] });
  }
  try {
    await act(intakeAgent.username, t + minutes(r.int(2, 10)), { type: "accept" }, responsible ? { responsibleAgentId: responsible.userId } : {});
  } catch (e) {
    // the promised date would fall in a year without calendar data: the matter waits at intake
    if (domainCodeOf(e) === "CALENDAR_YEAR_MISSING") return tally.add("acceptRefusedNoCalendar");
    throw e;
  }
  const acceptedOn = dateOf(t);
  const holder = responsible ?? intakeAgent;
  if (holder.userId !== intakeAgent.userId) await act(intakeAgent.username, later(cal, r, t, 10, 90), { type: "handover" });

  // handling by route, completed on the day the fate gives (counted in working days from acceptance)
  const limit = item.timeLimitDays;
  // in the last weeks more matters are still under way, so that today's queue shows every light
  const recent = t > run.untilMs - RECENT_MS;
  const fate = r.weighted<Fate>(recent ? [["onTime", 60], ["late", 15], ["stalled", 25]] : [["onTime", 85], ["late", 10], ["stalled", 5]]);
  const earliest = recent ? Math.ceil(limit / 2) : limit >= 3 ? 1 : 0;
  let offset = fate === "onTime" ? r.int(earliest, limit) : fate === "late" ? limit + r.int(1, 4) : limit + r.int(3, 20);
  const result = RESULTS[item.code] ?? { outcome: "approved" as const, document: "办理结果通知书" };
  const complete = (): MatterCommandInput =>
    result.refusable && r.chance(0.12)
      ? { type: "complete", outcome: "notApproved", reason: result.refusable, documents: [] }
      : { type: "complete", outcome: result.outcome, documents: [{ name: result.document, number: `${item.code.replace("-", "")}${acceptedOn.slice(0, 4)}${String(r.int(1, 9999)).padStart(4, "0")}` }] };

  if (item.level === "village") {
    await act(holder.username, on(workdayAfter(cal, acceptedOn, offset)), complete());
  } else if (item.level === "township") {
    const clerk = st.township.windowOf.get(item.code) === 1 ? st.township.window1 : st.township.staff;
    await act(holder.username, later(cal, r, t, 20, 200), { type: "transferToWindow" });
    const received = minuteOfDay(t) < 12 * 60 && r.chance(0.5) ? dateOf(t) : workdayAfter(cal, dateOf(t), 1);
    await act(clerk, on(received), { type: "receiveAtWindow" });
    if (item.needsSurvey && r.chance(0.3)) {
      await act(clerk, later(cal, r, t, 60, 300), { type: "pauseClock", reason: "siteSurvey", note: "入户调查核实家庭情况" });
      const pausedOn = dateOf(t);
      const resumed = workdayAfter(cal, pausedOn, r.int(1, 3));
      await act(clerk, on(resumed), { type: "resumeClock", note: "入户调查已完成" });
      offset += workdaysBetween(cal, pausedOn, resumed);
    }
    await act(clerk, on(workdayAfter(cal, acceptedOn, offset)), complete());
    await act(clerk, later(cal, r, t, 20, 240), { type: "returnFromWindow", note: "办理结果及材料已返还代办站" });
  } else {
    const officerName = `${w.approvalCenterName}窗口 ${r.pick(["王敏", "李静", "赵磊", "陈晨"])}`;
    await act(holder.username, on(workdayAfter(cal, acceptedOn, r.int(0, 1))), { type: "submitToApprovalCenter", officerName, note: "陪同申请人递交材料" });
    await act(holder.username, on(workdayAfter(cal, acceptedOn, offset)), complete());
    await act(holder.username, t + minutes(r.int(3, 20)), { type: "collectFromApprovalCenter", officerName });
  }
  tally.add(fate === "onTime" ? "completedPlannedOnTime" : "completedPlannedLate");

  // delivery and rating
  const method = r.weighted([["inPerson", 55], ["doorstep", 20], ["phone", 10], ["post", 5], ["electronic", 10]] as const);
  const applicant = command.applicant.name;
  await act(holder.username, later(cal, r, t, 30, 900), { type: "deliver", method, receivedBy: method === "doorstep" && r.chance(0.3) ? `${applicant}家属` : applicant });
  if (!r.chance(0.88)) return;
  const level = r.weighted(RATINGS[fate === "onTime" ? "usual" : "late"]);
  await act(holder.username, t + minutes(r.int(1, 10)), { type: "rate", level, comment: r.pick(RATING_COMMENTS[level]!) });
  if (isBadRating(level)) await followUp(p, run, st, r, dateOf(t), act);
}

/** The township centre's follow-up of a bad rating: mostly recorded and closed in time, some late, some left open. */
async function followUp(p: Proc, run: Run, st: Station, r: Rng, openedOn: IsoDate, act: (username: string, ms: number, cmd: MatterCommandInput) => Promise<void>) {
  const cal = run.w.calendar;
  run.tally.add("followUps");
  const fate = r.weighted([["onTime", 70], ["late", 12], ["open", 18]] as const);
  const offsets = fate === "late" ? [1, 3, 5, 6 + r.int(0, 3)] : [r.int(0, 1), r.int(1, 2), r.int(2, 4), r.int(4, 5)];
  const steps = fate === "open" ? r.int(0, 3) : FOLLOW_UP_STEPS.length;
  let last = p.now;
  for (let i = 0; i < steps; i++) {
    const step = FOLLOW_UP_STEPS[i]!;
    last = Math.max(counterTime(r, workdayAfter(cal, openedOn, offsets[i]!), last), last + minutes(5));
    await act(st.township.staff, last, { type: "recordFollowUp", step, text: r.pick(FOLLOW_UP_TEXTS[step]) });
  }
  if (fate === "open") return;
  await act(st.township.staff, last + minutes(r.int(5, 30)), { type: "closeFollowUp", note: "整改回访已完成" });
}
