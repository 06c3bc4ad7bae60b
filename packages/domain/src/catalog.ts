import { z } from "zod";

/** Service catalogue shapes (R-CAT-1, R-CAT-2). Shared by the decider, the db seed and the API. */

export const CATEGORIES = ["certificate", "consultation", "publicAffairs"] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  certificate: "证照代办",
  consultation: "咨询指南",
  publicAffairs: "公共事业服务",
};

export const LEVELS = ["village", "township", "district"] as const;
export type HandlingLevel = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<HandlingLevel, string> = {
  village: "村（社区）办理",
  township: "乡镇（街道）便民服务中心办理",
  district: "区行政审批中心办理",
};

export const MATERIAL_FORMS = ["original", "copy", "originalAndCopy"] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: "原件",
  copy: "复印件",
  originalAndCopy: "原件及复印件",
};

/** Item codes: letters/digits/hyphen, e.g. "ZZ-001". */
export const itemCodeSchema = z
  .string({ error: "事项编码必须是文字" })
  .trim()
  .regex(/^[A-Z]{2,4}-\d{3}$/, { error: "事项编码格式不正确（应如 ZZ-001）" });

export const materialSchema = z.object({
  key: z.string().min(1).max(32),
  name: z.string().min(1, { error: "材料名称不能为空" }).max(100, { error: "材料名称不能超过100字" }),
  form: z.enum(MATERIAL_FORMS),
  count: z.number().int().min(1, { error: "材料份数至少为1" }).max(20, { error: "材料份数不能超过20" }),
  required: z.boolean().default(true),
});
export type Material = z.infer<typeof materialSchema>;

/** A statutory fee. Amounts are in fen (分), never floats. */
export const feeSchema = z.object({
  key: z.string().min(1).max(32),
  name: z.string().min(1, { error: "收费项目名称不能为空" }).max(100),
  amountFen: z.number().int().min(0, { error: "收费金额不能为负数" }).max(10_000_000),
  basis: z.string().min(1, { error: "收费依据不能为空" }).max(300),
});
export type Fee = z.infer<typeof feeSchema>;

export const serviceItemVersionSchema = z.object({
  code: itemCodeSchema,
  version: z.number().int().min(1),
  name: z.string().trim().min(1, { error: "事项名称不能为空" }).max(100, { error: "事项名称不能超过100字" }),
  category: z.enum(CATEGORIES),
  level: z.enum(LEVELS),
  handlingBody: z.string().min(1).max(100),
  legalBasis: z.string().max(1000),
  conditions: z.string().max(2000),
  materials: z.array(materialSchema).max(50),
  fees: z.array(feeSchema).max(20),
  /** Working days; 0 = settled on the spot (即办件). */
  timeLimitDays: z.number().int().min(0).max(365),
  inPerson: z.boolean(),
  needsReview: z.boolean(),
  needsSurvey: z.boolean(),
  guide: z.string().max(5000),
});
export type ServiceItemVersion = z.infer<typeof serviceItemVersionSchema>;
