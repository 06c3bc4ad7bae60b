import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";

/** Chinese names of input fields, for messages like "事项编码：格式不正确". */
export const FIELD_LABELS: Record<string, string> = {
  code: "事项编码",
  itemCode: "事项编码",
  version: "版本",
  stationId: "代办站",
  townshipId: "乡镇（街道）",
  villageId: "村（社区）",
  category: "服务类别",
  level: "办理层级",
  query: "搜索词",
  matterId: "事项编号",
  expectedVersion: "版本号",
  idempotencyKey: "提交编号",
  responsibleAgentId: "归口代办员",
  toAgentId: "接收代办员",
  agentId: "代办员",
  statuses: "办理状态",
  light: "红黄绿灯",
  phoneLast4: "手机号后四位",
};

export function fieldLabel(path: readonly PropertyKey[]): string | null {
  const names = path.filter((p): p is string => typeof p === "string");
  const last = names[names.length - 1];
  return (last && FIELD_LABELS[last]) ?? null;
}

/** One sentence per bad field, in Chinese, naming the field. */
export function describeZodError(error: z.ZodError): { message: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    // domain schemas name the field in their own messages; others get the field's Chinese name in front
    const label = fieldLabel(issue.path);
    if (!(key in fieldErrors)) fieldErrors[key] = label && !issue.message.includes(label) ? `${label}：${issue.message}` : issue.message;
  }
  return { message: Object.values(fieldErrors).join("；"), fieldErrors };
}

/** Refusal helpers: never put data in the message that the caller may not see. */
export function forbidden(message = "无权访问该单位的数据"): TRPCError {
  return new TRPCError({ code: "FORBIDDEN", message });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what}不存在` });
}

/** A domain rule's refusal (a typed error with a code and a Chinese message) → a tRPC error, in one place. */
export function fromDomainError(error: { code: string; message: string; details?: Readonly<Record<string, unknown>> }, status: TRPC_ERROR_CODE_KEY = "BAD_REQUEST"): TRPCError {
  // a refusal about one field is also reported on that field, as input validation is
  const field = error.details?.field;
  const cause =
    typeof field === "string" ? new z.ZodRealError([{ code: "custom", path: [field], message: error.message, input: undefined }]) : new Error(error.message);
  return new TRPCError({ code: status, message: error.message, cause: Object.assign(cause, { domainCode: error.code }) });
}

/** A refusal about one input field, reported on that field as input validation is (400, or the status given). */
export function fieldRefusal(field: string, message: string, status: TRPC_ERROR_CODE_KEY = "BAD_REQUEST"): TRPCError {
  return fromDomainError({ code: "INVALID_INPUT", message, details: { field } }, status);
}
