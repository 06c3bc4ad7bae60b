import { TRPCError } from "@trpc/server";
import { and, eq, isNull } from "drizzle-orm";
import { appendAudit, attendance, matterQueries, orgQueries, shanghaiDayStart } from "@bianmin/db";
import { shanghaiDate } from "@bianmin/domain";
import { router, villageProcedure } from "../trpc";


export const attendanceRouter = router({
  /** Who is on duty at my station now, and my own status (R-RUL-5). */
  status: villageProcedure.query(async ({ ctx }) => {
    const [mine, staff, today] = await Promise.all([
      matterQueries.openAttendance(ctx.db, ctx.user.id),
      orgQueries.stationStaff(ctx.db, ctx.unit.stationId),
      matterQueries.stationAttendanceSince(ctx.db, ctx.unit.stationId, shanghaiDayStart(shanghaiDate(ctx.now.toISOString()))),
    ]);
    const onDuty = new Set(today.filter((t) => t.offAt === null).map((t) => t.userId));
    return {
      me: { onDuty: mine !== null, since: mine?.onAt ?? null },
      staff: staff.map((s) => ({ userId: s.userId, name: s.name, phone: s.phone, isHead: s.isHead, onDuty: onDuty.has(s.userId) })),
      today,
    };
  }),

  /** 签到上岗. */
  clockOn: villageProcedure.mutation(({ ctx }) =>
    ctx.db.transaction(async (tx) => {
      const open = await matterQueries.openAttendance(tx, ctx.user.id);
      if (open) throw new TRPCError({ code: "BAD_REQUEST", message: "您已签到在岗，无需重复签到" });
      const [row] = await tx
        .insert(attendance)
        .values({ userId: ctx.user.id, stationId: ctx.unit.stationId, districtId: ctx.unit.districtId, townshipId: ctx.unit.townshipId, onAt: ctx.now })
        .onConflictDoNothing()
        .returning();
      if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: "您已签到在岗，无需重复签到" });
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "attendance.clockOn", entity: "attendance", entityId: row.id, after: { onAt: row.onAt }, at: ctx.now });
      return { onDuty: true, since: row.onAt };
    }),
  ),

  /** 签退离岗. */
  clockOff: villageProcedure.mutation(({ ctx }) =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(attendance)
        .set({ offAt: ctx.now })
        .where(and(eq(attendance.userId, ctx.user.id), isNull(attendance.offAt)))
        .returning();
      if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: "您当前未签到，无需签退" });
      await appendAudit(tx, { districtId: ctx.unit.districtId, actorId: ctx.user.id, actorName: ctx.user.name, action: "attendance.clockOff", entity: "attendance", entityId: row.id, before: { onAt: row.onAt }, after: { offAt: row.offAt }, at: ctx.now });
      return { onDuty: false, since: null };
    }),
  ),
});
