import type { Calendar } from "../calendar";
import type { ServiceItemVersion } from "../catalog";
import type { Instant } from "../dates";
import type { Role } from "../roles";

/** Who is acting. The API fills it from the session; unit checks (which village) are the API's job. */
export interface Actor {
  id: string;
  name: string;
  /** A user role, or "applicant" when the applicant acts for themself (rating on a public page, an online application). */
  role: Role | "applicant";
  phone?: string;
  /** For agents: clocked on duty now (R-RUL-5). Only an on-duty agent registers and decides intake. */
  onDuty?: boolean;
  /** For agents: codes of the items they are responsible for (归口). */
  scope?: readonly string[];
}

/** Tunable rules, each with a default. */
export interface MatterSettings {
  /** Working days the township centre has to close the follow-up of a bad rating (R-FLW-4). Default 5. */
  followUpDays: number;
}

export const DEFAULT_MATTER_SETTINGS: MatterSettings = { followUpDays: 5 };

/** Everything the decider needs beyond the matter state. */
export interface DecideContext {
  /** The present moment (ISO timestamp). The decider never reads the clock. */
  now: Instant;
  actor: Actor;
  /** The item version: for `register` the one applied for; afterwards the one the matter was registered under. */
  item: ServiceItemVersion;
  calendar: Calendar;
  /** Receipt number to assign if this command accepts the matter (from the API's sequence). */
  receiptNo?: string;
  settings?: Partial<MatterSettings>;
}
