/**
 * Throttling of failed sign-ins, per account and per address, with the counters in PostgreSQL so that
 * every app instance sees the same numbers. After a few failures each attempt is slowed down; after more
 * the key is refused for a while. A successful sign-in clears the account's counter (not the address's,
 * or one valid account would let an address guess at others).
 */
import "server-only";
import { db } from "../db";

export type ThrottlePolicy = {
  /** Failures are counted within this window. */
  windowMs: number;
  /** From this many failures on, each attempt waits before it is answered. */
  slowAfter: number;
  /** This many failures lock the key for lockMs. */
  lockAfter: number;
  lockMs: number;
};

export const ACCOUNT_POLICY: ThrottlePolicy = { windowMs: 15 * 60_000, slowAfter: 3, lockAfter: 6, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { windowMs: 15 * 60_000, slowAfter: 10, lockAfter: 30, lockMs: 15 * 60_000 };

export const MAX_DELAY_MS = 2_000;

/** How long to wait before answering an attempt, given the failures counted so far. */
export function delayFor(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.slowAfter) return 0;
  return Math.min(250 * 2 ** (failures - policy.slowAfter), MAX_DELAY_MS);
}

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

export type ThrottleCheck = { lockedUntil: Date | null; delayMs: number };

/** Before checking a password: is any of the keys locked, and how long should this attempt wait? */
export async function checkThrottle(keys: { key: string; policy: ThrottlePolicy }[], now = new Date()): Promise<ThrottleCheck> {
  const rows = await db().signInThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { key: true, failures: true, windowStart: true, lockedUntil: true },
  });
  let lockedUntil: Date | null = null;
  let delayMs = 0;
  for (const { key, policy } of keys) {
    const row = rows.find((r) => r.key === key);
    if (!row) continue;
    if (row.lockedUntil && row.lockedUntil > now && (!lockedUntil || row.lockedUntil > lockedUntil)) lockedUntil = row.lockedUntil;
    const inWindow = now.getTime() - row.windowStart.getTime() < policy.windowMs;
    if (inWindow) delayMs = Math.max(delayMs, delayFor(row.failures, policy));
  }
  return { lockedUntil, delayMs };
}

/** Counts a failure for the key (atomically); locks it when the policy says so. Returns the count. */
export async function recordFailure(key: string, policy: ThrottlePolicy, now = new Date()): Promise<{ failures: number; lockedUntil: Date | null }> {
  const cutoff = new Date(now.getTime() - policy.windowMs);
  const [row] = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${cutoff} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${cutoff} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  const failures = row?.failures ?? 1;
  if (failures >= policy.lockAfter) {
    const lockedUntil = new Date(now.getTime() + policy.lockMs);
    // The lock starts a new window: after it, the key gets lockAfter attempts again.
    await db().signInThrottle.update({ where: { key }, data: { lockedUntil, failures: 0, windowStart: lockedUntil } });
    return { failures, lockedUntil };
  }
  return { failures, lockedUntil: null };
}

export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
