import { z } from "zod";
import { isIsoDate } from "./dates";

/** Applicant fields of the registration form (R-INT-3), with a Chinese message per bad field. */

/** Mainland mobile (1[3-9] + 9 digits) or landline with area code ("0371-12345678"). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CODES = "10X98765432";

/** The check character of the first 17 digits of a 居民身份证号 (GB 11643). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CODES[sum % 11] ?? "";
}

/** Why an 18-character ID number is invalid, or null when it is valid (shape, birth date and checksum). */
export function idNumberProblem(id: string): string | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return "身份证号码应为18位（最后一位可为X）";
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < "1900-01-01") return "身份证号码中的出生日期不正确";
  if (idNumberCheckChar(id.slice(0, 17)) !== id.slice(17).toUpperCase()) return "身份证号码校验位不正确";
  return null;
}

/** True for a valid 18-character 居民身份证号. */
export function isValidIdNumber(id: string): boolean {
  return idNumberProblem(id) === null;
}

/** Masks an ID number for screens: first 6 and last 4 characters kept ("410102********123X"). */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 4) return "*".repeat(s.length);
  if (s.length < 12) return `${"*".repeat(s.length - 4)}${s.slice(-4)}`;
  return `${s.slice(0, 6)}${"*".repeat(s.length - 10)}${s.slice(-4)}`;
}

/** Masks a phone number for public pages: only the last four digits are shown. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  return digits.length <= 4 ? digits : `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

export const applicantNameSchema = z
  .string({ error: "申请人姓名不能为空" })
  .trim()
  .min(1, { error: "申请人姓名不能为空" })
  .max(50, { error: "申请人姓名不能超过50个字" });

export const phoneSchema = z
  .string({ error: "联系电话不能为空" })
  .trim()
  .min(1, { error: "联系电话不能为空" })
  .regex(PHONE_PATTERN, { error: "联系电话格式不正确（手机号11位，或固定电话如0371-12345678）" });

/** Optional 居民身份证号: trimmed, upper-cased, empty counts as absent; checked for shape, birth date, checksum. */
export const idNumberSchema = z
  .string({ error: "身份证号码格式不正确" })
  .trim()
  .toUpperCase()
  .transform((s) => (s === "" ? undefined : s))
  .superRefine((s, ctx) => {
    const problem = s === undefined ? null : idNumberProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .optional();

export const addressSchema = z
  .string({ error: "住址不能为空" })
  .trim()
  .min(1, { error: "住址不能为空" })
  .max(200, { error: "住址不能超过200个字" });

/** The applicant (申请人). The ID number is optional; an empty string counts as absent. */
export const applicantSchema = z.object({
  name: applicantNameSchema,
  phone: phoneSchema,
  idNumber: idNumberSchema,
  address: addressSchema,
});
export type Applicant = z.infer<typeof applicantSchema>;
export type ApplicantInput = z.input<typeof applicantSchema>;
