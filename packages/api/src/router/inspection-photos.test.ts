import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, inspectionPhotos } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { INSPECTION_CHECK_KEYS, PHOTOS_PER_INSPECTION_MAX } from "@bianmin/domain";
import { callerAs, codeOf, sessionUser } from "../test-helpers";

/** Photos of a 明察暗访 visit (R-SUP-2, optional): added after the record is saved, checked by their bytes, audited. */

let db: Db;
let inspectionId: string;
const NOW = "2026-03-06T16:00:00+08:00";
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1bc9b3a0000000049454e44ae426082", "hex");
const b64 = (b: Buffer) => b.toString("base64");

beforeAll(async () => {
  ({ db } = await freshDb());
  const agent = await sessionUser(db, "wangzhuang-1");
  const api = await callerAs(db, "erqi-inspector", NOW);
  const r = await api.inspection.record({
    stationId: agent.stationId!,
    inspectedOn: "2026-03-06",
    findings: INSPECTION_CHECK_KEYS.map((check) => ({ check, passed: check !== "badges", note: check === "badges" ? "代办员未佩戴工作牌" : null, agentId: null })),
    rectifications: [],
  });
  inspectionId = r.id;
});

const photoRows = async () => (await db.select({ n: count() }).from(inspectionPhotos))[0]!.n;

async function refused(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("the call was not refused");
}

describe("明察暗访照片 (R-SUP-2)", () => {
  let photoId: string;

  it("R-SUP-2 the inspector adds a photo with a caption: it is listed on the record, its bytes come back unchanged, and the audit keeps its checksum", async () => {
    const api = await callerAs(db, "erqi-inspector", NOW);
    const added = await api.inspection.addPhoto({ inspectionId, caption: "未佩戴工作牌", data: b64(png) });
    photoId = added.id;
    expect(added).toMatchObject({ mimeType: "image/png", byteSize: png.length, caption: "未佩戴工作牌" });

    const d = await api.inspection.get({ id: inspectionId });
    expect(d.photos).toEqual([expect.objectContaining({ id: photoId, caption: "未佩戴工作牌", mayRemove: true })]);
    expect(d.mayAddPhotos).toBe(true);
    const back = await api.inspection.photo({ id: photoId });
    expect(back.mimeType).toBe("image/png");
    expect(Buffer.from(back.bytes).equals(png)).toBe(true);

    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "inspection.addPhoto"), eq(auditLog.entityId, inspectionId)));
    expect(audit!.after).toMatchObject({ photoId, byteSize: png.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("R-SUP-2 a file that is not an image is refused on the photo field, whatever it is called, and nothing is stored", async () => {
    const api = await callerAs(db, "erqi-inspector", NOW);
    const before = await photoRows();
    const e = await refused(api.inspection.addPhoto({ inspectionId, data: b64(Buffer.from("<script>alert(1)</script>")) }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toContain("JPG、PNG或WEBP");
    expect(await codeOf(api.inspection.addPhoto({ inspectionId, data: "不是base64" }))).toBe("BAD_REQUEST");
    expect(await photoRows()).toBe(before);
  });

  it("R-SUP-2 at most 8 photos per visit, even when sent at once", async () => {
    const api = await callerAs(db, "erqi-inspector", NOW);
    const results = await Promise.allSettled(Array.from({ length: PHOTOS_PER_INSPECTION_MAX + 2 }, () => api.inspection.addPhoto({ inspectionId, data: b64(png) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(PHOTOS_PER_INSPECTION_MAX - 1);
    expect(await photoRows()).toBe(PHOTOS_PER_INSPECTION_MAX);
  });

  it("R-SUP-2 only the inspectors add photos; only who added one removes it; township and station users cannot see them", async () => {
    const admin = await callerAs(db, "erqi-admin", NOW);
    expect(await codeOf(admin.inspection.addPhoto({ inspectionId, data: b64(png) }))).toBe("FORBIDDEN");
    expect((await admin.inspection.get({ id: inspectionId })).mayAddPhotos).toBe(false);
    const assessor = await callerAs(db, "erqi-assessor", NOW);
    expect(await codeOf(assessor.inspection.removePhoto({ id: photoId }))).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, "mazhai-supervisor", NOW)).inspection.photo({ id: photoId }))).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(db, "wangzhuang-1", NOW)).inspection.photo({ id: photoId }))).toBe("FORBIDDEN");

    const inspector = await callerAs(db, "erqi-inspector", NOW);
    await inspector.inspection.removePhoto({ id: photoId });
    expect(await codeOf(inspector.inspection.photo({ id: photoId }))).toBe("NOT_FOUND");
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "inspection.removePhoto"));
    expect(audit!.before).toMatchObject({ photoId, caption: "未佩戴工作牌" });
  });
});
