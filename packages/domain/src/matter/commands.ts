import { z } from "zod";
import { applicantSchema, phoneSchema } from "../applicant";
import { itemCodeSchema } from "../catalog";
import { instantSchema, isoDateSchema, optionalText, requiredText } from "../schemas";
import { DELIVERY_METHODS, FOLLOW_UP_STEPS, MODES, OUTCOMES, PAUSE_REASONS, RATING_LEVELS } from "./vocabulary";

/**
 * Commands of the matter decider, as zod schemas (reused as tRPC inputs). Every command may carry `at`, the
 * moment the act happened; when absent the decider uses `now`. The acting user comes from the context, never
 * from the command.
 */

const at = instantSchema("办理时间").optional();

/** A station agent named in a command. */
export const agentRefSchema = z.object({
  id: requiredText("代办员编号", 64),
  name: requiredText("代办员姓名", 50),
  phone: phoneSchema.optional(),
});
export type AgentRef = z.infer<typeof agentRefSchema>;

/** One material handed in, referenced by its key in the item version's list (R-INT-3). */
export const handedInMaterialSchema = z.object({
  key: requiredText("材料编号", 32),
  count: z
    .number({ error: "材料份数必须是数字" })
    .int({ error: "材料份数必须是整数" })
    .min(1, { error: "材料份数至少为1" })
    .max(20, { error: "材料份数不能超过20" }),
});
export type HandedInMaterialInput = z.infer<typeof handedInMaterialSchema>;

/** One fee received, referenced by its key in the item version's statutory fees (R-INT-7). */
export const receivedFeeSchema = z.object({
  key: requiredText("收费项目编号", 32),
  amountFen: z
    .number({ error: "收费金额必须是数字" })
    .int({ error: "收费金额以分为单位，必须是整数" })
    .min(0, { error: "收费金额不能为负数" }),
});
export type ReceivedFeeInput = z.infer<typeof receivedFeeSchema>;

/** The applicant's authorisation of an agent of their choice (授权委托, R-INT-1). */
export const authorizationSchema = z.object({
  agentId: requiredText("受托代办员编号", 64),
  agentName: requiredText("受托代办员姓名", 50),
  signedOn: isoDateSchema("委托日期"),
  scope: requiredText("委托事项", 200),
  documentRef: optionalText("授权委托书编号", 64),
});
export type Authorization = z.infer<typeof authorizationSchema>;

/** 登记: registration of a request for one item (R-INT-1, R-INT-2, R-INT-3, R-INT-7). */
export const registerCommandSchema = z.object({
  type: z.literal("register"),
  at,
  itemCode: itemCodeSchema,
  applicant: applicantSchema,
  mode: z.enum(MODES, { error: "服务方式不正确（代办、协办或咨询）" }),
  authorization: authorizationSchema.optional(),
  materials: z.array(handedInMaterialSchema).max(50, { error: "材料不能超过50项" }).default([]),
  fees: z.array(receivedFeeSchema).max(20, { error: "收费项目不能超过20项" }).default([]),
  note: optionalText("备注", 500),
});

/** 补交材料清单: the materials are incomplete; the missing list is computed, defective ones may be added. */
export const requestSupplementCommandSchema = z.object({
  type: z.literal("requestSupplement"),
  at,
  defective: z
    .array(z.object({ key: requiredText("材料编号", 32), problem: requiredText("材料问题说明", 200) }))
    .max(50)
    .default([]),
  note: optionalText("补交说明", 500),
});

/** The applicant brings missing materials. */
export const supplyMaterialsCommandSchema = z.object({
  type: z.literal("supplyMaterials"),
  at,
  materials: z.array(handedInMaterialSchema).min(1, { error: "请填写补交的材料" }).max(50),
});

/** 受理. `responsibleAgent` is required when the accepting agent's scope does not cover the item (R-INT-6). */
export const acceptCommandSchema = z.object({
  type: z.literal("accept"),
  at,
  responsibleAgent: agentRefSchema.optional(),
});

/** 退回（不予受理）with a written reason. */
export const rejectCommandSchema = z.object({
  type: z.literal("reject"),
  at,
  reason: requiredText("退回理由", 500),
});

/** 告知: not a station item; the body to apply to is recorded. */
export const referCommandSchema = z.object({
  type: z.literal("refer"),
  at,
  body: requiredText("告知的办理机关", 100),
  note: optionalText("告知说明", 500),
});

/** 移交: hand the materials to another agent, by default the responsible agent (R-INT-6). */
export const handoverCommandSchema = z.object({
  type: z.literal("handover"),
  at,
  toAgent: agentRefSchema.optional(),
});

/**
 * 传递: send a township-level matter to the township centre window (R-FLW-1). The window is the one that
 * handles the item in the station's township; the API fills it in, the decider refuses a transfer without one.
 */
export const transferToWindowCommandSchema = z.object({
  type: z.literal("transferToWindow"),
  at,
  window: z.object({ id: requiredText("窗口编号", 64), name: requiredText("窗口名称", 100) }).optional(),
});

/** The township window receives a transferred matter. */
export const receiveAtWindowCommandSchema = z.object({ type: z.literal("receiveAtWindow"), at });

/** The agent takes a district-level matter to the approval centre (visit recorded). */
export const submitToApprovalCenterCommandSchema = z.object({
  type: z.literal("submitToApprovalCenter"),
  at,
  officerName: requiredText("审批中心接收人姓名", 50),
  note: optionalText("陪同办理说明", 500),
});

/** A result document (批复、证照…). */
export const resultDocumentSchema = z.object({
  name: requiredText("结果文书名称", 100),
  number: optionalText("文书编号", 64),
});
export type ResultDocument = z.infer<typeof resultDocumentSchema>;

/** 办结 with outcome and result documents (R-FLW-3). */
export const completeCommandSchema = z
  .object({
    type: z.literal("complete"),
    at,
    outcome: z.enum(OUTCOMES, { error: "办结结果不正确" }),
    reason: optionalText("不予批准理由", 500),
    documents: z.array(resultDocumentSchema).max(20).default([]),
    note: optionalText("办结说明", 1000),
  })
  .superRefine((c, ctx) => {
    if (c.outcome === "notApproved" && !c.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "不予批准理由不能为空" });
    }
  });

/** The window returns the result and the materials to the station. */
export const returnFromWindowCommandSchema = z.object({
  type: z.literal("returnFromWindow"),
  at,
  note: optionalText("返还说明", 500),
});

/** The agent collects the result and the materials from the approval centre. */
export const collectFromApprovalCenterCommandSchema = z.object({
  type: z.literal("collectFromApprovalCenter"),
  at,
  officerName: requiredText("审批中心交付人姓名", 50),
  note: optionalText("领取说明", 500),
});

/** 暂停计时, only for a lawful reason (R-DL-3). */
export const pauseClockCommandSchema = z.object({
  type: z.literal("pauseClock"),
  at,
  reason: z.enum(PAUSE_REASONS, {
    error: "暂停计时理由不合法（仅限：受理后等待申请人补正材料、现场勘查、专家评审、公示）",
  }),
  note: optionalText("暂停说明", 500),
});

/** 恢复计时. */
export const resumeClockCommandSchema = z.object({
  type: z.literal("resumeClock"),
  at,
  note: optionalText("恢复说明", 500),
});

/** 送达: how, when, by whom (the acting agent), received by whom. */
export const deliverCommandSchema = z.object({
  type: z.literal("deliver"),
  at,
  method: z.enum(DELIVERY_METHODS, { error: "送达方式不正确" }),
  receivedBy: requiredText("签收人", 50),
  note: optionalText("送达说明", 500),
});

/** 评价 on the national five-level scale (R-FLW-4). */
export const rateCommandSchema = z.object({
  type: z.literal("rate"),
  at,
  level: z.enum(RATING_LEVELS, { error: "评价等级不正确（非常满意、满意、基本满意、不满意、非常不满意）" }),
  comment: optionalText("评价意见", 500),
});

/** One step of the follow-up of a bad rating. */
export const recordFollowUpCommandSchema = z.object({
  type: z.literal("recordFollowUp"),
  at,
  step: z.enum(FOLLOW_UP_STEPS, { error: "整改回访环节不正确" }),
  text: requiredText("整改回访记录", 1000),
});

/** Closes the follow-up once every step is recorded. */
export const closeFollowUpCommandSchema = z.object({
  type: z.literal("closeFollowUp"),
  at,
  note: optionalText("办结说明", 500),
});

/** Any matter command. */
export const matterCommandSchema = z.discriminatedUnion(
  "type",
  [
    registerCommandSchema,
    requestSupplementCommandSchema,
    supplyMaterialsCommandSchema,
    acceptCommandSchema,
    rejectCommandSchema,
    referCommandSchema,
    handoverCommandSchema,
    transferToWindowCommandSchema,
    receiveAtWindowCommandSchema,
    submitToApprovalCenterCommandSchema,
    completeCommandSchema,
    returnFromWindowCommandSchema,
    collectFromApprovalCenterCommandSchema,
    pauseClockCommandSchema,
    resumeClockCommandSchema,
    deliverCommandSchema,
    rateCommandSchema,
    recordFollowUpCommandSchema,
    closeFollowUpCommandSchema,
  ],
  { error: "未知的办理操作" },
);

/** A parsed (validated) command. */
export type MatterCommand = z.output<typeof matterCommandSchema>;
/** A command as sent by a client (defaults not yet applied). */
export type MatterCommandInput = z.input<typeof matterCommandSchema>;
export type MatterCommandType = MatterCommand["type"];
export type CommandOf<T extends MatterCommandType> = Extract<MatterCommand, { type: T }>;
export type RegisterCommand = CommandOf<"register">;
