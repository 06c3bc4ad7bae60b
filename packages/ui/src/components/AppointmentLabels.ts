import { formatDateTime } from "../format";

/** What users read for an appointment's codes (R-RUL-1). */

export const APPOINTMENT_STATUS_LABELS: Record<string, string> = {
  booked: "已预约",
  moved: "已改约",
  kept: "已履约",
  missed: "未到",
  cancelled: "已取消",
};

export const APPOINTMENT_CHANNEL_LABELS: Record<string, string> = {
  hotline: "热线电话预约",
  inPerson: "现场预约",
  other: "其他方式",
};

/** How the official calendar counts a day. */
export const DAY_KIND_LABELS: Record<string, string> = {
  workday: "工作日",
  makeupWorkday: "调休上班",
  weekend: "周末",
  holiday: "法定节假日",
};

/** "法定节假日 · 国庆节 · 星期四", "周末 · 星期六", "调休上班（国庆节） · 星期六"; a year without calendar data says so. */
export function describeDay(day: { kind: string | null; name: string | null; weekday: string }): string {
  if (!day.kind) return `${day.weekday}（缺少该年工作日历数据）`;
  const label = DAY_KIND_LABELS[day.kind] ?? day.kind;
  if (day.kind === "holiday") return `${label} · ${day.name ?? ""} · ${day.weekday}`;
  // 调休上班 days are named like "调休上班（国庆节）" already
  return day.kind === "makeupWorkday" && day.name ? `${day.name} · ${day.weekday}` : `${label} · ${day.weekday}`;
}

/** "19:00" in Asia/Shanghai. */
export function shanghaiTime(value: Date | string): string {
  return formatDateTime(value).slice(-5);
}
