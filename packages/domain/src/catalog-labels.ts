/**
 * The catalogue's categories, levels and material forms with their Chinese labels: plain data without zod, so
 * that the browser's forms can show them without loading the validation library (see bench/RESULTS.md).
 */

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
