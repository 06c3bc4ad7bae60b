import { timingSafeEqual } from "node:crypto";
import { hashApiKey } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { Open311Error } from "./format";
import { clientByKeyHash } from "./queries";
import type { ApiClientRow } from "./queries";

/**
 * The client a POST comes from (R-API-1): its api_key's SHA-256 must be a registered client's, not revoked.
 * A missing, unknown or revoked key is the standard's 403.
 */
export async function clientOfKey(db: Db, key: string | null): Promise<ApiClientRow> {
  if (!key) throw new Open311Error(403, ["缺少 api_key：提交申请须携带区行政审批中心签发的 api_key"]);
  const hash = hashApiKey(key);
  const client = await clientByKeyHash(db, hash);
  if (!client || !timingSafeEqual(Buffer.from(client.keyHash, "hex"), Buffer.from(hash, "hex"))) {
    throw new Open311Error(403, ["api_key 无效"]);
  }
  if (client.revokedAt) throw new Open311Error(403, ["api_key 已被吊销，请向区行政审批中心重新申请"]);
  return client;
}
