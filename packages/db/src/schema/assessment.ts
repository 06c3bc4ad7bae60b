import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RubricInput, RubricResult } from "@bianmin/domain";
import { districts, stations, townships, villages } from "./org";
import { users } from "./users";

/** Published versions of the scoring rubrics (考核细则); a version is never edited, a change is a new version. */
export const rubrics = pgTable(
  "rubrics",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    code: text().notNull(),
    version: integer().notNull(),
    subject: text({ enum: ["agent", "station"] }).notNull(),
    definition: jsonb().$type<RubricInput>().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    publishedBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex("rubrics_code_version_uq").on(t.districtId, t.code, t.version)],
);

/**
 * One version of an assessment (R-ASM-1 bimonthly agent, R-ASM-2 half-year station). A draft may be recomputed;
 * a confirmed version is read-only, and a correction is a new version linked by `supersedesId` (R-ASM-3).
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    townshipId: uuid()
      .notNull()
      .references(() => townships.id),
    villageId: uuid()
      .notNull()
      .references(() => villages.id),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    subjectKind: text({ enum: ["agent", "station"] }).notNull(),
    /** The agent's user id, or the station id. */
    subjectId: uuid().notNull(),
    subjectName: text().notNull(),
    periodKey: text().notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    periodEnd: date({ mode: "string" }).notNull(),
    version: integer().notNull(),
    supersedesId: uuid(),
    correctionReason: text(),
    status: text({ enum: ["draft", "confirmed"] })
      .notNull()
      .default("draft"),
    rubricId: uuid()
      .notNull()
      .references(() => rubrics.id),
    metrics: jsonb().$type<Record<string, number>>().notNull(),
    /** The assessment team's score out of 100, entered before confirmation. */
    teamScore: integer(),
    teamNote: text(),
    result: jsonb().$type<RubricResult>().notNull(),
    total: integer().notNull(),
    /** 奖励 / 无 / 通报批评, decided when confirming. */
    decision: text({ enum: ["reward", "none", "criticism"] }),
    decisionNote: text(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
    computedBy: uuid().references(() => users.id),
    confirmedAt: timestamp({ withTimezone: true }),
    confirmedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    rowVersion: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("assessments_subject_period_version_uq").on(t.subjectKind, t.subjectId, t.periodKey, t.version),
    index("assessments_township_period_idx").on(t.townshipId, t.periodKey),
    index("assessments_district_period_idx").on(t.districtId, t.subjectKind, t.periodKey),
    check("assessments_status_ck", sql`${t.status} in ('draft','confirmed')`),
    check("assessments_confirmed_ck", sql`(${t.status} = 'confirmed') = (${t.confirmedAt} is not null)`),
  ],
);
