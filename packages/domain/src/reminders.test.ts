import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addWorkdays, initialMatterState } from "./index";
import type { IsoDate, MatterState } from "./index";
import { followUpDeadlineStatus, matterDeadlineStatus } from "./lights";
import { applicantSurname, dueReminders, reminderTexts } from "./reminders";
import type { DueReminder, ReminderKey, ReminderMatterFacts } from "./reminders";
import { calendar } from "./test-fixtures/matter";

const open = (matterId: string, promisedDate: IsoDate, extra: Partial<ReminderMatterFacts> = {}): ReminderMatterFacts => ({
  matterId,
  deadline: { promisedDate, completedOn: null, pausedOn: null },
  closed: false,
  followUpDue: null,
  ...extra,
});

/** Days of 2025 and the first half of 2026 (the fixture calendar covers 2024–2026; pauses may move dates later). */
const day = fc.integer({ min: 0, max: 540 }).map((n) => addDays("2025-01-01", n));
const facts = fc.record({
  matterId: fc.constantFrom("m1", "m2", "m3"),
  promisedDate: day,
  completedOn: fc.option(day, { nil: null }),
  pausedOn: fc.option(day, { nil: null }),
  closed: fc.boolean(),
  followUpDue: fc.option(day, { nil: null }),
  accepted: fc.boolean(),
});
type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;
const toFacts = (f: Facts): ReminderMatterFacts => ({
  matterId: f.matterId,
  deadline: f.accepted ? { promisedDate: f.promisedDate, completedOn: f.completedOn, pausedOn: f.pausedOn } : null,
  closed: f.closed,
  followUpDue: f.followUpDue,
});
const key = fc.record({ matterId: fc.constantFrom("m1", "m2", "m3"), subject: fc.constantFrom("deadline" as const, "followUp" as const), level: fc.constantFrom("yellow" as const, "red" as const) });

/** The same facts as a matter state, to light it with the matter's own rules. */
function stateOf(f: Facts): MatterState {
  return {
    ...initialMatterState(),
    promisedDate: f.accepted ? f.promisedDate : null,
    pause: f.pausedOn ? { reason: "applicantSupplement", pausedAt: `${f.pausedOn}T09:00:00+08:00`, pausedOn: f.pausedOn } : null,
    completion: f.completedOn ? ({ completedOn: f.completedOn } as MatterState["completion"]) : null,
    followUp: f.followUpDue ? { openedAt: "2025-01-01T09:00:00+08:00", days: 5, dueDate: f.followUpDue, steps: [], closedAt: null, closedOn: null } : null,
  };
}

describe("reminders of yellow and red matters (R-DL-5)", () => {
  it("R-DL-5 a matter promised for Thursday 2025-03-06 is reminded yellow from Tuesday and red from Friday, a green one not at all", () => {
    const m = [open("a", "2025-03-06")];
    expect(dueReminders(m, calendar, "2025-03-03")).toEqual([]);
    expect(dueReminders(m, calendar, "2025-03-04")).toEqual([{ matterId: "a", subject: "deadline", level: "yellow", dueDate: "2025-03-06", remainingWorkdays: 2 }]);
    expect(dueReminders(m, calendar, "2025-03-06")).toMatchObject([{ level: "yellow", remainingWorkdays: 0 }]);
    expect(dueReminders(m, calendar, "2025-03-07")).toEqual([{ matterId: "a", subject: "deadline", level: "red", dueDate: "2025-03-06", remainingWorkdays: -1 }]);
  });

  it("R-DL-5 what has fired does not fire again, and a yellow never follows the red", () => {
    const m = [open("a", "2025-03-06")];
    expect(dueReminders(m, calendar, "2025-03-05", { fired: [{ matterId: "a", subject: "deadline", level: "yellow" }] })).toEqual([]);
    expect(dueReminders(m, calendar, "2025-03-05", { fired: [{ matterId: "a", subject: "deadline", level: "red" }] })).toEqual([]);
    expect(dueReminders(m, calendar, "2025-03-07", { fired: [{ matterId: "a", subject: "deadline", level: "yellow" }] })).toMatchObject([{ level: "red" }]);
    // another matter's or subject's reminder is no reason to stay silent
    expect(dueReminders(m, calendar, "2025-03-05", { fired: [{ matterId: "b", subject: "deadline", level: "yellow" }, { matterId: "a", subject: "followUp", level: "yellow" }] })).toHaveLength(1);
  });

  it("R-DL-5 completed and closed matters get no deadline reminder; an open follow-up is reminded by its own due date", () => {
    const done = open("a", "2025-03-06", { deadline: { promisedDate: "2025-03-06", completedOn: "2025-03-10", pausedOn: null }, followUpDue: "2025-03-17" });
    expect(dueReminders([done], calendar, "2025-03-12")).toEqual([]);
    expect(dueReminders([done], calendar, "2025-03-13")).toEqual([{ matterId: "a", subject: "followUp", level: "yellow", dueDate: "2025-03-17", remainingWorkdays: 2 }]);
    expect(dueReminders([done], calendar, "2025-03-18")).toMatchObject([{ subject: "followUp", level: "red", remainingWorkdays: -1 }]);
    expect(dueReminders([open("b", "2025-03-06", { closed: true })], calendar, "2025-03-20")).toEqual([]);
  });

  it("R-DL-5 a paused clock holds the light where it stopped (the reminder names the date in force)", () => {
    const paused = open("a", "2025-03-06", { deadline: { promisedDate: "2025-03-06", pausedOn: "2025-03-04", completedOn: null } });
    expect(dueReminders([paused], calendar, "2025-03-11")).toEqual([{ matterId: "a", subject: "deadline", level: "yellow", dueDate: "2025-03-13", remainingWorkdays: 2 }]);
  });

  it("R-DL-5 counts working days on the official calendar: the make-up Sunday counts, the National Day holiday does not", () => {
    // a follow-up due Tuesday 2025-09-30; Sunday 09-28 is a make-up working day, 10-01..10-08 are holidays
    const f = open("a", "2025-03-06", { closed: true, followUpDue: "2025-09-30" });
    expect(dueReminders([f], calendar, "2025-09-27")).toEqual([]);
    expect(dueReminders([f], calendar, "2025-09-28")).toMatchObject([{ subject: "followUp", level: "yellow", remainingWorkdays: 2 }]);
    const holiday = dueReminders([f], calendar, "2025-10-05");
    expect(holiday).toEqual([{ matterId: "a", subject: "followUp", level: "red", dueDate: "2025-09-30", remainingWorkdays: 0 }]);
    expect(reminderTexts(holiday[0]!, { itemName: "居住证明", receiptNo: null, applicantName: "刘秀兰", villageName: "王庄村", districtName: "二七区" }).body).toContain("已超期，请及时回访");
    expect(dueReminders([f], calendar, "2025-10-09")).toMatchObject([{ level: "red", remainingWorkdays: -1 }]);
  });

  it("R-DL-5 a year without calendar data gives no reminder rather than stopping the scan", () => {
    expect(dueReminders([open("a", "2030-01-10"), open("b", "2025-03-06")], calendar, "2025-03-07")).toMatchObject([{ matterId: "b", level: "red" }]);
  });

  it("R-DL-5 property: a completed or closed matter never gets a deadline reminder, and red only after the date in force", () => {
    fc.assert(
      fc.property(fc.uniqueArray(facts, { maxLength: 3, selector: (f) => f.matterId }), day, (fs, today) => {
        const due = dueReminders(fs.map(toFacts), calendar, today);
        for (const r of due) {
          const f = fs.find((x) => x.matterId === r.matterId)!;
          expect(r.level === "red").toBe(today > r.dueDate);
          if (r.subject === "deadline") {
            expect(f.accepted && !f.closed && !f.completedOn).toBe(true);
            if (!f.pausedOn) expect(r.dueDate).toBe(f.promisedDate);
          } else {
            expect(r.dueDate).toBe(f.followUpDue);
          }
        }
      }),
    );
  });

  it("R-DL-5 property: the level is the light the matter's own rules show (matterDeadlineStatus, followUpDeadlineStatus)", () => {
    fc.assert(
      fc.property(facts, day, (f, today) => {
        const due = dueReminders([toFacts(f)], calendar, today);
        const now = `${today}T12:00:00+08:00`;
        const st = stateOf(f);
        const lightOf = (s: ReturnType<typeof matterDeadlineStatus>) => (s.kind === "open" && s.light !== "green" ? s.light : null);
        const safely = (g: () => ReturnType<typeof matterDeadlineStatus>) => {
          try {
            return lightOf(g());
          } catch {
            return null;
          }
        };
        const deadline = f.closed ? null : safely(() => matterDeadlineStatus(st, now, calendar));
        const followUp = safely(() => followUpDeadlineStatus(st, now, calendar));
        expect(due.find((r) => r.subject === "deadline")?.level ?? null).toBe(deadline);
        expect(due.find((r) => r.subject === "followUp")?.level ?? null).toBe(followUp);
        if (followUp === "red") expect(today > f.followUpDue!).toBe(true);
      }),
    );
  });

  it("R-DL-5 property: at most one reminder per matter and subject, never one already fired, never a yellow after the red", () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 6 }), day, fc.array(key, { maxLength: 6 }), (fs, today, fired) => {
        const unique = fs.filter((f, i) => fs.findIndex((x) => x.matterId === f.matterId) === i).map(toFacts);
        const due = dueReminders(unique, calendar, today, { fired });
        const keys = due.map((r) => `${r.matterId}|${r.subject}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of due) {
          expect(fired.some((k) => k.matterId === r.matterId && k.subject === r.subject && k.level === r.level)).toBe(false);
          if (r.level === "yellow") expect(fired.some((k) => k.matterId === r.matterId && k.subject === r.subject && k.level === "red")).toBe(false);
        }
      }),
    );
  });

  it("R-DL-5 property: scanning every day from acceptance fires yellow then red, each once, and never yellow after red", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 4 }), (accepted, limit, yellowWithinDays) => {
        const promised = addWorkdays(calendar, accepted, limit);
        const fired: ReminderKey[] = [];
        const log: (DueReminder & { on: IsoDate })[] = [];
        for (let d = accepted; d <= addDays(promised, 10); d = addDays(d, 1)) {
          const due = dueReminders([open("a", promised)], calendar, d, { fired, yellowWithinDays });
          fired.push(...due);
          log.push(...due.map((r) => ({ ...r, on: d })));
        }
        const levels = log.map((r) => r.level);
        expect(levels.filter((l) => l === "red")).toHaveLength(1);
        expect(levels.filter((l) => l === "yellow")).toHaveLength(1);
        expect(levels.indexOf("yellow") < levels.indexOf("red")).toBe(true);
        const red = log.find((r) => r.level === "red")!;
        // the first day after the promised date, a working day or not
        expect(red.on).toBe(addDays(promised, 1));
        expect(red.remainingWorkdays).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("what a reminder says (R-DL-5)", () => {
  const label = { itemName: "居住证明", receiptNo: "410103100202-20250304-0001", applicantName: "刘秀兰", villageName: "王庄村", districtName: "二七区" };
  const yellow: DueReminder = { matterId: "a", subject: "deadline", level: "yellow", dueDate: "2025-03-06", remainingWorkdays: 1 };

  it("R-DL-5 the SMS is short, signed by the district, and names the applicant by surname only", () => {
    const t = reminderTexts(yellow, label);
    expect(t.sms).toBe("【二七区便民服务】事项410103100202-20250304-0001（王庄村，申请人刘某）将于3月6日到期，请及时办理");
    expect(t.title).toBe("事项临近办结期限");
    expect(t.body).toBe("王庄村：居住证明（410103100202-20250304-0001，申请人刘某）承诺3月6日办结，剩1个工作日，请及时办理。");
    expect(`${t.sms}${t.body}${t.title}`).not.toContain("秀兰");
  });

  it("R-DL-5 red and follow-up reminders say so", () => {
    const red = reminderTexts({ ...yellow, level: "red", remainingWorkdays: -3 }, { ...label, receiptNo: null });
    expect(red.sms).toBe("【二七区便民服务】事项居住证明（王庄村，申请人刘某）已于3月6日到期，现已超期，请尽快办理");
    expect(red.body).toBe("王庄村：居住证明（申请人刘某）承诺3月6日办结，已超期3个工作日，请及时办理。");
    expect(red.body).toContain("已超期3个工作日");
    const fu = reminderTexts({ ...yellow, subject: "followUp", remainingWorkdays: 0 }, label);
    expect(fu.title).toBe("差评整改回访临近期限");
    expect(fu.body).toContain("今日到期");
    expect(fu.sms).toContain("差评整改回访将于3月6日到期，请及时回访");
  });

  it("R-DL-5 the surname is the first character, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0), (name) => {
        const s = applicantSurname(name);
        expect(s.endsWith("某")).toBe(true);
        expect(Array.from(s)).toHaveLength(2);
      }),
    );
    expect(applicantSurname("  ")).toBe("群众");
  });
});
