import { TRPCError } from "@trpc/server";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { apiClients, appendAudit, matters, newApiKey, users } from "@bianmin/db";
import { optionalText, requiredText } from "@bianmin/domain";
import { notFound } from "../errors";
import { router, districtAdminProcedure } from "../trpc";

/**
 * 开放接口 (R-API-1): the systems allowed to file online applications through Open311 — a hotline, a mobile app,
 * a county platform. Only the district's 系统管理员 lists, issues and revokes their keys; every write is audited
 * (R-SEC-2). A key is shown once, when issued; only its SHA-256 and its first characters are kept.
 */
const adminProcedure = districtAdminProcedure("只有系统管理员可以管理开放接口");

export const apiClientRouter = router({
  /** The district's clients, newest first, with who registered them and how many applications each filed. */
  list: adminProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        id: apiClients.id,
        name: apiClients.name,
        contact: apiClients.contact,
        keyPrefix: apiClients.keyPrefix,
        createdAt: apiClients.createdAt,
        createdByName: users.name,
        revokedAt: apiClients.revokedAt,
        requestCount: sql<number>`(select count(*)::int from ${matters} m where m.source_client_id = ${apiClients.id})`,
      })
      .from(apiClients)
      .innerJoin(users, eq(users.id, apiClients.createdBy))
      .where(eq(apiClients.districtId, ctx.unit.districtId))
      .orderBy(desc(apiClients.createdAt));
    return rows;
  }),

  /** 签发: a new client with its key, returned this once. */
  issue: adminProcedure
    .input(z.object({ name: requiredText("接入系统名称", 50), contact: optionalText("联系人及电话", 100) }))
    .mutation(async ({ ctx, input }) => {
      const [same] = await ctx.db
        .select({ n: count() })
        .from(apiClients)
        .where(and(eq(apiClients.districtId, ctx.unit.districtId), eq(apiClients.name, input.name), isNull(apiClients.revokedAt)));
      if ((same?.n ?? 0) > 0) throw new TRPCError({ code: "BAD_REQUEST", message: `接入系统名称：已有名为「${input.name}」的接入系统，请换一个名称或先吊销原来的密钥` });
      const { key, keyHash, keyPrefix } = newApiKey();
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(apiClients)
          .values({ districtId: ctx.unit.districtId, name: input.name, contact: input.contact ?? null, keyHash, keyPrefix, createdBy: ctx.user.id, createdAt: ctx.now })
          .returning();
        await appendAudit(tx, {
          districtId: ctx.unit.districtId,
          actorId: ctx.user.id,
          actorName: ctx.user.name,
          action: "apiClient.issue",
          entity: "apiClient",
          entityId: row!.id,
          after: { name: row!.name, contact: row!.contact, keyPrefix },
          at: ctx.now,
        });
        return { id: row!.id, name: row!.name, keyPrefix, key };
      });
    }),

  /** 吊销: the key is refused from now on; the client's past applications stay as they are. */
  revoke: adminProcedure.input(z.object({ clientId: z.uuid({ error: "接入系统编号格式不正确" }) })).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(apiClients)
        .where(and(eq(apiClients.id, input.clientId), eq(apiClients.districtId, ctx.unit.districtId)))
        .for("update");
      if (!row) throw notFound("接入系统");
      if (row.revokedAt) throw new TRPCError({ code: "BAD_REQUEST", message: `「${row.name}」的密钥已于之前吊销` });
      await tx.update(apiClients).set({ revokedAt: ctx.now }).where(eq(apiClients.id, row.id));
      await appendAudit(tx, {
        districtId: ctx.unit.districtId,
        actorId: ctx.user.id,
        actorName: ctx.user.name,
        action: "apiClient.revoke",
        entity: "apiClient",
        entityId: row.id,
        before: { name: row.name, keyPrefix: row.keyPrefix, revokedAt: null },
        after: { name: row.name, keyPrefix: row.keyPrefix, revokedAt: ctx.now },
        at: ctx.now,
      });
      return { id: row.id, revokedAt: ctx.now };
    });
  }),
});
