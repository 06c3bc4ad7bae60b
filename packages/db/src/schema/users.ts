import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { districts, stations, townships, villages, windows } from "./org";
import { serviceItems } from "./catalog";
import { ROLES } from "@bianmin/domain";

export { ROLES } from "@bianmin/domain";
export type { Role } from "@bianmin/domain";

/**
 * A person who signs in. The unit is the deepest of district/township/village that the role belongs to;
 * every user carries the district id, township roles carry the township, station roles the village and station.
 */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    passwordHash: text().notNull(),
    name: text().notNull(),
    phone: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid().references(() => townships.id),
    villageId: uuid().references(() => villages.id),
    stationId: uuid().references(() => stations.id),
    windowId: uuid().references(() => windows.id),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_username_uq").on(t.username),
    index("users_station_idx").on(t.stationId),
    check(
      "users_role_ck",
      sql`${t.role} in ('agent','stationHead','townshipStaff','townshipSupervisor','approvalAssessor','efficiencyInspector','districtAdmin')`,
    ),
    check(
      "users_unit_ck",
      sql`case
        when ${t.role} in ('agent','stationHead') then ${t.stationId} is not null and ${t.villageId} is not null and ${t.townshipId} is not null
        when ${t.role} in ('townshipStaff','townshipSupervisor') then ${t.townshipId} is not null and ${t.stationId} is null
        else ${t.townshipId} is null and ${t.stationId} is null end`,
    ),
  ],
);

/** Station staff: every person who handles matters at a station is an agent (代办员); the head is flagged. */
export const agents = pgTable(
  "agents",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    isHead: boolean().notNull().default(false),
    duties: text().notNull(),
    badgeNo: text().notNull(),
  },
  (t) => [uniqueIndex("agents_user_uq").on(t.userId), index("agents_station_idx").on(t.stationId)],
);

/** 归口: the service items an agent is responsible for (R-ORG-4). */
export const agentScopes = pgTable(
  "agent_scopes",
  {
    agentId: uuid()
      .notNull()
      .references(() => agents.id),
    itemCode: text()
      .notNull()
      .references(() => serviceItems.code),
  },
  (t) => [uniqueIndex("agent_scopes_pk").on(t.agentId, t.itemCode), index("agent_scopes_item_idx").on(t.itemCode)],
);

/** Failed attempts per key (a username for sign-in, "lookup:<ip>" for the public lookup), to slow down guessing (R-SEC-4). */
export const throttle = pgTable("throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
});
