import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { rolloutTargets, stations, townships, villages } from "../schema";

/** 建设进度 (R-ORG-6): the district's dated targets, earliest first. */
export async function targetsOfDistrict(db: Tx, districtId: string) {
  return db
    .select({ id: rolloutTargets.id, campaign: rolloutTargets.campaign, date: rolloutTargets.targetDate, percent: rolloutTargets.percent })
    .from(rolloutTargets)
    .where(eq(rolloutTargets.districtId, districtId))
    .orderBy(asc(rolloutTargets.targetDate));
}

/** Every village of the district with its township and the date its station was confirmed operating (null if not operating). */
export async function villagesOfDistrict(db: Tx, districtId: string) {
  return db
    .select({
      townshipId: townships.id,
      townshipName: townships.name,
      villageId: villages.id,
      villageName: villages.name,
      status: stations.status,
      operatingSince: stations.operatingSince,
    })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .leftJoin(stations, eq(stations.villageId, villages.id))
    .where(eq(townships.districtId, districtId))
    .orderBy(asc(townships.code), asc(villages.code));
}

export async function insertTarget(db: Tx, districtId: string, t: { campaign: string; date: string; percent: number }, now: Date) {
  const [row] = await db
    .insert(rolloutTargets)
    .values({ districtId, campaign: t.campaign, targetDate: t.date, percent: t.percent, createdAt: now })
    .returning({ id: rolloutTargets.id, campaign: rolloutTargets.campaign, date: rolloutTargets.targetDate, percent: rolloutTargets.percent });
  return row!;
}

/** Deletes one of the district's targets; null when the district has no such target. */
export async function deleteTarget(db: Tx, districtId: string, id: string) {
  const [row] = await db
    .delete(rolloutTargets)
    .where(and(eq(rolloutTargets.id, id), eq(rolloutTargets.districtId, districtId)))
    .returning({ id: rolloutTargets.id, campaign: rolloutTargets.campaign, date: rolloutTargets.targetDate, percent: rolloutTargets.percent });
  return row ?? null;
}
