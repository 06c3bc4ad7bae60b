import type { IsoDate, Instant } from "../dates";
import type { Role } from "../roles";
import type { Applicant } from "../applicant";
import type { AgentRef, Authorization, ResultDocument } from "./commands";
import type {
  DeliveryMethod,
  FollowUpStep,
  MatterStatus,
  Mode,
  Outcome,
  PauseReason,
  RatingLevel,
  Route,
} from "./vocabulary";
import type { HandlingLevel, Category, MaterialForm } from "../catalog";

/** Who did it (R-FLW-5). */
export interface ActorRef {
  id: string;
  name: string;
  role: Role | "applicant";
}

/** The item version a matter is registered under (R-CAT-3). */
export interface ItemRef {
  code: string;
  version: number;
  name: string;
  category: Category;
  level: HandlingLevel;
  timeLimitDays: number;
  inPerson: boolean;
}

/** A material handed in, with its name from the item version. */
export interface MaterialReceived {
  key: string;
  name: string;
  form: MaterialForm;
  count: number;
}

/** A fee received, with its statutory basis (R-INT-7). */
export interface FeeReceived {
  key: string;
  name: string;
  amountFen: number;
  basis: string;
}

/** One line of a supplement notice (补交材料清单). */
export interface SupplementLine {
  key: string;
  name: string;
  form: MaterialForm;
  /** Copies still needed. */
  count: number;
  why: "missing" | "insufficient" | "defective";
  /** "缺少"、"还差1份" or the defect. */
  detail: string;
}

export interface WindowRef {
  id: string;
  name: string;
}

/** Common envelope of every event: who, when, from which state (R-FLW-5). */
interface Envelope<T extends string, D> {
  type: T;
  at: Instant;
  actor: ActorRef;
  fromStatus: MatterStatus;
  data: D;
}

export type RegisteredEvent = Envelope<
  "registered",
  {
    item: ItemRef;
    applicant: Applicant;
    mode: Mode;
    authorization: Authorization | null;
    materials: MaterialReceived[];
    fees: FeeReceived[];
    missing: SupplementLine[];
    note: string | null;
  }
>;
export type SupplementRequestedEvent = Envelope<"supplementRequested", { lines: SupplementLine[]; note: string | null }>;
export type MaterialsSuppliedEvent = Envelope<
  "materialsSupplied",
  { supplied: MaterialReceived[]; stillMissing: SupplementLine[] }
>;
export type AcceptedEvent = Envelope<
  "accepted",
  {
    receiptNo: string;
    acceptedOn: IsoDate;
    timeLimitDays: number;
    promisedDate: IsoDate;
    /** Chinese explanation of the promised date (R-DL-2). */
    deadlineExplanation: string;
    route: Route;
    firstContactAgent: AgentRef;
    responsibleAgent: AgentRef;
  }
>;
export type RejectedEvent = Envelope<"rejected", { reason: string }>;
export type ReferredEvent = Envelope<"referred", { body: string; note: string | null }>;
export type HandedOverEvent = Envelope<"handedOver", { from: AgentRef; to: AgentRef }>;
export type TransferredToWindowEvent = Envelope<"transferredToWindow", { window: WindowRef; from: AgentRef }>;
export type ReceivedAtWindowEvent = Envelope<
  "receivedAtWindow",
  { window: WindowRef; from: AgentRef; staff: { id: string; name: string } }
>;
export type SubmittedToApprovalCenterEvent = Envelope<
  "submittedToApprovalCenter",
  { from: AgentRef; officerName: string; note: string | null }
>;
export type CompletedEvent = Envelope<
  "completed",
  { outcome: Outcome; reason: string | null; documents: ResultDocument[]; completedOn: IsoDate; note?: string | null }
>;
export type ResultReturnedEvent = Envelope<
  "resultReturned",
  { window: WindowRef; staff: { id: string; name: string }; to: AgentRef; note: string | null }
>;
export type ResultCollectedEvent = Envelope<
  "resultCollected",
  { officerName: string; to: AgentRef; note: string | null }
>;
export type ClockPausedEvent = Envelope<"clockPaused", { reason: PauseReason; pausedOn: IsoDate; note: string | null }>;
export type ClockResumedEvent = Envelope<
  "clockResumed",
  {
    reason: PauseReason;
    pausedOn: IsoDate;
    resumedOn: IsoDate;
    pausedWorkdays: number;
    previousPromisedDate: IsoDate;
    promisedDate: IsoDate;
    note: string | null;
  }
>;
export type DeliveredEvent = Envelope<
  "delivered",
  { method: DeliveryMethod; from: AgentRef; receivedBy: string; note: string | null }
>;
export type RatedEvent = Envelope<"rated", { level: RatingLevel; comment: string | null }>;
export type FollowUpOpenedEvent = Envelope<"followUpOpened", { openedOn: IsoDate; days: number; dueDate: IsoDate }>;
export type FollowUpStepRecordedEvent = Envelope<"followUpStepRecorded", { step: FollowUpStep; text: string }>;
export type FollowUpClosedEvent = Envelope<"followUpClosed", { closedOn: IsoDate; note: string | null }>;
export type ClosedEvent = Envelope<"closed", Record<string, never>>;

/** Every event of a matter's append-only history. */
export type MatterEvent =
  | RegisteredEvent
  | SupplementRequestedEvent
  | MaterialsSuppliedEvent
  | AcceptedEvent
  | RejectedEvent
  | ReferredEvent
  | HandedOverEvent
  | TransferredToWindowEvent
  | ReceivedAtWindowEvent
  | SubmittedToApprovalCenterEvent
  | CompletedEvent
  | ResultReturnedEvent
  | ResultCollectedEvent
  | ClockPausedEvent
  | ClockResumedEvent
  | DeliveredEvent
  | RatedEvent
  | FollowUpOpenedEvent
  | FollowUpStepRecordedEvent
  | FollowUpClosedEvent
  | ClosedEvent;

export type MatterEventType = MatterEvent["type"];

export const MATTER_EVENT_LABELS: Record<MatterEventType, string> = {
  registered: "登记",
  supplementRequested: "出具补交材料清单",
  materialsSupplied: "补交材料",
  accepted: "受理",
  rejected: "退回（不予受理）",
  referred: "告知",
  handedOver: "移交",
  transferredToWindow: "传递至窗口",
  receivedAtWindow: "窗口接收",
  submittedToApprovalCenter: "送区行政审批中心",
  completed: "办结",
  resultReturned: "窗口返还结果",
  resultCollected: "领取审批中心结果",
  clockPaused: "暂停计时",
  clockResumed: "恢复计时",
  delivered: "送达",
  rated: "评价",
  followUpOpened: "启动整改回访",
  followUpStepRecorded: "记录整改回访",
  followUpClosed: "整改回访办结",
  closed: "归档",
};
