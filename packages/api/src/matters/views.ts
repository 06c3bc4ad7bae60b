import {
  MATERIAL_FORM_LABELS,
  MATTER_EVENT_LABELS,
  MATTER_STATUS_LABELS,
  MODE_LABELS,
  availableCommands,
  custodyChain,
  deadlineStatusOn,
  describeEvent,
  describeHolder,
  explainWorkdays,
  followUpDeadlineStatus,
  isDomainError,
  matterDeadlineStatus,
  maskIdNumber,
  maskPhone,
  shanghaiDate,
  stationName,
} from "@bianmin/domain";
import type { MatterEvent } from "@bianmin/domain";
import { matterQueries, orgQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import type { ReceiptData, SupplementNoticeData, DecisionNoticeData } from "@bianmin/documents";
import { notFound } from "../errors";
import { actorOf } from "./actor";
import { loadCalendar } from "./calendar";
import { itemOf } from "./service";
import type { MatterCaller } from "./service";

/** Events as stored, back in the decider's shape. */
export function eventsOf(rows: Awaited<ReturnType<typeof matterQueries.matterEventsOf>>): MatterEvent[] {
  return rows.map((r) => ({
    type: r.type,
    at: r.at.toISOString(),
    actor: { id: r.actorId ?? "", name: r.actorName, role: r.actorRole },
    fromStatus: r.fromStatus,
    data: r.data,
  })) as MatterEvent[];
}

/** A deadline figure, or the fallback where the calendar lacks a year (the page still opens; the gap is the district's to fill). */
export function unlessCalendarMissing<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    if (isDomainError(e) && e.code === "CALENDAR_YEAR_MISSING") return fallback;
    throw e;
  }
}

/** The matter page: state, timeline, custody chain, deadline with its explanation, and the acts allowed now. */
export async function matterDetail(c: MatterCaller, row: MatterRow) {
  const [item, calendar, eventRows, actor, staff] = await Promise.all([
    itemOf(c, row.itemCode, row.itemVersion),
    loadCalendar(c.db),
    matterQueries.matterEventsOf(c.db, row.id),
    actorOf(c.db, c.user),
    orgQueries.stationStaff(c.db, row.stationId),
  ]);
  const state = row.state;
  const events = eventsOf(eventRows);
  const now = c.now.toISOString();
  const deadline = unlessCalendarMissing(() => matterDeadlineStatus(state, now, calendar), { kind: "none" as const });
  const followUpDeadline = unlessCalendarMissing(() => followUpDeadlineStatus(state, now, calendar), { kind: "none" as const });
  const explanation = unlessCalendarMissing(() => (state.acceptedOn && state.item ? explainWorkdays(calendar, state.acceptedOn, state.item.timeLimitDays) : null), null);
  const staffView = staff.map((s) => ({ userId: s.userId, name: s.name, phone: s.phone, isHead: s.isHead, covers: s.scope.includes(row.itemCode) }));
  return {
    id: row.id,
    stationId: row.stationId,
    version: row.version,
    status: row.status,
    statusLabel: MATTER_STATUS_LABELS[state.status],
    modeLabel: state.mode ? MODE_LABELS[state.mode] : null,
    channel: row.channel,
    receiptNo: row.receiptNo,
    lookupCode: row.lookupCode,
    item,
    state: { ...state, applicant: state.applicant ? { ...state.applicant, idNumber: state.applicant.idNumber ? maskIdNumber(state.applicant.idNumber) : null } : null },
    custodyLabel: state.custody ? describeHolder(state.custody) : null,
    custody: custodyChain(events).map((t) => ({ at: t.at, from: t.from ? describeHolder(t.from) : null, to: describeHolder(t.to), by: t.recordedBy.name, label: MATTER_EVENT_LABELS[t.eventType] })),
    timeline: events.map((e, i) => ({ seq: i + 1, at: e.at, type: e.type, label: MATTER_EVENT_LABELS[e.type], text: describeEvent(e), actorName: e.actor.name })),
    deadline,
    /** The light of the follow-up of a bad rating (R-FLW-4), by its own due date. */
    followUpDeadline,
    deadlineSkipped: explanation?.skipped.map((s) => ({ date: s.date, reason: s.reason })) ?? [],
    available: availableCommands(state, { now, actor, item, calendar }),
    staff: staffView,
    /** The colleagues whose 归口 covers the item (derived from the staff already loaded). */
    responsibleOptions: staffView.filter((s) => s.covers),
  };
}

/** A row of the queue with its light of today (R-DL-4). */
export async function withLights<T extends { promisedDate: string | null; pausedOn: string | null; completedOn: string | null }>(db: Db, rows: T[], now: Date) {
  const calendar = await loadCalendar(db);
  const today = shanghaiDate(now.toISOString());
  return rows.map((r) => {
    const facts = r.promisedDate ? { promisedDate: r.promisedDate, pausedOn: r.pausedOn, completedOn: r.completedOn } : null;
    // a year without calendar data: the row shows no light rather than hiding the whole queue
    const st = facts ? unlessCalendarMissing(() => deadlineStatusOn(calendar, facts, today), null) : null;
    if (!st) return { ...r, light: null, remainingWorkdays: null };
    return { ...r, light: st.kind === "open" ? st.light : st.result, remainingWorkdays: st.kind === "open" ? st.remainingWorkdays : null };
  });
}

/** Station, and the three complaint hotlines every printed document carries (R-INT-5, R-CAT-4). */
export async function stationAndHotlines(db: Db, row: Pick<MatterRow, "stationId" | "townshipId" | "districtId">) {
  const [s, center, district] = await Promise.all([
    orgQueries.stationWithUnits(db, row.stationId),
    orgQueries.townshipCenterOf(db, row.townshipId),
    orgQueries.districtOf(db, row.districtId),
  ]);
  if (!s || !center || !district) throw notFound("代办站");
  const station = {
    name: stationName({ districtName: s.districtName, townshipName: s.townshipName, villageName: s.villageName }),
    address: s.station.address,
    phone: s.station.phone,
    officeHours: s.station.officeHours,
  };
  const hotlines = [
    { name: center.center.name, phone: center.center.complaintPhone, address: center.center.address },
    ...[district.efficiencyCenter, district.approvalCenter].filter((x) => x !== null).map((d) => ({ name: d.name, phone: d.complaintPhone, address: d.address })),
  ];
  return { station, hotlines };
}

function applicantOf(row: MatterRow) {
  const a = row.state.applicant!;
  return { name: a.name, phoneMasked: maskPhone(a.phone), idNumberMasked: a.idNumber ? maskIdNumber(a.idNumber) : null, address: a.address };
}

/** 收件回执单 (R-INT-5): everything the applicant takes home at acceptance. */
export async function receiptData(c: MatterCaller, row: MatterRow, publicUrl: string): Promise<ReceiptData> {
  const s = row.state;
  if (!s.receiptNo || !s.acceptedAt || !s.promisedDate || !s.responsibleAgent || !s.firstContactAgent || !row.lookupCode) {
    throw notFound("收件回执单（该事项尚未受理）");
  }
  const [item, { station, hotlines }] = await Promise.all([itemOf(c, row.itemCode, row.itemVersion), stationAndHotlines(c.db, row)]);
  const responsible = await matterQueries.stationUser(c.db, row.stationId, s.responsibleAgent.id);
  return {
    receiptNo: s.receiptNo,
    lookupCode: row.lookupCode,
    lookupUrl: `${publicUrl.replace(/\/$/, "")}/lookup?code=${row.lookupCode}`,
    station,
    applicant: applicantOf(row),
    item: { code: item.code, name: item.name, version: item.version, timeLimitDays: item.timeLimitDays, handlingBody: item.handlingBody },
    modeLabel: MODE_LABELS[s.mode!],
    authorization: s.authorization ? { agentName: s.authorization.agentName, signedOn: s.authorization.signedOn } : null,
    materials: s.materials.map((m) => ({ name: m.name, formLabel: MATERIAL_FORM_LABELS[m.form], count: m.count })),
    fees: s.fees.map((f) => ({ name: f.name, amountFen: f.amountFen, basis: f.basis })),
    acceptedAt: s.acceptedAt,
    promisedDate: s.promisedDate,
    deadlineExplanation: s.deadlineExplanation ?? "",
    acceptingAgent: { name: s.firstContactAgent.name },
    responsibleAgent: { name: s.responsibleAgent.name, phone: responsible?.phone ?? s.responsibleAgent.phone ?? "" },
    complaintHotlines: hotlines,
  };
}

/** 补交材料清单 (R-INT-4): exactly the missing or defective materials of the last notice. */
export async function supplementNoticeData(c: MatterCaller, row: MatterRow): Promise<SupplementNoticeData> {
  const s = row.state;
  const events = eventsOf(await matterQueries.matterEventsOf(c.db, row.id));
  const last = [...events].reverse().find((e) => e.type === "supplementRequested");
  if (!last || last.type !== "supplementRequested") throw notFound("补交材料清单");
  const { station } = await stationAndHotlines(c.db, row);
  const agent = await matterQueries.stationUser(c.db, row.stationId, last.actor.id);
  return {
    noticeNo: `BJ-${row.id.slice(0, 8).toUpperCase()}-${events.indexOf(last) + 1}`,
    station,
    applicant: applicantOf(row),
    item: { code: s.item!.code, name: s.item!.name, version: s.item!.version },
    issuedAt: last.at,
    agent: { name: last.actor.name, phone: agent?.phone ?? "" },
    lines: last.data.lines.map((l) => ({ name: l.name, detail: `${MATERIAL_FORM_LABELS[l.form]}${l.count}份，${l.detail}` })),
    note: last.data.note,
  };
}

/** 退回通知 / 告知单 (R-INT-4): the written reason, or the body to apply to. */
export async function decisionNoticeData(c: MatterCaller, row: MatterRow): Promise<DecisionNoticeData> {
  const s = row.state;
  const decision = s.rejection ?? s.referral;
  if (!decision) throw notFound("退回或告知记录");
  const { station, hotlines } = await stationAndHotlines(c.db, row);
  const agent = await matterQueries.stationUser(c.db, row.stationId, decision.by.id);
  return {
    kind: s.rejection ? "reject" : "refer",
    noticeNo: `${s.rejection ? "TH" : "GZ"}-${row.id.slice(0, 8).toUpperCase()}`,
    station,
    applicant: applicantOf(row),
    item: { code: s.item!.code, name: s.item!.name },
    issuedAt: decision.at,
    agent: { name: decision.by.name, phone: agent?.phone ?? "" },
    reason: s.rejection?.reason ?? null,
    body: s.referral?.body ?? null,
    note: s.referral?.note ?? null,
    complaintHotlines: hotlines,
  };
}
