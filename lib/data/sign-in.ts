/**
 * Password sign-in with throttling and an audit trail. Called by the next-auth credentials provider,
 * which is also reachable directly (POST /api/auth/callback/credentials), so every check lives here.
 */
import "server-only";
import { db } from "../db";
import { authenticate, type SessionUser } from "./users";
import { recordAudit } from "./audit";
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, addressKey, checkThrottle, clearFailures, recordFailure } from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signInWithPassword(
  email: string,
  password: string,
  address: string | null,
  opts: { now?: Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<SignInOutcome> {
  const now = opts.now ?? new Date();
  const wait = opts.wait ?? sleep;
  const keys = [{ key: accountKey(email), policy: ACCOUNT_POLICY }];
  if (address) keys.push({ key: addressKey(address), policy: ADDRESS_POLICY });

  const check = await checkThrottle(keys, now);
  const target = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (check.lockedUntil) {
    await recordAudit({ actorId: null, action: "auth.sign_in_refused", targetType: target ? "User" : undefined, targetId: target?.id, data: { email, address, until: check.lockedUntil.toISOString() } });
    return { ok: false, reason: "throttled", retryAt: check.lockedUntil };
  }
  if (check.delayMs > 0) await wait(check.delayMs);

  const user = await authenticate(email, password);
  if (user) {
    await clearFailures(accountKey(email));
    return { ok: true, user };
  }
  let lockedUntil: Date | null = null;
  for (const { key, policy } of keys) {
    const r = await recordFailure(key, policy, now);
    if (r.lockedUntil && (!lockedUntil || r.lockedUntil > lockedUntil)) lockedUntil = r.lockedUntil;
  }
  await recordAudit({ actorId: null, action: "auth.sign_in_failed", targetType: target ? "User" : undefined, targetId: target?.id, data: { email, address } });
  return lockedUntil ? { ok: false, reason: "throttled", retryAt: lockedUntil } : { ok: false, reason: "invalid" };
}
