import { and, inArray, sql } from "drizzle-orm";
import { OPEN_HANDLING_STATUSES } from "@bianmin/domain";
import { matters } from "../schema";

/**
 * Accepted and not yet completed (the deadline clock running or paused). The status list lets the planner take the
 * (township|district, status) indexes to the open matters instead of walking a unit's whole history; the date
 * columns say the same of a well-formed row.
 */
export const openHandling = () =>
  and(inArray(matters.status, [...OPEN_HANDLING_STATUSES]), sql`${matters.promisedDate} is not null and ${matters.completedOn} is null and ${matters.closedAt} is null`);
