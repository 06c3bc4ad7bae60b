import { randomUUID } from "node:crypto";
import type { Db } from "@bianmin/db";
import { checkAttributes, onlineApplicationNote, onlineApplicationNotice, stationName } from "@bianmin/domain";
import { storeRegistration } from "../matters/service";
import type { Registrant } from "../matters/service";
import { activeItem } from "./catalog";
import { Open311Error } from "./format";
import type { PostedRequest } from "./parse";
import { villageByCode } from "./queries";
import type { ApiClientRow } from "./queries";

/** The name an Open311 client acts under in a matter's history and the audit log. */
export function clientActorName(client: Pick<ApiClientRow, "name">): string {
  return `开放接口：${client.name}`;
}

/**
 * POST requests (R-API-1): an online application (网上申请) at the station of the village whose division code is
 * jurisdiction_id. It is registered as the applicant's own, through this client, and waits for intake in the
 * station's queue like any registered matter; materials are handed in and checked at the counter.
 * `idempotencyKey` (the Idempotency-Key header) makes a retried POST return the same request.
 */
export async function createRequest(db: Db, now: Date, client: ApiClientRow, p: PostedRequest, idempotencyKey: string | null) {
  const place = await villageByCode(db, p.jurisdictionId);
  if (!place) throw new Open311Error(404, [`jurisdiction_id 不存在：${p.jurisdictionId}`]);
  if (place.districtId !== client.districtId) throw new Open311Error(403, ["该 api_key 只能向本区的村（社区）提交网上申请"]);
  const station = place.station;
  if (!station || station.status !== "operating") {
    throw new Open311Error(400, [`jurisdiction_id ${p.jurisdictionId}（${place.townshipName}${place.villageName}）尚无运行中的便民服务代办站，暂不能网上申请`]);
  }
  const item = await activeItem(db, p.serviceCode);
  const checked = checkAttributes(item, p.attributes);
  if (checked.issues.length > 0) throw new Open311Error(400, checked.issues.map((i) => i.message));

  const registrant: Registrant = {
    actor: { id: client.id, name: clientActorName(client), role: "applicant" },
    createdBy: client.createdBy,
    audit: { actorId: client.id, actorName: clientActorName(client) },
    channel: "online",
    sourceClientId: client.id,
  };
  const unit = { districtId: place.districtId, townshipId: place.townshipId, villageId: place.villageId, stationId: station.id };
  const { matterId } = await storeRegistration({ db, now }, unit, `open311:${client.id}:${idempotencyKey ?? randomUUID()}`, {
    type: "register",
    itemCode: item.code,
    applicant: p.applicant,
    mode: item.category === "consultation" ? "consultation" : "assisted",
    materials: [],
    fees: [],
    note: onlineApplicationNote(p.description, checked.answers),
  }, registrant);
  const name = stationName({ districtName: place.districtName, townshipName: place.townshipName, villageName: place.villageName });
  return [{ service_request_id: matterId, service_notice: onlineApplicationNotice(item, { name, phone: station.phone }), account_id: p.accountId }];
}
