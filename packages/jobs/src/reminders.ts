import { appendAudit, matterQueries, notificationQueries as q } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { createCalendar, dueReminders, reminderTexts, shanghaiDate } from "@bianmin/domain";
import type { DueReminder, ReminderMatterFacts } from "@bianmin/domain";

/** The system as the actor of the audit entries a scan writes. */
export const REMINDER_ACTOR = "系统（到期提醒）";

export interface ScanResult {
  /** Matters looked at (open deadlines and open follow-ups). */
  candidates: number;
  /** Reminders fired by this scan (none that fired before, or in a concurrent scan). */
  fired: { matterId: string; subject: DueReminder["subject"]; level: DueReminder["level"] }[];
  notifications: number;
  sms: number;
}

type Candidate = Awaited<ReturnType<typeof q.reminderCandidates>>[number];
type Recipient = Awaited<ReturnType<typeof q.activeUsers>>[number];

function factsOf(c: Candidate): ReminderMatterFacts {
  return {
    matterId: c.id,
    deadline: c.promisedDate ? { promisedDate: c.promisedDate, pausedOn: c.pausedOn, completedOn: c.completedOn } : null,
    closed: c.closedAt !== null,
    followUpDue: c.followUpDue,
  };
}

const unique = <T>(xs: (T | null | undefined)[]): T[] => [...new Set(xs.filter((x): x is T => x !== null && x !== undefined))];

/**
 * One reminder scan (R-DL-5) at `now`: light every open matter and open follow-up with the working-day calendar,
 * and for each yellow or red one not reminded at that level yet, in one transaction: the reminder, one in-app
 * notification per person told (the responsible agent — or the first-contact agent when none — and every active
 * staff member and supervisor of the township centre), one SMS per person with a phone, and an audit entry.
 * The unique (matter, subject, level) index makes a repeated or concurrent scan fire nothing twice.
 */
export async function scanReminders(db: Db, now: Date): Promise<ScanResult> {
  const [candidates, calendarRows] = await Promise.all([q.reminderCandidates(db), matterQueries.calendarRows(db)]);
  const result: ScanResult = { candidates: candidates.length, fired: [], notifications: 0, sms: 0 };
  if (candidates.length === 0) return result;
  const calendar = createCalendar(calendarRows);
  const today = shanghaiDate(now.toISOString());
  // what has fired is read only for the matters that are yellow or red today (a few), not for every open one
  const litIds = new Set(dueReminders(candidates.map(factsOf), calendar, today).map((d) => d.matterId));
  const lit = candidates.filter((c) => litIds.has(c.id));
  const fired = await q.firedReminders(db, [...litIds]);
  const due = dueReminders(lit.map(factsOf), calendar, today, { fired });
  if (due.length === 0) return result;

  const matterOf = new Map(candidates.map((c) => [c.id, c]));
  const agentOf = (c: Candidate) => c.responsibleAgentId ?? c.firstContactAgentId;
  const dueMatters = due.map((d) => matterOf.get(d.matterId)!);
  const [agents, centre, districts] = await Promise.all([
    q.activeUsers(db, unique(dueMatters.map(agentOf))),
    q.townshipCentreUsers(db, unique(dueMatters.map((m) => m.townshipId))),
    q.districtNames(db, unique(dueMatters.map((m) => m.districtId))),
  ]);
  const recipientsOf = (c: Candidate): Recipient[] => {
    const people = [...agents.filter((a) => a.id === agentOf(c)), ...centre.filter((u) => u.townshipId === c.townshipId)];
    return people.filter((p, i) => people.findIndex((x) => x.id === p.id) === i);
  };
  // one order for every scan, so that concurrent scans meet on the unique index in the same order
  const ordered = [...due].sort((a, b) => {
    const ma = matterOf.get(a.matterId)!;
    const mb = matterOf.get(b.matterId)!;
    return ma.districtId.localeCompare(mb.districtId) || a.matterId.localeCompare(b.matterId) || a.subject.localeCompare(b.subject) || a.level.localeCompare(b.level);
  });

  return db.transaction(async (tx) => {
    const inserted = await q.insertReminders(
      tx,
      ordered.map((d) => {
        const m = matterOf.get(d.matterId)!;
        return { districtId: m.districtId, townshipId: m.townshipId, stationId: m.stationId, matterId: m.id, subject: d.subject, level: d.level, firedAt: now };
      }),
    );
    for (const reminder of inserted) {
      const d = ordered.find((x) => x.matterId === reminder.matterId && x.subject === reminder.subject && x.level === reminder.level)!;
      const m = matterOf.get(d.matterId)!;
      const texts = reminderTexts(d, { itemName: m.itemName, receiptNo: m.receiptNo, applicantName: m.applicantName, villageName: m.villageName, districtName: districts.get(m.districtId) ?? "" });
      const people = recipientsOf(m);
      const notes = await q.insertNotifications(
        tx,
        people.map((p) => ({ districtId: m.districtId, userId: p.id, reminderId: reminder.id, matterId: m.id, level: d.level, title: texts.title, body: texts.body, createdAt: now })),
      );
      const phoneOf = new Map(people.map((p) => [p.id, p.phone.trim()]));
      const sms = await q.insertSms(
        tx,
        notes.filter((n) => phoneOf.get(n.userId)).map((n) => ({ districtId: m.districtId, notificationId: n.id, phone: phoneOf.get(n.userId)!, text: texts.sms, createdAt: now })),
      );
      await appendAudit(tx, {
        districtId: m.districtId,
        actorId: null,
        actorName: REMINDER_ACTOR,
        action: "reminder.fire",
        entity: "reminder",
        entityId: reminder.id,
        after: { matterId: m.id, subject: d.subject, level: d.level, dueDate: d.dueDate, notified: notes.map((n) => n.userId), sms: sms.length },
        at: now,
      });
      result.fired.push({ matterId: m.id, subject: d.subject, level: d.level });
      result.notifications += notes.length;
      result.sms += sms.length;
    }
    return result;
  });
}
