import { z } from "zod";

/** Service catalogue shapes (R-CAT-1, R-CAT-2). Shared by the decider, the db seed and the API. */

import { CATEGORIES, LEVELS, MATERIAL_FORMS } from "./catalog-labels";

export { CATEGORIES, CATEGORY_LABELS, LEVELS, LEVEL_LABELS, MATERIAL_FORMS, MATERIAL_FORM_LABELS } from "./catalog-labels";
export type { Category, HandlingLevel, MaterialForm } from "./catalog-labels";

/** Item codes: letters/digits/hyphen, e.g. "ZZ-001". */
export const itemCodeSchema = z
  .string({ error: "事项编码必须是文字" })
  .trim()
  .regex(/^[A-Z]{2,4}-\d{3}$/, { error: "事项编码格式不正确（应如 ZZ-001）" });

export const materialSchema = z.object({
  key: z.string({ error: "材料编号不能为空" }).min(1, { error: "材料编号不能为空" }).max(32, { error: "材料编号不能超过32个字符" }),
  name: z.string({ error: "材料名称不能为空" }).trim().min(1, { error: "材料名称不能为空" }).max(100, { error: "材料名称不能超过100字" }),
  form: z.enum(MATERIAL_FORMS, { error: "请选择材料形式（原件、复印件或原件及复印件）" }),
  count: z.number({ error: "材料份数必须是数字" }).int({ error: "材料份数必须是整数" }).min(1, { error: "材料份数至少为1" }).max(20, { error: "材料份数不能超过20" }),
  required: z.boolean({ error: "材料是否必需须为是或否" }).default(true),
});
export type Material = z.infer<typeof materialSchema>;

/** A statutory fee. Amounts are in fen (分), never floats. */
export const feeSchema = z.object({
  key: z.string({ error: "收费项目编号不能为空" }).min(1, { error: "收费项目编号不能为空" }).max(32, { error: "收费项目编号不能超过32个字符" }),
  name: z.string({ error: "收费项目名称不能为空" }).trim().min(1, { error: "收费项目名称不能为空" }).max(100, { error: "收费项目名称不能超过100字" }),
  amountFen: z
    .number({ error: "收费金额必须是数字" })
    .int({ error: "收费金额须精确到分" })
    .min(0, { error: "收费金额不能为负数" })
    .max(10_000_000, { error: "收费金额不能超过10万元" }),
  basis: z.string({ error: "收费依据不能为空" }).trim().min(1, { error: "收费依据不能为空" }).max(300, { error: "收费依据不能超过300字" }),
});
export type Fee = z.infer<typeof feeSchema>;

export const serviceItemVersionSchema = z.object({
  code: itemCodeSchema,
  version: z.number().int().min(1),
  name: z.string({ error: "事项名称不能为空" }).trim().min(1, { error: "事项名称不能为空" }).max(100, { error: "事项名称不能超过100字" }),
  category: z.enum(CATEGORIES, { error: "请选择服务类别" }),
  level: z.enum(LEVELS, { error: "请选择办理层级" }),
  handlingBody: z.string({ error: "办理机关不能为空" }).trim().min(1, { error: "办理机关不能为空" }).max(100, { error: "办理机关不能超过100字" }),
  legalBasis: z.string({ error: "法律依据必须是文字" }).trim().max(1000, { error: "法律依据不能超过1000字" }),
  conditions: z.string({ error: "受理条件必须是文字" }).trim().max(2000, { error: "受理条件不能超过2000字" }),
  materials: z.array(materialSchema, { error: "申请材料格式不正确" }).max(50, { error: "申请材料不能超过50项" }),
  fees: z.array(feeSchema, { error: "收费项目格式不正确" }).max(20, { error: "收费项目不能超过20项" }),
  /** Working days; 0 = settled on the spot (即办件). */
  timeLimitDays: z
    .number({ error: "承诺时限必须是数字" })
    .int({ error: "承诺时限须为整数个工作日" })
    .min(0, { error: "承诺时限不能为负数" })
    .max(365, { error: "承诺时限不能超过365个工作日" }),
  inPerson: z.boolean({ error: "是否须本人到场须为是或否" }),
  needsReview: z.boolean({ error: "是否需领导审核须为是或否" }),
  needsSurvey: z.boolean({ error: "是否需实地调查须为是或否" }),
  guide: z.string({ error: "办事指南必须是文字" }).trim().max(5000, { error: "办事指南不能超过5000字" }),
});
export type ServiceItemVersion = z.infer<typeof serviceItemVersionSchema>;
