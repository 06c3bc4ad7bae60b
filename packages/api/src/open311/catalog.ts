import { asc } from "drizzle-orm";
import { catalogQueries, districts, orgQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { isDivisionCode, itemCodeSchema, open311Service, open311ServiceDefinition } from "@bianmin/domain";
import type { Open311Service, Open311ServiceDefinition, ServiceItemVersion } from "@bianmin/domain";
import { Open311Error } from "./format";
import { unitFilterOf } from "./queries";

/** GET discovery, GET services and GET services/{code} (R-API-1, R-CAT-1). */

/** When this endpoint's interface last changed (the standard's changeset). */
export const OPEN311_CHANGESET = "2026-11-24T00:00:00+08:00";
export const OPEN311_SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

/** The discovery document: who to contact, how to get a key, where the endpoint is and in which formats. */
export async function discovery(db: Db, endpointUrl: string) {
  const [first] = await db.select({ id: districts.id }).from(districts).orderBy(asc(districts.code)).limit(1);
  const center = first ? (await orgQueries.districtOf(db, first.id))?.approvalCenter : null;
  return {
    changeset: OPEN311_CHANGESET,
    contact: center ? `${center.name}，电话 ${center.phone}，地址 ${center.address}` : "区行政审批中心",
    key_service: "查询（GET）无须 api_key。提交网上申请（POST requests）须携带 api_key：由区行政审批中心系统管理员在区级控制台「开放接口」页为接入系统签发，签发时只显示一次。",
    endpoints: [{ specification: OPEN311_SPECIFICATION, url: endpointUrl, changeset: OPEN311_CHANGESET, type: "production", formats: ["text/xml", "application/json"] }],
  };
}

/** A jurisdiction_id given to a listing must be a division code that exists (6, 9 or 12 digits). */
export async function checkJurisdiction(db: Db, code: string | undefined): Promise<void> {
  const id = code?.trim();
  if (!id) return;
  if (!isDivisionCode(id)) throw new Open311Error(400, ["jurisdiction_id（区划代码）应为6位（区）、9位（乡镇、街道）或12位（村、社区）数字"]);
  if (!(await unitFilterOf(db, id))) throw new Open311Error(404, [`jurisdiction_id 不存在：${id}`]);
}

/** Every item that takes new matters, as a service (the same catalogue in every jurisdiction of the district). */
export async function services(db: Db): Promise<Open311Service[]> {
  return (await catalogQueries.currentItems(db)).map(open311Service);
}

/** The current version of an item that takes new matters, or the standard's 404. */
export async function activeItem(db: Db, code: string): Promise<ServiceItemVersion> {
  const valid = itemCodeSchema.safeParse(code);
  const item = valid.success && (await catalogQueries.itemActive(db, valid.data)) === true ? await catalogQueries.itemVersion(db, valid.data) : null;
  if (!item) throw new Open311Error(404, [`service_code 不存在或已停止受理：${code.slice(0, 20)}`]);
  return item;
}

export async function serviceDefinition(db: Db, code: string): Promise<Open311ServiceDefinition> {
  return open311ServiceDefinition(await activeItem(db, code));
}
