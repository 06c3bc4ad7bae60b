import { and, asc, eq } from "drizzle-orm";
import type { SessionUser } from "@bianmin/auth";
import { catalogQueries, districtCenters, districts, orgQueries, stations, townships, users, villages, windowItems, windows } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { SEED_DISTRICT } from "@bianmin/db/seed";
import type { Calendar, IsoDate, ServiceItemVersion } from "@bianmin/domain";
import { createContext } from "../context";
import { loadCalendar } from "../matters/calendar";
import { createCaller } from "../root";
import { sessionUser } from "../session-user";
import { msAt } from "./clock";
import type { Rng } from "./random";

/** The seeded district as the demo history sees it: stations with their staff, township centres, catalogue. */

export interface Staff {
  userId: string;
  username: string;
  name: string;
  isHead: boolean;
  scope: string[];
}

export interface Township {
  id: string;
  name: string;
  /** `<slug>-staff`: follow-ups, escalated complaints, and the windows without a clerk of their own. */
  staff: string;
  /** `<slug>-window1`: the clerk of window 1. */
  window1: string;
  /** Window number handling each item code. */
  windowOf: Map<string, number>;
  stations: Station[];
}

export interface Station {
  index: number;
  id: string;
  districtId: string;
  townshipId: string;
  villageId: string;
  villageName: string;
  villageKind: "village" | "community";
  townshipName: string;
  township: Township;
  staff: Staff[];
  head: Staff;
}

/**
 * How often a staff member is at the station on a working day: agents most days, the head (who also has the village
 * committee's work) somewhat less. Every shift is two audited API calls, the largest share of a history's cost.
 */
const PRESENT = { head: 0.7, agent: 0.85 };

/** The simulation lane of a station: its processes run one at a time, in time order. */
export const laneOf = (st: Station) => `station:${st.index}`;

/** Who is at the station on a working day, clocked on and off at these moments. */
export interface Shift {
  member: Staff;
  on: number;
  off: number;
}

export class World {
  private shifts = new Map<string, Shift[]>();

  private constructor(
    readonly db: Db,
    readonly calendar: Calendar,
    readonly districtId: string,
    readonly approvalCenterName: string,
    readonly items: ServiceItemVersion[],
    readonly stations: Station[],
    readonly townships: Township[],
    readonly inspector: { userId: string; name: string; username: string },
    private readonly sessions: Map<string, SessionUser>,
    private readonly rng: Rng,
  ) {}

  static async load(db: Db, rng: Rng): Promise<World> {
    const [district] = await db.select().from(districts).where(eq(districts.code, SEED_DISTRICT.code));
    if (!district) throw new Error("没有找到演示区县（请先运行种子数据）");
    const [approval] = await db.select().from(districtCenters).where(and(eq(districtCenters.districtId, district.id), eq(districtCenters.kind, "approval")));
    const people = await db
      .select({ id: users.id, username: users.username, role: users.role, townshipId: users.townshipId, windowId: users.windowId })
      .from(users)
      .where(eq(users.districtId, district.id));
    const windowRows = await db
      .select({ townshipId: windows.townshipId, number: windows.number, itemCode: windowItems.itemCode })
      .from(windows)
      .innerJoin(windowItems, eq(windowItems.windowId, windows.id));
    const townshipRows = await db.select().from(townships).where(eq(townships.districtId, district.id)).orderBy(asc(townships.code));
    const ts = new Map<string, Township>();
    for (const t of townshipRows) {
      const staff = people.find((u) => u.townshipId === t.id && u.role === "townshipStaff" && !u.windowId)?.username;
      const window1 = people.find((u) => u.townshipId === t.id && u.role === "townshipStaff" && u.windowId)?.username;
      if (!staff || !window1) continue;
      const windowOf = new Map(windowRows.filter((w) => w.townshipId === t.id).map((w) => [w.itemCode, w.number]));
      ts.set(t.id, { id: t.id, name: t.name, staff, window1, windowOf, stations: [] });
    }

    const stationRows = await db
      .select({ id: stations.id, townshipId: stations.townshipId, villageId: stations.villageId, villageName: villages.name, villageKind: villages.kind, townshipName: townships.name })
      .from(stations)
      .innerJoin(villages, eq(villages.id, stations.villageId))
      .innerJoin(townships, eq(townships.id, stations.townshipId))
      .where(and(eq(stations.districtId, district.id), eq(stations.status, "operating")))
      .orderBy(asc(villages.code));
    const list: Station[] = [];
    for (const s of stationRows) {
      const township = ts.get(s.townshipId);
      if (!township) continue;
      const staff: Staff[] = (await orgQueries.stationStaff(db, s.id)).map((m) => ({
        userId: m.userId,
        username: people.find((u) => u.id === m.userId)!.username,
        name: m.name,
        isHead: m.isHead,
        scope: m.scope,
      }));
      const head = staff.find((m) => m.isHead);
      if (!head || staff.length < 2) continue;
      const station: Station = { index: list.length, id: s.id, districtId: district.id, townshipId: s.townshipId, villageId: s.villageId, villageName: s.villageName, villageKind: s.villageKind, townshipName: s.townshipName, township, staff, head };
      township.stations.push(station);
      list.push(station);
    }

    const inspectorRow = people.find((u) => u.role === "efficiencyInspector");
    if (!inspectorRow) throw new Error("没有找到效能中心明察暗访人员账号");
    const names = [...list.flatMap((s) => s.staff.map((m) => m.username)), ...[...ts.values()].flatMap((t) => [t.staff, t.window1]), inspectorRow.username];
    const sessions = new Map<string, SessionUser>();
    for (const username of names) sessions.set(username, await sessionUser(db, username));
    const inspector = sessions.get(inspectorRow.username)!;
    return new World(
      db,
      await loadCalendar(db),
      district.id,
      approval?.name ?? "区行政审批中心",
      (await catalogQueries.currentItems(db)) as ServiceItemVersion[],
      list,
      [...ts.values()].filter((t) => t.stations.length > 0),
      { userId: inspector.id, name: inspector.name, username: inspectorRow.username },
      sessions,
      rng,
    );
  }

  /** A tRPC caller acting as `username` at the simulated moment `ms`, as the apps build it from a session. */
  as(username: string, ms: number) {
    const user = this.sessions.get(username);
    if (!user) throw new Error(`unknown demo user ${username}`);
    return createCaller(createContext({ db: this.db, user, now: new Date(ms), clientKey: "demo-history", publicUrl: "http://localhost:3001" }));
  }

  item(code: string): ServiceItemVersion {
    const item = this.items.find((i) => i.code === code);
    if (!item) throw new Error(`unknown item ${code}`);
    return item;
  }

  /** The staff on duty at a station on a working day: most of them, each with their clock-on and clock-off moments. */
  shiftsOn(station: Station, date: IsoDate): Shift[] {
    const key = `${station.index}:${date}`;
    const hit = this.shifts.get(key);
    if (hit) return hit;
    const r = this.rng.fork(`shift:${key}`);
    let present = station.staff.filter((m) => r.chance(m.isHead ? PRESENT.head : PRESENT.agent));
    if (!present.some((m) => !m.isHead)) present = [...present, r.pick(station.staff.filter((m) => !m.isHead))];
    const shifts = present.map((member) => ({ member, on: msAt(date, r.int(8 * 60 + 5, 8 * 60 + 50)), off: msAt(date, r.int(17 * 60 + 25, 18 * 60 + 5)) }));
    this.shifts.set(key, shifts);
    return shifts;
  }

  /** Someone on duty that day, preferring `prefer` when they are there. */
  onDuty(station: Station, date: IsoDate, r: Rng, prefer?: (m: Staff) => boolean): Staff {
    const here = this.shiftsOn(station, date).map((s) => s.member);
    const preferred = prefer ? here.filter(prefer) : [];
    return preferred.length > 0 ? r.pick(preferred) : r.pick(here);
  }

  staffById(station: Station, userId: string): Staff {
    const m = station.staff.find((s) => s.userId === userId);
    if (!m) throw new Error(`no staff ${userId} at station`);
    return m;
  }
}
