import { eq, sql } from "drizzle-orm";
import type { Db } from "@bianmin/db";
import { throttle } from "@bianmin/db";

/** Failures allowed for one account before its sign-in is slowed down (R-SEC-4). */
export const FREE_FAILURES = 5;
/** Failures allowed from one address, over any accounts, before sign-in from it is slowed down (R-SEC-4). */
export const FREE_ADDRESS_FAILURES = 20;
/** A run of failures is forgotten this long after the last one. */
export const FAILURE_MEMORY_MS = 30 * 60 * 1000;
const MAX_LOCK_MS = 15 * 60 * 1000;

/** What failures are counted against: an account, or the address sign-ins come from. */
export interface ThrottleKey {
  key: string;
  free: number;
}
export const accountKey = (username: string): ThrottleKey => ({ key: username.trim().toLowerCase(), free: FREE_FAILURES });
/** Keyed with a space, which no username has (usernames are trimmed words). */
export const addressKey = (address: string): ThrottleKey => ({ key: `ip ${address}`, free: FREE_ADDRESS_FAILURES });

/** How long sign-in stays locked after the n-th consecutive failure: doubling from 30 s, at most 15 min. */
export function lockDurationMs(failures: number, free = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_MS, 30_000 * 2 ** Math.min(failures - free, 20));
}

/** Seconds the caller must still wait before trying again, or 0. */
export async function secondsLocked(db: Db, k: ThrottleKey, now: Date): Promise<number> {
  const [row] = await db.select().from(throttle).where(eq(throttle.key, k.key));
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailure(db: Db, k: ThrottleKey, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const [row] = await db
    .insert(throttle)
    .values({ key: k.key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: throttle.key,
      set: {
        failures: sql`case when ${throttle.lastFailureAt} < ${forgetBefore.toISOString()} then 1 else ${throttle.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning();
  const failures = row?.failures ?? 1;
  const lock = lockDurationMs(failures, k.free);
  if (lock > 0) {
    await db
      .update(throttle)
      .set({ lockedUntil: new Date(now.getTime() + lock) })
      .where(eq(throttle.key, k.key));
  }
  return failures;
}

export async function clearFailures(db: Db, k: ThrottleKey): Promise<void> {
  await db.delete(throttle).where(eq(throttle.key, k.key));
}
