import { TRPCError } from "@trpc/server";
import { clearFailures, FREE_FAILURES, recordFailure, secondsLocked } from "@bianmin/auth";
import { matterQueries } from "@bianmin/db";
import type { Db, MatterRow } from "@bianmin/db";
import { MATTER_STATUS_LABELS } from "@bianmin/domain";
import type { MatterState } from "@bianmin/domain";
import { stationAndHotlines } from "./views";

export const LOOKUP_NOT_FOUND = "未找到匹配的办理记录，请核对回执编号（或查询码）和手机号后四位";

/** Who has the matter in hand, as the public may know it: a unit, never a person's name. */
function handlerOf(state: MatterState, stationName: string): string {
  switch (state.status) {
    case "transferred":
      return `已传递至乡镇（街道）便民服务中心${state.window?.name ?? ""}，待窗口接收`;
    case "atWindow":
      return `乡镇（街道）便民服务中心${state.window?.name ?? ""}`;
    case "atApprovalCenter":
      return "区行政审批中心";
    case "delivered":
    case "closed":
    case "followUp":
      return `${stationName}（已送达）`;
    default:
      return stationName;
  }
}

/**
 * Public progress lookup (R-SEC-1): receipt number or short code plus the phone's last four digits. Wrong
 * pairs get one message whatever was wrong, and repeated misses from one address are slowed down.
 */
export async function lookupProgress(db: Db, clientKey: string, code: string, phoneLast4: string, now: Date) {
  const key = { key: `lookup:${clientKey}`, free: FREE_FAILURES };
  const wait = await secondsLocked(db, key, now);
  if (wait > 0) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `查询次数过多，请 ${wait} 秒后再试` });
  const row: MatterRow | null = await matterQueries.matterByLookup(db, code.trim());
  if (!row || !row.receiptNo || row.applicantPhone.slice(-4) !== phoneLast4) {
    await recordFailure(db, key, now);
    throw new TRPCError({ code: "NOT_FOUND", message: LOOKUP_NOT_FOUND });
  }
  await clearFailures(db, key);
  const { station } = await stationAndHotlines(db, row);
  const s = row.state;
  return {
    receiptNo: row.receiptNo,
    itemName: row.itemName,
    status: s.status,
    statusLabel: MATTER_STATUS_LABELS[s.status],
    acceptedOn: s.acceptedOn,
    promisedDate: s.promisedDate,
    paused: s.pause !== null,
    completedOn: s.completion?.completedOn ?? null,
    handler: handlerOf(s, station.name),
    stationName: station.name,
    stationPhone: station.phone,
  };
}
