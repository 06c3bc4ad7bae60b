import { orgQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import {
  MODE_LABELS,
  OPEN311_STATUS_OF,
  agencyOf,
  expectedDatetime,
  extendedStatusOf,
  isServiceRequestId,
  matterStatusesOf,
  open311Updates,
  shanghaiDateTime,
  stationName,
  statusNotes,
} from "@bianmin/domain";
import type { MatterEvent, Mode, Open311RequestQuery } from "@bianmin/domain";
import { eventsOf } from "../matters/views";
import { Open311Error } from "./format";
import { eventRowsOf, requestRows, unitFilterOf } from "./queries";
import type { RequestRow } from "./queries";

/**
 * GET requests and GET requests/{id} (R-API-1): matters as the standard's service requests. Listings carry no
 * personal data (R-SEC-1): no name, phone, ID number or home address; `address` is the village.
 */

/** The names a page of requests needs, each looked up once. */
function nameBook(db: Db) {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, f: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, f());
    return memo.get(key) as Promise<T>;
  };
  return {
    station: (stationId: string) =>
      once(`s:${stationId}`, async () => {
        const s = await orgQueries.stationWithUnits(db, stationId);
        if (!s) throw new Error(`station ${stationId} missing`);
        return { name: stationName(s), village: `${s.districtName}${s.townshipName}${s.villageName}`, villageCode: s.villageCode };
      }),
    center: (townshipId: string) => once(`t:${townshipId}`, async () => (await orgQueries.townshipCenterOf(db, townshipId))?.center.name ?? "乡镇（街道）便民服务中心"),
    approvalCenter: (districtId: string) => once(`d:${districtId}`, async () => (await orgQueries.districtOf(db, districtId))?.approvalCenter?.name ?? "区行政审批中心"),
  };
}

async function agencyName(names: ReturnType<typeof nameBook>, row: RequestRow): Promise<string> {
  const a = agencyOf(row.state);
  switch (a.kind) {
    case "station":
      return (await names.station(row.stationId)).name;
    case "window":
      return `${await names.center(row.townshipId)}${a.windowName ?? ""}`;
    case "townshipCenter":
      return names.center(row.townshipId);
    case "approvalCenter":
      return names.approvalCenter(row.districtId);
  }
}

/** One request in the standard's fields (and order); with extensions the extended status and the public history. */
async function requestView(names: ReturnType<typeof nameBook>, row: RequestRow, events: MatterEvent[] | null) {
  const s = row.state;
  const place = await names.station(row.stationId);
  const view = {
    service_request_id: row.id,
    status: events ? extendedStatusOf(s) : OPEN311_STATUS_OF[s.status as keyof typeof OPEN311_STATUS_OF],
    status_notes: statusNotes(s),
    service_name: row.itemName,
    service_code: row.itemCode,
    description: `${MODE_LABELS[row.mode as Mode] ?? row.mode}（${row.channel === "online" ? "网上申请" : "代办站登记"}）`,
    agency_responsible: await agencyName(names, row),
    service_notice: s.deadlineExplanation ?? null,
    requested_datetime: shanghaiDateTime(row.registeredAt.toISOString()),
    updated_datetime: shanghaiDateTime(s.lastEventAt ?? row.registeredAt.toISOString()),
    expected_datetime: expectedDatetime(s.promisedDate),
    address: place.village,
    address_id: place.villageCode,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
  if (!events) return view;
  const updates = open311Updates(events).map((u) => ({
    update_id: `${row.id}-${u.seq}`,
    service_request_id: row.id,
    status: u.extendedStatus,
    updated_datetime: shanghaiDateTime(u.at),
    description: u.description,
    media_url: null,
  }));
  return { ...view, updates };
}

export type RequestView = Awaited<ReturnType<typeof requestView>>;

async function views(db: Db, rows: RequestRow[], extensions: boolean): Promise<RequestView[]> {
  const names = nameBook(db);
  const byMatter = new Map<string, MatterEvent[]>();
  if (extensions) {
    const eventRows = await eventRowsOf(
      db,
      rows.map((r) => r.id),
    );
    for (const r of rows) byMatter.set(r.id, eventsOf(eventRows.filter((e) => e.matterId === r.id)));
  }
  return Promise.all(rows.map((r) => requestView(names, r, extensions ? (byMatter.get(r.id) ?? []) : null)));
}

/** GET requests: the standard's filters, newest first, one page. */
export async function listRequests(db: Db, q: Open311RequestQuery): Promise<RequestView[]> {
  const unit = q.jurisdictionId ? await unitFilterOf(db, q.jurisdictionId) : null;
  if (q.jurisdictionId && !unit) throw new Open311Error(404, [`jurisdiction_id 不存在：${q.jurisdictionId}`]);
  const rows = await requestRows(db, {
    ids: q.ids,
    unit,
    statuses: q.statuses.length > 0 ? q.statuses.flatMap(matterStatusesOf) : null,
    serviceCodes: q.serviceCodes,
    window: q.window ? { from: new Date(q.window.from), to: new Date(q.window.to) } : null,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return views(db, rows, q.extensions);
}

/** GET requests/{id}: a list of one, or the standard's 404. */
export async function getRequest(db: Db, id: string, extensions: boolean): Promise<RequestView[]> {
  const rows = isServiceRequestId(id) ? await requestRows(db, { ids: [id.toLowerCase()], unit: null, statuses: null, serviceCodes: [], window: null, limit: 1, offset: 0 }) : [];
  if (rows.length === 0) throw new Open311Error(404, [`service_request_id 不存在：${id.slice(0, 64)}`]);
  return views(db, rows, extensions);
}
