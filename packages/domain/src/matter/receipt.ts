import { isIsoDate } from "../dates";
import type { IsoDate } from "../dates";
import { DomainError } from "../errors";

/** Receipt number (收件回执单编号, R-INT-5): village division code, acceptance date, daily sequence. */
export function formatReceiptNo(input: { villageCode: string; date: IsoDate; seq: number }): string {
  if (!/^\d{12}$/.test(input.villageCode)) {
    throw new DomainError("INVALID_INPUT", "村（社区）区划代码应为12位数字", { villageCode: input.villageCode });
  }
  if (!isIsoDate(input.date)) throw new DomainError("INVALID_INPUT", "受理日期格式不正确", { date: input.date });
  if (!Number.isInteger(input.seq) || input.seq < 1 || input.seq > 9999) {
    throw new DomainError("INVALID_INPUT", "回执单序号应为1至9999的整数", { seq: input.seq });
  }
  return `${input.villageCode}-${input.date.replaceAll("-", "")}-${String(input.seq).padStart(4, "0")}`;
}
