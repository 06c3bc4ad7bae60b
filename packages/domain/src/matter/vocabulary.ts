/** Enumerations of the matter workflow with their Chinese labels. */

/** Service modes (R-INT-1). */
export const MODES = ["agency", "assisted", "consultation"] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, string> = { agency: "代办", assisted: "协办", consultation: "咨询" };

/** Lawful reasons to pause the clock (R-DL-3). */
export const PAUSE_REASONS = ["applicantSupplement", "siteSurvey", "expertReview", "publicNotice"] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
export const PAUSE_REASON_LABELS: Record<PauseReason, string> = {
  applicantSupplement: "受理后等待申请人补正材料",
  siteSurvey: "现场勘查",
  expertReview: "专家评审",
  publicNotice: "公示",
};

/** Completion outcomes (R-FLW-3). */
export const OUTCOMES = ["approved", "notApproved", "certificateIssued", "answered"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  approved: "准予批准",
  notApproved: "不予批准",
  certificateIssued: "已发证",
  answered: "已答复",
};

/** How a result is delivered (送达方式). */
export const DELIVERY_METHODS = ["inPerson", "doorstep", "post", "phone", "electronic"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  inPerson: "到站领取",
  doorstep: "上门送达",
  post: "邮寄送达",
  phone: "电话告知",
  electronic: "电子送达",
};

/** National government-service rating scale, best first (R-FLW-4). */
export const RATING_LEVELS = ["verySatisfied", "satisfied", "basicallySatisfied", "dissatisfied", "veryDissatisfied"] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_LABELS: Record<RatingLevel, string> = {
  verySatisfied: "非常满意",
  satisfied: "满意",
  basicallySatisfied: "基本满意",
  dissatisfied: "不满意",
  veryDissatisfied: "非常不满意",
};
/** 不满意 or worse opens a follow-up. */
export function isBadRating(level: RatingLevel): boolean {
  return level === "dissatisfied" || level === "veryDissatisfied";
}

/** Steps of a follow-up (整改回访), in the order they must be recorded. */
export const FOLLOW_UP_STEPS = ["callBack", "rectification", "result", "applicantView"] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];
export const FOLLOW_UP_STEP_LABELS: Record<FollowUpStep, string> = {
  callBack: "回访",
  rectification: "整改措施",
  result: "整改结果",
  applicantView: "申请人对整改的意见",
};

/** Matter statuses. */
export const MATTER_STATUSES = [
  "new",
  "registered",
  "awaitingSupplement",
  "rejected",
  "referred",
  "inHandling",
  "transferred",
  "atWindow",
  "atApprovalCenter",
  "completed",
  "delivered",
  "followUp",
  "closed",
] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];
export const MATTER_STATUS_LABELS: Record<MatterStatus, string> = {
  new: "未登记",
  registered: "已登记待受理",
  awaitingSupplement: "待补交材料",
  rejected: "已退回（不予受理）",
  referred: "已告知（非本站事项）",
  inHandling: "办理中",
  transferred: "已传递待窗口接收",
  atWindow: "窗口办理中",
  atApprovalCenter: "区行政审批中心办理中",
  completed: "已办结待送达",
  delivered: "已送达待评价",
  followUp: "整改回访中",
  closed: "已办结归档",
};

/** Where an accepted matter is handled (R-FLW-1): at the station, a township window, or the approval centre. */
export const ROUTES = ["station", "window", "approvalCenter"] as const;
export type Route = (typeof ROUTES)[number];
export const ROUTE_LABELS: Record<Route, string> = {
  station: "村（社区）代办站办理",
  window: "传递至乡镇（街道）便民服务中心窗口办理",
  approvalCenter: "陪同至区行政审批中心办理",
};
