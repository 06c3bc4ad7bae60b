import { z } from "zod";
import { isInstant, isIsoDate } from "./dates";

/** Shared zod building blocks with Chinese messages. */

/** An ISO timestamp with zone. `label` names the field in the message. */
export function instantSchema(label = "时间") {
  return z
    .string({ error: `${label}不能为空` })
    .refine(isInstant, { error: `${label}格式不正确（应为带时区的时间，如 2025-01-24T09:30:00+08:00）` });
}

/** A calendar day "YYYY-MM-DD". `label` names the field in the message. */
export function isoDateSchema(label = "日期") {
  return z.string({ error: `${label}不能为空` }).refine(isIsoDate, { error: `${label}格式不正确（应为 YYYY-MM-DD）` });
}

/** A required short text, trimmed. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label}不能为空` })
    .trim()
    .min(1, { error: `${label}不能为空` })
    .max(max, { error: `${label}不能超过${max}个字` });
}

/** An optional text, trimmed; empty becomes undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .transform((v) => (v === "" ? undefined : v))
    .optional();
}

/** Turns zod issues into field issues (path joined with dots). */
export function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** True when a text can be stored: no NUL character (PostgreSQL refuses it) and no broken surrogate pair. */
const BROKEN_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !BROKEN_SURROGATE.test(s);
}

/** The path of the first string anywhere in a value that cannot be stored, or null (depth-limited, arrays and objects). */
export function unstorableTextPath(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [k, v] of Object.entries(value)) {
    const hit = unstorableTextPath(v, [...path, Array.isArray(value) ? Number(k) : k], depth + 1);
    if (hit) return hit;
  }
  return null;
}
