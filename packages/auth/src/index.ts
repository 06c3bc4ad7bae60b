export { authenticate } from "./authenticate";
export type { AuthResult, SessionUser } from "./authenticate";
export { createAuthOptions, SESSION_MAX_AGE_S } from "./options";
export { APP_ROLES, APP_TITLES, APPS, appOfRole, ROLE_LABELS, roleAllowedIn } from "./roles";
export type { AppName } from "./roles";
export { clearFailures, FREE_FAILURES, lockDurationMs, recordFailure, secondsLocked } from "./throttle";
