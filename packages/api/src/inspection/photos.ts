import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { appendAudit, inspectionQueries, photoQueries } from "@bianmin/db";
import { PHOTO_CAPTION_MAX, PHOTO_MAX_BYTES, acceptPhoto, optionalText } from "@bianmin/domain";
import { notFound } from "../errors";
import { orDomainError } from "../matters/errors";
import { sha256 } from "../records/archive";
import { districtProcedure } from "../trpc";
import { recorderProcedure } from "./recorders";

const id = z.uuid({ error: "编号格式不正确" });
/** Base64 of at most PHOTO_MAX_BYTES (a little over 4/3 of it); the bytes themselves are checked by the domain. */
const photoData = z.base64({ error: "照片数据格式不正确，请重新选择照片" }).max(Math.ceil(PHOTO_MAX_BYTES / 3) * 4 + 4, { error: `照片不能超过${PHOTO_MAX_BYTES / 1024 / 1024}MB，请压缩后再上传` });

const recorders = recorderProcedure("只有区行政效能中心督查人员或区行政审批中心考核人员可以上传或删除明察暗访照片");

/** Photos of a 明察暗访 visit (R-SUP-2, optional): added after the record is saved, shown on it, removable by who added them. */
export const photoProcedures = {
  /** Add a photo (JPEG, PNG or WEBP, at most 3 MB, 8 per visit) with an optional caption. */
  addPhoto: recorders
    .input(z.object({ inspectionId: id, caption: optionalText("照片说明", PHOTO_CAPTION_MAX), data: photoData }))
    .mutation(async ({ ctx, input }) => {
      const bytes = Buffer.from(input.data, "base64");
      return ctx.db.transaction(async (tx) => {
        const inspection = await inspectionQueries.inspectionById(tx, input.inspectionId);
        if (!inspection || inspection.inspection.districtId !== ctx.unit.districtId) throw notFound("明察暗访记录");
        // one upload at a time per visit, so that two at once cannot pass the limit together
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inspection-photos:${input.inspectionId}`}))`);
        const sofar = await photoQueries.photoCount(tx, input.inspectionId);
        const mimeType = orDomainError(() => acceptPhoto(bytes, sofar));
        const row = await photoQueries.insertPhoto(tx, {
          inspectionId: input.inspectionId,
          districtId: ctx.unit.districtId,
          mimeType,
          byteSize: bytes.length,
          caption: input.caption ?? null,
          content: bytes,
          createdBy: ctx.user.id,
          createdAt: ctx.now,
        });
        await appendAudit(tx, {
          districtId: ctx.unit.districtId,
          actorId: ctx.user.id,
          actorName: ctx.user.name,
          action: "inspection.addPhoto",
          entity: "inspection",
          entityId: input.inspectionId,
          after: { photoId: row.id, mimeType, byteSize: bytes.length, sha256: sha256(bytes), caption: row.caption },
          at: ctx.now,
        });
        return row;
      });
    }),

  /** Remove a photo: only the person who added it. */
  removePhoto: recorders.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const photo = await photoQueries.photoById(tx, input.id);
      if (!photo || photo.districtId !== ctx.unit.districtId) throw notFound("照片");
      if (photo.createdBy !== ctx.user.id) throw new TRPCError({ code: "FORBIDDEN", message: "只能删除自己上传的照片" });
      await photoQueries.deletePhoto(tx, photo.id);
      await appendAudit(tx, {
        districtId: ctx.unit.districtId,
        actorId: ctx.user.id,
        actorName: ctx.user.name,
        action: "inspection.removePhoto",
        entity: "inspection",
        entityId: photo.inspectionId,
        before: { photoId: photo.id, mimeType: photo.mimeType, byteSize: photo.byteSize, sha256: sha256(photo.content), caption: photo.caption },
        at: ctx.now,
      });
      return { id: photo.id };
    });
  }),

  /** One photo's bytes, for the district's own users (served by the app's photo route). */
  photo: districtProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const photo = await photoQueries.photoById(ctx.db, input.id);
    if (!photo || photo.districtId !== ctx.unit.districtId) throw notFound("照片");
    return { mimeType: photo.mimeType, bytes: photo.content };
  }),
};
