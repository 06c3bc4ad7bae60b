import type { Calendar } from "./calendar";
import type { IsoDate } from "./dates";
import { isDomainError } from "./errors";
import { deadlineStatusOn } from "./lights";
import type { DeadlineFacts, LightOptions } from "./lights";

/**
 * Reminders (R-DL-5): which matters the responsible agent and the township centre must be told about today. A
 * reminder is due when a matter's deadline, or the due date of its open bad-rating follow-up, is yellow or red by
 * the status lights (R-DL-4). Each (matter, subject, level) fires once: the caller passes what has fired already.
 */

export const REMINDER_SUBJECTS = ["deadline", "followUp"] as const;
export type ReminderSubject = (typeof REMINDER_SUBJECTS)[number];
export const REMINDER_LEVELS = ["yellow", "red"] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const REMINDER_TITLES: Record<ReminderSubject, Record<ReminderLevel, string>> = {
  deadline: { yellow: "事项临近办结期限", red: "事项已超过办结期限" },
  followUp: { yellow: "差评整改回访临近期限", red: "差评整改回访已超期" },
};

/** What the rule needs to know of one matter (the projection columns of a matter row). */
export interface ReminderMatterFacts {
  matterId: string;
  /** The promised date with completion and a running pause; null before acceptance (or rejected / referred). */
  deadline: DeadlineFacts | null;
  /** True once the matter is closed (no deadline reminder after that). */
  closed: boolean;
  /** Due date of the open follow-up of a bad rating; null when none is open. */
  followUpDue: IsoDate | null;
}

export interface ReminderKey {
  matterId: string;
  subject: ReminderSubject;
  level: ReminderLevel;
}

export interface DueReminder extends ReminderKey {
  /** The date in force (a running pause moves it as if the pause ended today). */
  dueDate: IsoDate;
  /** Working days left after today; negative when overdue. */
  remainingWorkdays: number;
}

/** The light of one subject of a matter today, or null when it has none or its year lacks calendar data. */
function levelOf(calendar: Calendar, facts: DeadlineFacts, today: IsoDate, options: LightOptions) {
  try {
    const st = deadlineStatusOn(calendar, facts, today, options);
    if (st.kind !== "open" || st.light === "green") return null;
    // a rest day right after the date is red with no working day overdue yet: -0, kept as 0
    return { level: st.light, dueDate: st.promisedDate, remainingWorkdays: st.remainingWorkdays || 0 };
  } catch (e) {
    // a year without calendar data shows no light (the district must add the year); it is no reason to stop the scan
    if (isDomainError(e) && e.code === "CALENDAR_YEAR_MISSING") return null;
    throw e;
  }
}

/**
 * The reminders due today, at most one per matter and subject (the current level), leaving out what has fired:
 * a level already fired, and a yellow once the red has fired. Completed or closed matters get no deadline reminder;
 * a follow-up reminder goes by the follow-up's own due date.
 */
export function dueReminders(
  matters: readonly ReminderMatterFacts[],
  calendar: Calendar,
  today: IsoDate,
  options: LightOptions & { fired?: readonly ReminderKey[] } = {},
): DueReminder[] {
  const fired = new Set((options.fired ?? []).map((f) => `${f.matterId}|${f.subject}|${f.level}`));
  const due: DueReminder[] = [];
  const consider = (matterId: string, subject: ReminderSubject, facts: DeadlineFacts) => {
    const lit = levelOf(calendar, facts, today, options);
    if (!lit) return;
    const key = `${matterId}|${subject}|`;
    if (fired.has(key + lit.level) || (lit.level === "yellow" && fired.has(key + "red"))) return;
    due.push({ matterId, subject, ...lit });
  };
  for (const m of matters) {
    if (m.deadline && !m.closed && !m.deadline.completedOn) consider(m.matterId, "deadline", m.deadline);
    if (m.followUpDue) consider(m.matterId, "followUp", { promisedDate: m.followUpDue });
  }
  return due;
}

/** What a reminder says about its matter; only the applicant's surname, never an ID number or phone. */
export interface ReminderMatterLabel {
  itemName: string;
  receiptNo: string | null;
  applicantName: string;
  /** The village (community) of the station: "王庄村". */
  villageName: string;
  /** "二七区", for the SMS signature. */
  districtName: string;
}

/** "刘某": the applicant as reminders name them. */
export function applicantSurname(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? `${first}某` : "群众";
}

/** "3月9日". */
function monthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function remainingText(r: DueReminder): string {
  if (r.level === "red") return r.remainingWorkdays < 0 ? `已超期${-r.remainingWorkdays}个工作日` : "已超期";
  return r.remainingWorkdays === 0 ? "今日到期" : `剩${r.remainingWorkdays}个工作日`;
}

/** The in-app notification (title, body) and the short SMS of a reminder. */
export function reminderTexts(r: DueReminder, m: ReminderMatterLabel): { title: string; body: string; sms: string } {
  const who = `申请人${applicantSurname(m.applicantName)}`;
  // in the app: village, item and receipt number; in the SMS (short): the receipt number, else the item
  const matter = `${m.villageName}：${m.itemName}（${m.receiptNo ? `${m.receiptNo}，` : ""}${who}）`;
  const ref = `${m.receiptNo ?? m.itemName}（${m.villageName}，${who}）`;
  const date = monthDay(r.dueDate);
  const overdue = r.level === "red";
  const body =
    r.subject === "deadline"
      ? `${matter}承诺${date}办结，${remainingText(r)}，请及时办理。`
      : `${matter}的差评整改回访应于${date}前完成，${remainingText(r)}，请及时回访。`;
  const sms =
    r.subject === "deadline"
      ? overdue
        ? `事项${ref}已于${date}到期，现已超期，请尽快办理`
        : `事项${ref}将于${date}到期，请及时办理`
      : overdue
        ? `事项${ref}的差评整改回访已于${date}到期，请尽快回访`
        : `事项${ref}的差评整改回访将于${date}到期，请及时回访`;
  return { title: REMINDER_TITLES[r.subject][r.level], body, sms: `【${m.districtName}便民服务】${sms}` };
}
