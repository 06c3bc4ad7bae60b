/** Typed domain errors: a stable `code` for programs and a Chinese `message` for people. */

export const DOMAIN_ERROR_CODES = [
  // input and context
  "INVALID_INPUT",
  "ITEM_VERSION_MISMATCH",
  "AT_IN_FUTURE",
  "AT_BEFORE_PREVIOUS_EVENT",
  "ROLE_NOT_ALLOWED",
  "AGENT_NOT_ON_DUTY",
  // calendar
  "CALENDAR_YEAR_MISSING",
  "CALENDAR_INVALID",
  // registration and intake (R-INT-*)
  "ALREADY_REGISTERED",
  "NOT_REGISTERED",
  "IN_PERSON_ITEM_NO_AGENCY",
  "AUTHORIZATION_REQUIRED",
  "AUTHORIZATION_NOT_APPLICABLE",
  "CONSULTATION_ITEM_MODE",
  "UNKNOWN_MATERIAL",
  "DUPLICATE_MATERIAL",
  "FEE_NOT_STATUTORY",
  "FEE_AMOUNT_MISMATCH",
  "DUPLICATE_FEE",
  "FEES_NOT_FOR_CONSULTATION",
  "MATERIALS_INCOMPLETE",
  "NOTHING_MISSING",
  "NOT_AWAITING_SUPPLEMENT",
  "NOT_HANDED_IN_ONLINE",
  "INTAKE_ALREADY_DECIDED",
  "RECEIPT_NO_MISSING",
  "RESPONSIBLE_AGENT_REQUIRED",
  "MATTER_REJECTED",
  "MATTER_REFERRED",
  "NOT_ACCEPTED",
  // handling, custody and routing (R-FLW-1, R-FLW-2, R-INT-6)
  "HANDOVER_NOT_NEEDED",
  "HANDOVER_WRONG_AGENT",
  "HANDOVER_PENDING",
  "NOT_CUSTODIAN",
  "WRONG_ROUTE",
  "ALREADY_TRANSFERRED",
  "WINDOW_REQUIRED",
  "NOT_TRANSFERRED",
  "ALREADY_RECEIVED",
  "NOT_AT_WINDOW",
  "NOT_AT_APPROVAL_CENTER",
  "HANDLED_ELSEWHERE",
  "RESULT_ALREADY_RETURNED",
  // completion, delivery, rating, follow-up (R-FLW-3, R-FLW-4)
  "ALREADY_COMPLETED",
  "OUTCOME_NOT_ALLOWED",
  "DOCUMENTS_REQUIRED",
  "NOT_COMPLETED",
  "RESULT_NOT_RETURNED",
  "ALREADY_DELIVERED",
  "NOT_DELIVERED",
  "ALREADY_RATED",
  "NO_FOLLOW_UP",
  "FOLLOW_UP_STEP_ORDER",
  "FOLLOW_UP_INCOMPLETE",
  "MATTER_CLOSED",
  // clock (R-DL-3)
  "CLOCK_PAUSED",
  "CLOCK_NOT_PAUSED",
  "CLOCK_ALREADY_PAUSED",
  "PAUSE_NOT_ALLOWED",
  // assessment
  "RUBRIC_INVALID",
  "RUBRIC_METRIC_MISSING",
  "ASSESSMENT_CONFIRMED",
  "ASSESSMENT_NOT_CONFIRMED",
  "PERIOD_INVALID",
  // organisation
  "NAME_PART_MISSING",
  "ROLLOUT_INVALID",
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One bad field of an input, with a Chinese message that names the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A refusal by a domain rule. Nothing was changed when it is thrown or returned. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Narrowing helper for `catch` blocks. */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
