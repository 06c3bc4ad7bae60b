import { addDays, periodContaining, previousPeriod } from "@bianmin/domain";
import type { IsoDate, RatingLevel } from "@bianmin/domain";
import { counterTime, iso, isWorkday, minutes, msAt, onWorkdayAfter, workdayFrom } from "./clock";
import { matterLife } from "./matter-life";
import { mobile, personName, resident } from "./people";
import type { Rng } from "./random";
import type { Run } from "./run";
import type { Proc } from "./sim";
import { APPOINTMENT_REASONS, COMPLAINTS, CONSULTATIONS, RATING_COMMENTS, SELF_REVIEW } from "./texts";
import { laneOf } from "./world";
import type { Shift, Staff, Station } from "./world";

/**
 * A station's working days in the demo history: staff clock on and off, matters and consultations come to the
 * counter, now and then a complaint or an appointment, and at the start of each bimonthly period the staff write
 * their self-reviews of the last one. Everything goes through the station's own API.
 */

const MATTERS_PER_DAY: [number, number][] = [[0, 55], [1, 40], [2, 5]];
const CONSULTATIONS_PER_DAY: [number, number][] = [[0, 85], [1, 13], [2, 2]];
const COMPLAINT_PER_DAY = 0.02;
const APPOINTMENT_PER_DAY = 0.1;

export function scheduleStation(run: Run, st: Station, from: IsoDate, to: IsoDate): void {
  const cal = run.w.calendar;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (!isWorkday(cal, d)) continue;
    const date = d;
    const r = run.rng.fork(`day:${st.index}:${date}`);
    const spawn = (what: string, body: (p: Proc, r: Rng) => Promise<void>) => {
      const own = r.fork(what);
      run.sim.spawn(`${st.villageName} ${date} ${what}`, laneOf(st), msAt(date, 8 * 60), (p) => body(p, own));
    };
    for (const shift of run.w.shiftsOn(st, date)) spawn(`shift ${shift.member.username}`, (p) => attend(p, run, st, shift));
    for (let i = r.weighted(MATTERS_PER_DAY); i > 0; i--) spawn(`matter ${i}`, (p, mr) => matterLife(p, run, st, mr, date));
    for (let i = r.weighted(CONSULTATIONS_PER_DAY); i > 0; i--) spawn(`consultation ${i}`, (p, cr) => consultation(p, run, st, cr, date));
    if (r.chance(COMPLAINT_PER_DAY)) spawn("complaint", (p, cr) => complaint(p, run, st, cr, date));
    if (r.chance(APPOINTMENT_PER_DAY)) spawn("appointment", (p, ar) => appointment(p, run, st, ar, date));
    for (const member of st.staff) {
      const review = selfReviewDay(run, st, member, date, from);
      if (review) spawn(`self-review ${member.username}`, (p, sr) => selfReview(p, run, member, sr, date, review));
    }
  }
}

async function attend(p: Proc, run: Run, st: Station, shift: Shift) {
  await p.at(shift.on);
  await run.w.as(shift.member.username, shift.on).attendance.clockOn();
  run.tally.add("clockOns");
  await p.at(shift.off);
  await run.w.as(shift.member.username, shift.off).attendance.clockOff();
}

/** 咨询: answered on the spot through the record book's quick form, often rated there and then. */
async function consultation(p: Proc, run: Run, st: Station, r: Rng, date: IsoDate) {
  const { w } = run;
  // farming questions come to village stations, not to urban communities
  const code = r.pick(Object.keys(CONSULTATIONS).filter((c) => st.villageKind === "village" || c !== "ZX-003"));
  const qa = r.pick(CONSULTATIONS[code]!);
  const agent = w.onDuty(st, date, r, (m) => m.isHead);
  const t = counterTime(r, date);
  await p.at(t);
  const applicant = resident(r, { townshipName: st.townshipName, villageName: st.villageName, kind: st.villageKind });
  const { matterId } = await w.as(agent.username, t).records.consultation({ idempotencyKey: r.uuid(), itemCode: code, applicant, question: qa.question, answer: qa.answer });
  run.tally.add("consultations");
  if (!r.chance(0.7)) return;
  const level = r.weighted<RatingLevel>([["verySatisfied", 65], ["satisfied", 30], ["basicallySatisfied", 5]]);
  const t2 = t + minutes(r.int(1, 5));
  await p.at(t2);
  // registered, accepted, answered, delivered: version 4
  await w.as(agent.username, t2).matter.act({ matterId, expectedVersion: 4, command: { type: "rate", level, comment: r.pick(RATING_COMMENTS[level]!) } });
}

/** 投诉: recorded at the station; the head handles it, or escalates it to the township centre which closes it. */
async function complaint(p: Proc, run: Run, st: Station, r: Rng, date: IsoDate) {
  const { w } = run;
  const cal = w.calendar;
  const recorder = w.onDuty(st, date, r);
  let t = counterTime(r, date);
  await p.at(t);
  const aboutOther = r.chance(0.25);
  const other = aboutOther ? r.pick(COMPLAINTS.otherUnit) : null;
  const major = !aboutOther && r.chance(0.12);
  const channel = r.weighted([["box", 3], ["hotline", 3], ["inPerson", 4]] as const);
  const named = channel !== "box" || r.chance(0.3);
  let row = await w.as(recorder.username, t).complaint.record({
    channel,
    complainantName: named ? personName(r) : undefined,
    complainantPhone: named ? mobile(r) : undefined,
    content: other?.text ?? r.pick(COMPLAINTS.station),
    about: other ? "otherUnit" : "station",
    otherUnit: other?.unit,
    major,
  });
  run.tally.add("complaints");
  const step = async (who: string, days: number, call: (api: ReturnType<typeof w.as>) => Promise<typeof row>) => {
    t = onWorkdayAfter(cal, r, t, days);
    await p.at(t);
    row = await call(w.as(who, t));
  };
  const head = st.head.username;
  if (row.needsEscalation) {
    await step(head, r.int(0, 2), (api) => api.complaint.escalate({ complaintId: row.id, expectedVersion: row.version, note: r.pick(COMPLAINTS.escalations) }));
    run.tally.add("complaintsEscalated");
    if (!r.chance(0.85)) return;
    await step(st.township.staff, r.int(2, 6), (api) =>
      api.complaint.closeEscalated({ complaintId: row.id, expectedVersion: row.version, townshipReply: r.pick(COMPLAINTS.townshipReplies), result: r.pick(COMPLAINTS.townshipResults) }),
    );
    return;
  }
  await step(head, r.int(0, 1), (api) => api.complaint.handle({ complaintId: row.id, expectedVersion: row.version, status: "handling" }));
  await step(head, r.int(1, 3), (api) => api.complaint.handle({ complaintId: row.id, expectedVersion: row.version, status: "replied", reply: r.pick(COMPLAINTS.replies) }));
  if (!r.chance(0.9)) return;
  await step(head, r.int(1, 4), (api) => api.complaint.handle({ complaintId: row.id, expectedVersion: row.version, status: "closed", result: r.pick(COMPLAINTS.results) }));
}

/** 预约: booked at the counter for a slot in the next days (evenings and weekends too), then kept, missed, moved or cancelled. */
async function appointment(p: Proc, run: Run, st: Station, r: Rng, date: IsoDate) {
  const { w } = run;
  const booker = w.onDuty(st, date, r);
  const t = counterTime(r, date);
  await p.at(t);
  const day = addDays(date, r.int(1, 6));
  const startMinute = isWorkday(w.calendar, day) ? (r.chance(0.6) ? r.int(54, 96) * 10 : r.int(111, 117) * 10) : r.int(54, 66) * 10;
  let startsAt = msAt(day, startMinute);
  const agent = r.pick(st.staff);
  let { id, version } = await w.as(booker.username, t).appointment.book({
    citizenName: personName(r),
    citizenPhone: mobile(r),
    reason: r.pick(APPOINTMENT_REASONS),
    channel: r.weighted([["hotline", 5], ["inPerson", 4], ["other", 1]] as const),
    startsAt: iso(startsAt),
    endsAt: iso(startsAt + minutes(60)),
    agentId: agent.userId,
  });
  run.tally.add("appointments");
  const fate = r.weighted([["kept", 76], ["missed", 9], ["cancelled", 6], ["moved", 9]] as const);
  const before = Math.max(t + minutes(10), startsAt - minutes(60 * r.int(2, 20)));
  if (fate === "cancelled" || fate === "moved") {
    if (before >= startsAt) return;
    await p.at(before);
    if (fate === "cancelled") {
      await w.as(agent.username, before).appointment.record({ appointmentId: id, expectedVersion: version, result: "cancelled", outcome: "群众来电取消预约" });
      return;
    }
    startsAt += minutes(24 * 60 * r.int(1, 3));
    ({ id, version } = await w.as(agent.username, before).appointment.move({ appointmentId: id, expectedVersion: version, startsAt: iso(startsAt), endsAt: iso(startsAt + minutes(60)), note: "群众来电改约" }));
  }
  const done = startsAt + minutes(60 + r.int(5, 30));
  await p.at(done);
  const missed = fate === "missed";
  await w.as(agent.username, done).appointment.record({
    appointmentId: id,
    expectedVersion: version,
    result: missed ? "missed" : "kept",
    outcome: missed ? "群众未按约到站，已电话联系，另行预约" : "已按预约为群众办理",
  });
}

/**
 * The day a staff member writes the self-review of the previous bimonthly period: in the first three weeks of the
 * new period (most of them do), for periods the history covers.
 */
function selfReviewDay(run: Run, st: Station, member: Staff, date: IsoDate, from: IsoDate): { key: string; label: string } | null {
  const current = periodContaining("bimonthly", date);
  if (date.slice(0, 7) !== current.start.slice(0, 7)) return null;
  const previous = previousPeriod(current);
  if (previous.end < from) return null;
  const r = run.rng.fork(`review:${st.index}:${member.username}:${previous.key}`);
  if (!r.chance(0.9)) return null;
  const day = workdayFrom(run.w.calendar, `${current.start.slice(0, 8)}${String(r.int(1, 20)).padStart(2, "0")}`);
  return day === date ? { key: previous.key, label: previous.label } : null;
}

async function selfReview(p: Proc, run: Run, member: Staff, r: Rng, date: IsoDate, period: { key: string; label: string }) {
  const t = msAt(date, r.int(15 * 60 + 30, 17 * 60 + 10));
  await p.at(t);
  const text = `${period.label}：${r.pick(SELF_REVIEW.good)}；${r.pick(SELF_REVIEW.good)}。${r.pick(SELF_REVIEW.weak)}。`;
  await run.w.as(member.username, t).selfReview.submit({ periodKey: period.key, text });
  run.tally.add("selfReviews");
}
