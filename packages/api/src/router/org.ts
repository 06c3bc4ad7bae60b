import { z } from "zod";
import { stationName } from "@bianmin/domain";
import { orgQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { notFound } from "../errors";
import { assertCanSeeUnit } from "../scope";
import { authedProcedure, districtProcedure, router, townshipProcedure, villageProcedure } from "../trpc";

const uuid = (label: string) => z.uuid({ error: `${label}编号格式不正确` });

/** A station as its staff and supervisors see it: derived name, head, leading group, agents and scopes, gaps. */
async function stationView(db: Tx, stationId: string) {
  const row = await orgQueries.stationWithUnits(db, stationId);
  if (!row) return null;
  const [staff, group, uncovered] = await Promise.all([
    orgQueries.stationStaff(db, stationId),
    orgQueries.leadingGroup(db, stationId),
    orgQueries.itemsWithoutResponsibleAgent(db, stationId),
  ]);
  return {
    id: row.station.id,
    districtId: row.station.districtId,
    townshipId: row.station.townshipId,
    villageId: row.station.villageId,
    name: stationName({ districtName: row.districtName, townshipName: row.townshipName, villageName: row.villageName }),
    villageName: row.villageName,
    villageCode: row.villageCode,
    townshipName: row.townshipName,
    address: row.station.address,
    phone: row.station.phone,
    officeHours: row.station.officeHours,
    areaM2: row.station.areaM2,
    status: row.station.status,
    operatingSince: row.station.operatingSince,
    head: staff.find((s) => s.isHead) ?? null,
    staff,
    leadingGroup: group,
    itemsWithoutResponsibleAgent: uncovered,
  };
}

export const orgRouter = router({
  /** Village: my station (R-ORG-3, R-ORG-4). */
  myStation: villageProcedure.query(async ({ ctx }) => {
    const view = await stationView(ctx.db, ctx.unit.stationId);
    if (!view) throw notFound("代办站");
    return view;
  }),

  /** Any station the caller may see (its township's staff, the district). */
  station: authedProcedure.input(z.object({ stationId: uuid("代办站") })).query(async ({ ctx, input }) => {
    const view = await stationView(ctx.db, input.stationId);
    if (!view) throw notFound("代办站");
    assertCanSeeUnit(ctx.user, view);
    return view;
  }),

  /** Township: my centre, its windows and their items, my villages and their stations (R-ORG-2). */
  myCenter: townshipProcedure.query(async ({ ctx }) => {
    const center = await orgQueries.townshipCenterOf(ctx.db, ctx.unit.townshipId);
    if (!center) throw notFound("便民服务中心");
    const [windows, villages] = await Promise.all([
      orgQueries.windowsWithItems(ctx.db, ctx.unit.townshipId),
      orgQueries.villagesOfTownship(ctx.db, ctx.unit.townshipId),
    ]);
    return {
      ...center.center,
      townshipName: center.townshipName,
      townshipCode: center.townshipCode,
      townshipKind: center.townshipKind,
      windows,
      villages: villages.map((v) => ({
        ...v,
        stationName: v.stationId ? stationName({ districtName: center.districtName, townshipName: center.townshipName, villageName: v.name }) : null,
      })),
    };
  }),

  /** District: townships with village and station counts, and the two district centres (R-ORG-1). */
  districtOverview: districtProcedure.query(async ({ ctx }) => {
    const district = await orgQueries.districtOf(ctx.db, ctx.unit.districtId);
    if (!district) throw notFound("区");
    const townships = await orgQueries.townshipsOfDistrict(ctx.db, ctx.unit.districtId);
    return { ...district, townships };
  }),

  /** District: one township's villages and stations. */
  township: districtProcedure.input(z.object({ townshipId: uuid("乡镇（街道）") })).query(async ({ ctx, input }) => {
    const center = await orgQueries.townshipCenterOf(ctx.db, input.townshipId);
    if (!center) throw notFound("乡镇（街道）");
    assertCanSeeUnit(ctx.user, { districtId: center.center.districtId, townshipId: input.townshipId });
    const villages = await orgQueries.villagesOfTownship(ctx.db, input.townshipId);
    return {
      townshipName: center.townshipName,
      townshipCode: center.townshipCode,
      centerName: center.center.name,
      villages: villages.map((v) => ({
        ...v,
        stationName: v.stationId ? stationName({ districtName: center.districtName, townshipName: center.townshipName, villageName: v.name }) : null,
      })),
    };
  }),
});
