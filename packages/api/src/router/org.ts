import { z } from "zod";
import { itemCodeSchema, stationName } from "@bianmin/domain";
import { appendAudit, catalogQueries, orgQueries } from "@bianmin/db";
import type { Tx } from "@bianmin/db";
import { fieldRefusal, notFound } from "../errors";
import { assertCanSeeUnit } from "../scope";
import { authedProcedure, districtProcedure, router, townshipProcedure, villageProcedure , stationHeadProcedure } from "../trpc";

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

  /**
   * Station head: the service items one agent of the station is responsible for (归口, R-ORG-4), replacing the
   * agent's list. Only active catalogue items; the station's gaps are shown again on the station page.
   */
  setAgentScope: stationHeadProcedure("只有站长可以调整代办员的归口事项")
    .input(z.object({ agentId: uuid("代办员"), itemCodes: z.array(itemCodeSchema, { error: "归口事项格式不正确" }).max(500, { error: "归口事项过多" }) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staff = await orgQueries.stationStaff(tx, ctx.unit.stationId);
        const agent = staff.find((s) => s.agentId === input.agentId);
        if (!agent) throw notFound("代办员");
        const codes = [...new Set(input.itemCodes)].sort();
        const active = new Set((await catalogQueries.currentItems(tx)).map((i) => i.code));
        const unknown = codes.filter((c) => !active.has(c));
        if (unknown.length) throw fieldRefusal("itemCodes", `事项 ${unknown.join("、")} 不在事项目录中或已停用`);
        await orgQueries.setAgentScope(tx, agent.agentId, codes);
        await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "org.setAgentScope", entity: "agent", entityId: agent.agentId, before: { name: agent.name, scope: agent.scope }, after: { name: agent.name, scope: codes }, at: ctx.now });
        return { agentId: agent.agentId, scope: codes };
      }),
    ),

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
