/**
 * The catalogue as Open311 GeoReport v2 services (R-API-1, R-CAT-2): one service per current item version, its
 * materials as a checklist of attributes the applicant answers, its other fields as information attributes,
 * and the checks and wording of an online application filed against it. Field names are the standard's.
 */
import { CATEGORY_LABELS, LEVEL_LABELS, MATERIAL_FORM_LABELS } from "../catalog";
import type { Material, ServiceItemVersion } from "../catalog";
import type { FieldIssue } from "../errors";
import { yuan } from "../matter/materials";

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime";
  keywords: string;
  group: string;
}

export type Open311Datatype = "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";

export interface Open311Attribute {
  /** true: the applicant answers it; false: information shown with the service. */
  variable: boolean;
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: { key: string; name: string }[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

/** The answers to a material's checklist attribute. */
export const MATERIAL_ANSWERS = [
  { key: "yes", name: "已备齐" },
  { key: "no", name: "尚未备齐" },
] as const;

/** Codes of the information attributes (the item's other fields); material keys are the checklist codes. */
const INFO_CODES = ["time_limit", "handling_body", "in_person", "fees", "conditions"] as const;

function materialText(m: Material): string {
  return `${m.name}（${MATERIAL_FORM_LABELS[m.form]}${m.count}份${m.required ? "" : "，非必需"}）`;
}

function promiseText(item: ServiceItemVersion): string {
  return item.timeLimitDays === 0 ? "当场办结" : `${item.timeLimitDays}个工作日内办结`;
}

function timeLimitText(item: ServiceItemVersion): string {
  return item.timeLimitDays === 0 ? "即办件，受理后当场办结" : `自受理之日起${promiseText(item)}`;
}

/** GET services: the service of an item version. Every item has attributes, so metadata is true. */
export function open311Service(item: ServiceItemVersion): Open311Service {
  return {
    service_code: item.code,
    service_name: item.name,
    description: `${LEVEL_LABELS[item.level]}，办理机关：${item.handlingBody}，${timeLimitText(item)}。${item.conditions ? `受理条件：${item.conditions}` : ""}`,
    metadata: true,
    type: "realtime",
    keywords: [CATEGORY_LABELS[item.category], LEVEL_LABELS[item.level], item.handlingBody].join(", "),
    group: CATEGORY_LABELS[item.category],
  };
}

/** GET services/{code}: the materials as singlevaluelist attributes (已备齐 / 尚未备齐), then the item's other fields. */
export function open311ServiceDefinition(item: ServiceItemVersion): Open311ServiceDefinition {
  const materials: Open311Attribute[] = item.materials.map((m, i) => ({
    variable: true,
    code: m.key,
    datatype: "singlevaluelist",
    required: m.required,
    datatype_description: "申请人是否已备齐该材料；材料在代办站受理时当面核验",
    order: i + 1,
    description: materialText(m),
    values: MATERIAL_ANSWERS.map((v) => ({ ...v })),
  }));
  const info: [(typeof INFO_CODES)[number], string][] = [
    ["time_limit", `承诺时限：${timeLimitText(item)}`],
    ["handling_body", `办理机关：${item.handlingBody}；${LEVEL_LABELS[item.level]}`],
    ["in_person", item.inPerson ? "须申请人本人到场办理（可由代办员协办，不能代办）" : "可委托代办员代办，无须本人到场"],
    ["fees", item.fees.length === 0 ? "收费：免费" : `收费：${item.fees.map((f) => `${f.name}${yuan(f.amountFen)}（依据：${f.basis}）`).join("；")}`],
    ["conditions", `受理条件：${item.conditions || "无"}`],
  ];
  return {
    service_code: item.code,
    attributes: [
      ...materials,
      ...info.map(([code, description], i): Open311Attribute => ({
        variable: false,
        code,
        datatype: "string",
        required: false,
        datatype_description: "",
        order: materials.length + i + 1,
        description,
        values: [],
      })),
    ],
  };
}

/** The applicant's answers to the checklist: which materials they say they have, and which not yet. */
export interface MaterialAnswers {
  ready: Material[];
  notReady: Material[];
}

/**
 * Checks the attribute[code] values of an online application against the item's definition: each answer is
 * one of the listed values, every required material is answered, no unknown code (a blank one counts as
 * absent). Information attributes carry nothing to answer and are ignored.
 */
export function checkAttributes(item: ServiceItemVersion, attributes: Readonly<Record<string, string>>): { issues: FieldIssue[]; answers: MaterialAnswers } {
  const issues: FieldIssue[] = [];
  const answers: MaterialAnswers = { ready: [], notReady: [] };
  const keys = MATERIAL_ANSWERS.map((a) => a.key) as string[];
  for (const [code, value] of Object.entries(attributes)) {
    // a blank answer is no answer: form clients send every field of the form
    if (value.trim() === "") continue;
    if (!item.materials.some((m) => m.key === code) && !(INFO_CODES as readonly string[]).includes(code)) {
      issues.push({ path: `attribute[${code}]`, message: `attribute[${code.slice(0, 32)}] 不是事项「${item.name}」的属性` });
    }
  }
  for (const m of item.materials) {
    const raw = attributes[m.key]?.trim() ?? "";
    const path = `attribute[${m.key}]`;
    if (raw === "") {
      if (m.required) issues.push({ path, message: `${path}（${m.name}是否已备齐）不能为空，应为 yes 或 no` });
      continue;
    }
    if (!keys.includes(raw)) {
      issues.push({ path, message: `${path}（${m.name}是否已备齐）只能是 yes 或 no` });
      continue;
    }
    (raw === "yes" ? answers.ready : answers.notReady).push(m);
  }
  return { issues, answers };
}

/** The longest registration note (备注) the matter takes. */
const NOTE_MAX = 500;

/** The matter's note: the applicant's own words and their answers to the checklist, cut to the note's length. */
export function onlineApplicationNote(description: string | undefined, answers: MaterialAnswers): string {
  const parts = [
    description ? `申请人说明：${description}` : null,
    answers.ready.length ? `自报已备齐：${answers.ready.map((m) => m.name).join("、")}` : null,
    answers.notReady.length ? `自报尚未备齐：${answers.notReady.map((m) => m.name).join("、")}` : null,
  ].filter((p): p is string => p !== null);
  const note = `网上申请。${parts.join("；")}`;
  return note.length <= NOTE_MAX ? note : `${note.slice(0, NOTE_MAX - 1)}…`;
}

/** service_notice: where the application went, what to bring, and how long it takes once accepted. */
export function onlineApplicationNotice(item: ServiceItemVersion, station: { name: string; phone: string | null }): string {
  const bring = item.materials.filter((m) => m.required);
  return [
    `网上申请已转${station.name}，待代办站受理。`,
    bring.length ? `请携带${bring.map(materialText).join("、")}到代办站办理受理手续${item.inPerson ? "（须本人到场）" : ""}。` : `请到代办站办理受理手续${item.inPerson ? "（须本人到场）" : ""}。`,
    `受理后${promiseText(item)}。`,
    station.phone ? `代办站电话：${station.phone}。` : "",
  ].join("");
}
