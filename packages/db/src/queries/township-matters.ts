import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { RATING_LEVELS, isBadRating } from "@bianmin/domain";
import type { IsoDate } from "@bianmin/domain";
import type { Tx } from "../client";
import { matterEvents, matters, villages, windows } from "../schema";
import { queueColumns } from "./matters";

/**
 * The township centre's own work on matters: the windows' inbox of transferred matters (R-FLW-1, R-FLW-2) and
 * the follow-ups of bad ratings (R-FLW-4). Every query is bounded by the township (R-SEC-1).
 */

/** Tabs of a window's inbox, one per thing the window has to do (or did): they do not overlap. */
export const WINDOW_INBOX_GROUPS = ["pending", "handling", "paused", "toReturn", "returned"] as const;
export type WindowInboxGroup = (typeof WINDOW_INBOX_GROUPS)[number];

/** When the window handed the result back (null until it did). */
const returnedAt = sql<Date | null>`(select max(e.at) from ${matterEvents} e where e.matter_id = ${matters.id} and e.type = 'resultReturned')`.mapWith(matterEvents.at);
const transferredAt = sql<Date | null>`(select max(e.at) from ${matterEvents} e where e.matter_id = ${matters.id} and e.type = 'transferredToWindow')`.mapWith(matterEvents.at);

function groupWhere(group: WindowInboxGroup, returnedSince: Date): SQL {
  switch (group) {
    case "pending":
      return sql`${matters.status} = 'transferred'`;
    case "handling":
      return sql`${matters.status} = 'atWindow' and ${matters.pausedOn} is null`;
    case "paused":
      return sql`${matters.status} = 'atWindow' and ${matters.pausedOn} is not null`;
    case "toReturn":
      return sql`${matters.status} = 'completed' and ${matters.custodyKind} = 'window'`;
    case "returned":
      return sql`${matters.custodyKind} is distinct from 'window' and ${returnedAt} >= ${returnedSince.toISOString()}::timestamptz`;
  }
}

export interface WindowInboxFilter {
  /** One window; all windows of the township when absent. */
  windowId?: string;
  group?: WindowInboxGroup;
  /** The "returned" tab shows results handed back since this moment. */
  returnedSince: Date;
  limit?: number;
}

function inboxScope(townshipId: string, windowId: string | undefined) {
  return and(eq(matters.townshipId, townshipId), isNotNull(matters.windowId), windowId ? eq(matters.windowId, windowId) : undefined);
}

/** The matters transferred to the township's windows (or one window), most urgent first. */
export async function windowInbox(db: Tx, townshipId: string, f: WindowInboxFilter) {
  const groups = f.group ? [f.group] : WINDOW_INBOX_GROUPS;
  return db
    .select({
      ...queueColumns,
      villageName: villages.name,
      windowId: matters.windowId,
      windowName: windows.name,
      windowNumber: windows.number,
      transferredAt,
      returnedAt,
    })
    .from(matters)
    .innerJoin(villages, eq(villages.id, matters.villageId))
    .innerJoin(windows, eq(windows.id, matters.windowId))
    .where(and(inboxScope(townshipId, f.windowId), sql`(${sql.join(groups.map((g) => sql`(${groupWhere(g, f.returnedSince)})`), sql` or `)})`))
    .orderBy(sql`${matters.completedOn} is not null`, asc(matters.promisedDate), asc(matters.registeredAt))
    .limit(f.limit ?? 500);
}

/** How many matters each inbox tab holds, in one statement. */
export async function windowInboxCounts(db: Tx, townshipId: string, f: Pick<WindowInboxFilter, "windowId" | "returnedSince">): Promise<Record<WindowInboxGroup, number>> {
  const [row] = await db
    .select(Object.fromEntries(WINDOW_INBOX_GROUPS.map((g) => [g, sql<number>`(count(*) filter (where ${groupWhere(g, f.returnedSince)}))::int`])) as Record<WindowInboxGroup, SQL<number>>)
    .from(matters)
    .where(inboxScope(townshipId, f.windowId));
  return Object.fromEntries(WINDOW_INBOX_GROUPS.map((g) => [g, Number(row?.[g] ?? 0)])) as Record<WindowInboxGroup, number>;
}

/** The windows of a township's centre, in number order. */
export async function townshipWindows(db: Tx, townshipId: string) {
  return db
    .select({ id: windows.id, number: windows.number, name: windows.name })
    .from(windows)
    .where(eq(windows.townshipId, townshipId))
    .orderBy(asc(windows.number));
}

const BAD_RATINGS = RATING_LEVELS.filter(isBadRating);

/**
 * Matters of the township whose bad rating opened a follow-up: every open one (the follow_up_due index), and
 * those closed on or after `closedSince`. With the state, whose follow-up the rules read.
 */
export async function followUpsOfTownship(db: Tx, townshipId: string, closedSince: IsoDate) {
  return db
    .select({
      id: matters.id,
      status: matters.status,
      itemCode: matters.itemCode,
      itemName: matters.itemName,
      applicantName: matters.applicantName,
      receiptNo: matters.receiptNo,
      villageName: villages.name,
      rating: matters.rating,
      followUpDue: matters.followUpDue,
      state: matters.state,
      version: matters.version,
    })
    .from(matters)
    .innerJoin(villages, eq(villages.id, matters.villageId))
    .where(
      and(
        eq(matters.townshipId, townshipId),
        inArray(matters.rating, BAD_RATINGS),
        sql`(${matters.followUpDue} is not null or ${matters.state}->'followUp'->>'closedOn' >= ${closedSince})`,
      ),
    )
    .orderBy(sql`${matters.followUpDue} is null`, asc(matters.followUpDue), desc(matters.updatedAt));
}
