import type { Applicant } from "../applicant";
import type { IsoDate, Instant } from "../dates";
import type { AgentRef, Authorization, ResultDocument } from "./commands";
import type { ActorRef, FeeReceived, ItemRef, MaterialReceived, SupplementLine, WindowRef } from "./events";
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

/** Who holds the applicant's paper materials (R-FLW-2). */
export type CustodyHolder =
  | { kind: "agent"; id: string; name: string }
  | { kind: "window"; windowId: string; windowName: string; staffId: string; staffName: string }
  | { kind: "approvalCenter"; officerName: string }
  | { kind: "applicant"; name: string };

export interface PauseRecord {
  reason: PauseReason;
  pausedAt: Instant;
  pausedOn: IsoDate;
  resumedAt: Instant;
  resumedOn: IsoDate;
  pausedWorkdays: number;
}

export interface ActivePause {
  reason: PauseReason;
  pausedAt: Instant;
  pausedOn: IsoDate;
}

export interface FollowUpState {
  openedAt: Instant;
  days: number;
  dueDate: IsoDate;
  steps: { step: FollowUpStep; text: string; at: Instant; by: ActorRef }[];
  closedAt: Instant | null;
  closedOn: IsoDate | null;
}

/** The current state of one matter: the fold of its events. */
export interface MatterState {
  status: MatterStatus;
  /** Number of events applied (optimistic concurrency version). */
  version: number;
  lastEventAt: Instant | null;

  item: ItemRef | null;
  applicant: Applicant | null;
  mode: Mode | null;
  authorization: Authorization | null;
  materials: MaterialReceived[];
  fees: FeeReceived[];
  /** Materials still missing for acceptance. */
  missing: SupplementLine[];
  /** The last supplement notice issued. */
  supplementNotice: SupplementLine[] | null;
  registeredAt: Instant | null;
  registeredBy: ActorRef | null;
  note: string | null;

  receiptNo: string | null;
  acceptedAt: Instant | null;
  acceptedOn: IsoDate | null;
  originalPromisedDate: IsoDate | null;
  /** Current promised date, moved by resumed pauses. */
  promisedDate: IsoDate | null;
  deadlineExplanation: string | null;
  route: Route | null;
  firstContactAgent: AgentRef | null;
  responsibleAgent: AgentRef | null;
  /** True while the materials are not yet with the responsible agent (first-contact handover pending). */
  handoverPending: boolean;
  window: WindowRef | null;
  custody: CustodyHolder | null;

  pause: ActivePause | null;
  pauses: PauseRecord[];

  completion: {
    outcome: Outcome;
    reason: string | null;
    documents: ResultDocument[];
    /** What was done or answered (a consultation's answer). */
    note: string | null;
    at: Instant;
    completedOn: IsoDate;
    by: ActorRef;
  } | null;
  delivery: { method: DeliveryMethod; receivedBy: string; at: Instant; by: ActorRef; note: string | null } | null;
  rating: { level: RatingLevel; comment: string | null; at: Instant; by: ActorRef } | null;
  followUp: FollowUpState | null;
  rejection: { reason: string; at: Instant; by: ActorRef } | null;
  referral: { body: string; note: string | null; at: Instant; by: ActorRef } | null;
  closedAt: Instant | null;
}

/** The state before the first event. */
export function initialMatterState(): MatterState {
  return {
    status: "new",
    version: 0,
    lastEventAt: null,
    item: null,
    applicant: null,
    mode: null,
    authorization: null,
    materials: [],
    fees: [],
    missing: [],
    supplementNotice: null,
    registeredAt: null,
    registeredBy: null,
    note: null,
    receiptNo: null,
    acceptedAt: null,
    acceptedOn: null,
    originalPromisedDate: null,
    promisedDate: null,
    deadlineExplanation: null,
    route: null,
    firstContactAgent: null,
    responsibleAgent: null,
    handoverPending: false,
    window: null,
    custody: null,
    pause: null,
    pauses: [],
    completion: null,
    delivery: null,
    rating: null,
    followUp: null,
    rejection: null,
    referral: null,
    closedAt: null,
  };
}

/** Statuses after acceptance and before completion: the deadline clock is running (or paused). */
export const OPEN_HANDLING_STATUSES: readonly MatterStatus[] = ["inHandling", "transferred", "atWindow", "atApprovalCenter"];
/** Statuses in which the matter has been completed (办结). */
export const COMPLETED_STATUSES: readonly MatterStatus[] = ["completed", "delivered", "followUp", "closed"];
/** Statuses before an intake decision. */
export const INTAKE_STATUSES: readonly MatterStatus[] = ["registered", "awaitingSupplement"];
