import { z } from "zod";
import { CATEGORY_LABELS, LEVEL_LABELS, MATERIAL_FORM_LABELS, SERVICE_RECORD_REQUIREMENT, WORK_RULES } from "@bianmin/domain";
import { catalogQueries, complaintQueries, orgQueries } from "@bianmin/db";
import { notFound } from "../errors";
import { stationAndHotlines } from "../matters/views";
import { publicProcedure, router } from "../trpc";

/** The address of a station's public page, for staff to tell citizens and for the poster's QR code. */
export function publicPageUrl(publicUrl: string, villageCode: string): string {
  return `${publicUrl.replace(/\/$/, "")}/s/${villageCode}`;
}

const villageCode = z.string({ error: "村（社区）区划代码不能为空" }).regex(/^\d{12}$/, { error: "村（社区）区划代码应为12位数字" });

export const publicStationRouter = router({
  /**
   * A station's public page (R-CAT-4): derived name, office facts, every current item's guide, the work rules,
   * staff with roles, duties, phones and 归口 items, and the three complaint hotlines. Only what the rules
   * require to be displayed: no applicant, matter or complaint data.
   */
  page: publicProcedure.input(z.object({ villageCode })).query(async ({ ctx, input }) => {
    const unit = await complaintQueries.stationByVillageCode(ctx.db, input.villageCode);
    if (!unit) throw notFound("代办站");
    const [{ station, hotlines }, units, staff, items, handler] = await Promise.all([
      // the hotlines need only the row's units
      stationAndHotlines(ctx.db, unit),
      orgQueries.stationWithUnits(ctx.db, unit.stationId),
      orgQueries.stationStaff(ctx.db, unit.stationId),
      catalogQueries.currentItems(ctx.db),
      complaintQueries.stationHandler(ctx.db, unit.stationId),
    ]);
    const itemName = new Map(items.map((i) => [i.code, i.name]));
    return {
      villageCode: input.villageCode,
      pageUrl: publicPageUrl(ctx.publicUrl, input.villageCode),
      station: { ...station, villageName: units!.villageName, townshipName: units!.townshipName, operating: units!.station.status === "operating" },
      items: items.map((i) => ({
        code: i.code,
        name: i.name,
        categoryLabel: CATEGORY_LABELS[i.category],
        level: i.level,
        levelLabel: LEVEL_LABELS[i.level],
        handlingBody: i.handlingBody,
        conditions: i.conditions,
        legalBasis: i.legalBasis,
        guide: i.guide,
        timeLimitDays: i.timeLimitDays,
        inPerson: i.inPerson,
        materials: i.materials.map((m) => ({ name: m.name, formLabel: MATERIAL_FORM_LABELS[m.form], count: m.count, required: m.required })),
        fees: i.fees.map((f) => ({ name: f.name, amountFen: f.amountFen, basis: f.basis })),
        agents: staff.filter((s) => s.scope.includes(i.code)).map((s) => s.name),
      })),
      workRules: WORK_RULES,
      serviceRecord: SERVICE_RECORD_REQUIREMENT,
      staff: staff.map((s) => ({
        name: s.name,
        roleLabel: s.isHead ? "站长" : "代办员",
        duties: s.duties,
        phone: s.phone,
        badgeNo: s.badgeNo,
        items: s.scope.map((code) => itemName.get(code) ?? code),
      })),
      complaintHandler: handler?.name ?? null,
      hotlines,
      lookupPath: "/lookup",
    };
  }),
});
