import { TRPCError } from "@trpc/server";
import { FOLLOW_UP_STEPS, FOLLOW_UP_STEP_LABELS, RATING_LABELS, addDays, followUpDeadlineStatus, shanghaiDate } from "@bianmin/domain";
import { townshipMatterQueries } from "@bianmin/db";
import { loadCalendar } from "./calendar";
import type { MatterCaller } from "./service";
import { unlessCalendarMissing, withLights } from "./views";

/** How long results handed back and closed follow-ups stay listed (calendar days). */
export const RECENT_DAYS = 30;

export type WindowInboxGroup = townshipMatterQueries.WindowInboxGroup;

/**
 * The township centre's window inbox (R-FLW-1, R-FLW-2): the matters transferred to its windows, per tab, with
 * their lights. A window clerk sees only their own window; centre staff without a window see every window of
 * the centre, or pick one.
 */
export async function windowInbox(c: MatterCaller, townshipId: string, input: { group?: WindowInboxGroup; windowId?: string }) {
  const all = await townshipMatterQueries.townshipWindows(c.db, townshipId);
  const own = c.user.windowId ?? null;
  const visible = own ? all.filter((w) => w.id === own) : all;
  if (own && visible.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: "账号关联的窗口不属于本乡镇（街道）便民服务中心" });
  const chosen = input.windowId ? visible.find((w) => w.id === input.windowId) : own ? visible[0] : undefined;
  if (input.windowId && !chosen) throw new TRPCError({ code: "NOT_FOUND", message: "窗口不存在" });
  const scope = { windowId: chosen?.id, returnedSince: new Date(c.now.getTime() - RECENT_DAYS * 86_400_000) };
  const [rows, counts] = await Promise.all([
    townshipMatterQueries.windowInbox(c.db, townshipId, { ...scope, group: input.group }),
    townshipMatterQueries.windowInboxCounts(c.db, townshipId, scope),
  ]);
  return { windows: visible, window: chosen ?? null, ownWindow: own !== null, group: input.group ?? null, counts, rows: await withLights(c.db, rows, c.now) };
}

export type FollowUpFilter = "open" | "overdue" | "closed";

/**
 * The follow-ups of bad ratings in the township (R-FLW-4): every open one and those closed in the last
 * RECENT_DAYS days, each lit by its due date in working days (overdue = red), with the steps recorded.
 */
export async function followUpList(c: MatterCaller, townshipId: string, filter?: FollowUpFilter) {
  const now = c.now.toISOString();
  const closedSince = addDays(shanghaiDate(now), -RECENT_DAYS);
  const [rows, calendar] = await Promise.all([townshipMatterQueries.followUpsOfTownship(c.db, townshipId, closedSince), loadCalendar(c.db)]);
  const all = rows.flatMap((r) => {
    const f = r.state.followUp;
    const rating = r.state.rating;
    if (!f || !rating) return [];
    const st = unlessCalendarMissing(() => followUpDeadlineStatus(r.state, now, calendar), { kind: "none" as const });
    const next = FOLLOW_UP_STEPS[f.steps.length] ?? null;
    return [
      {
        matterId: r.id,
        status: r.status,
        receiptNo: r.receiptNo,
        itemName: r.itemName,
        applicantName: r.applicantName,
        villageName: r.villageName,
        rating: { level: rating.level, label: RATING_LABELS[rating.level], comment: rating.comment, at: rating.at },
        openedAt: f.openedAt,
        dueDate: f.dueDate,
        days: f.days,
        steps: f.steps.map((s) => ({ step: s.step, label: FOLLOW_UP_STEP_LABELS[s.step], text: s.text, at: s.at, byName: s.by.name })),
        stepsTotal: FOLLOW_UP_STEPS.length,
        nextStepLabel: next ? FOLLOW_UP_STEP_LABELS[next] : null,
        open: !f.closedAt,
        closedOn: f.closedOn,
        light: st.kind === "open" ? st.light : st.kind === "closed" ? st.result : null,
        remainingWorkdays: st.kind === "open" ? st.remainingWorkdays : null,
      },
    ];
  });
  const overdue = (x: (typeof all)[number]) => x.open && x.light === "red";
  const counts = { open: all.filter((x) => x.open).length, overdue: all.filter(overdue).length, closed: all.filter((x) => !x.open).length, all: all.length };
  const pick = { open: (x: (typeof all)[number]) => x.open, overdue, closed: (x: (typeof all)[number]) => !x.open };
  return { counts, recentDays: RECENT_DAYS, rows: filter ? all.filter(pick[filter]) : all };
}
