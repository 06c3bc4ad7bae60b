/**
 * @bianmin/domain — the rules of the product as pure TypeScript: no database, no framework, no clock.
 * Calendar days are "YYYY-MM-DD" strings (Asia/Shanghai local dates); instants are ISO timestamps with zone.
 */

// catalogue (R-CAT-1, R-CAT-2)
export * from "./catalog";
export * from "./catalog-edit";

// dates, errors, roles, shared schemas
export {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  instantMs,
  isInstant,
  isIsoDate,
  isWeekend,
  normalizeInstant,
  shanghaiDate,
  shanghaiDateTime,
  weekdayName,
  yearOf,
} from "./dates";
export type { Instant, IsoDate } from "./dates";
export { DOMAIN_ERROR_CODES, DomainError, isDomainError } from "./errors";
export type { DomainErrorCode, FieldIssue } from "./errors";
export { ROLES, ROLE_LABELS } from "./roles";
export type { Role } from "./roles";
export { fieldIssues, instantSchema, isoDateSchema, isStorableText, optionalText, requiredText, unstorableTextPath } from "./schemas";

// applicant (R-INT-3)
export {
  PHONE_PATTERN,
  addressSchema,
  applicantNameSchema,
  applicantSchema,
  idNumberCheckChar,
  idNumberProblem,
  idNumberSchema,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  phoneSchema,
} from "./applicant";
export type { Applicant, ApplicantInput } from "./applicant";

// calendar and deadlines (R-DL-1, R-DL-2)
export { createCalendar, dayKindOf, daysInYear, expandCalendarYear } from "./calendar";
export { CALENDAR_YEAR_RANGE, DAY_KINDS, calendarDayFromEdit, calendarExceptions, calendarYearCounts, calendarYearFromNotice, missingYearWarning } from "./calendar-edit";
export type { CalendarYearCounts, DayEdit, HolidayRange, MakeupDay, MissingYearWarning, YearNotice } from "./calendar-edit";
export type { Calendar, CalendarDay, CalendarDayInfo, CalendarException, DayKind } from "./calendar";
export { addWorkdays, explainWorkdays, workdaysBetween, workdaysIn } from "./deadline";
export type { CountedDay, SkippedDay, WorkdayExplanation } from "./deadline";

// lights (R-DL-4)
export {
  CLOSED_RESULT_LABELS,
  DEFAULT_YELLOW_WITHIN_DAYS,
  LIGHTS,
  LIGHT_LABELS,
  deadlineStatusOn,
  followUpDeadlineStatus,
  matterDeadlineStatus,
  matterLight,
} from "./lights";
export type { ClosedResult, DeadlineFacts, DeadlineStatus, Light, LightOptions } from "./lights";

// matters (R-INT-*, R-FLW-*, R-DL-3)
export * from "./matter/vocabulary";
export * from "./matter/commands";
export type * from "./matter/events";
export { MATTER_EVENT_LABELS } from "./matter/events";
export { COMPLETED_STATUSES, INTAKE_STATUSES, OPEN_HANDLING_STATUSES, initialMatterState } from "./matter/state";
export type { ActivePause, CustodyHolder, FollowUpState, MatterState, PauseRecord } from "./matter/state";
export { DEFAULT_MATTER_SETTINGS } from "./matter/context";
export type { Actor, DecideContext, MatterSettings } from "./matter/context";
export { COMMAND_STATUSES, decide, tryDecide } from "./matter/decide";
export { availableCommands } from "./matter/available";
export { missingMaterials } from "./matter/materials";
export type { DecideResult } from "./matter/decide";
export { evolve, replay } from "./matter/evolve";
export { matterInvariantViolations } from "./matter/invariants";
export { formatReceiptNo } from "./matter/receipt";
export { describeEvent } from "./matter/describe";

// custody (R-FLW-2)
export { currentCustodian, custodianAt, custodyChain, describeHolder } from "./custody";
export type { CustodyTransfer } from "./custody";

// assessment (R-ASM-1..3)
export * from "./assessment/periods";
export * from "./assessment/rubric";
export * from "./assessment/record";
export * from "./assessment/agent-metrics";
export * from "./assessment/station-metrics";

// organisation (R-ORG-3, R-ORG-6)
export { stationName } from "./station";
export * from "./rollout";
export * from "./rollout-series";
export * from "./rollout-campaign";
export * from "./handling-time";

// station work rules (附件1) and complaints (R-CAT-4, R-RUL-3)
export * from "./work-rules";

// station standardisation (R-ORG-5) and inspections (R-SUP-2)
export * from "./standardization";
export * from "./inspection";
export * from "./inspection-photo";
export * from "./rectification";
export * from "./supervision";

// reminders of yellow and red matters and follow-ups (R-DL-5)
export * from "./reminders";

// Open311 GeoReport v2: how matters and the catalogue look to other channels (R-API-1)
export * from "./open311";
