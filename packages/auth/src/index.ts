export { authenticate } from "./authenticate";
export type { AuthResult, SessionUser } from "./authenticate";
export { createAuthOptions, SESSION_MAX_AGE_S } from "./options";
export { APP_ROLES, APP_TITLES, APPS, appOfRole, ROLE_LABELS, roleAllowedIn } from "./roles";
export type { AppName } from "./roles";
export { cookiesOfHeader, sessionTokenIn, sessionUserOf } from "./session-token";
export { accountKey, addressKey, clearFailures, FREE_ADDRESS_FAILURES, FREE_FAILURES, lockDurationMs, recordFailure, secondsLocked } from "./throttle";
export type { ThrottleKey } from "./throttle";
