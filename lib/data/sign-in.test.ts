import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser, TEST_PASSWORD } from "../testing/factories";
import { signInWithPassword } from "./sign-in";
import { ACCOUNT_POLICY, ADDRESS_POLICY, delayFor, MAX_DELAY_MS } from "./sign-in-throttle";

const db = setupAppDatabase();
beforeEach(() => truncateAll(db.client()));

/** Records the delays instead of sleeping. */
function recorder() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe("delayFor", () => {
  it("is zero at first, then grows, capped", () => {
    expect(delayFor(0, ACCOUNT_POLICY)).toBe(0);
    expect(delayFor(ACCOUNT_POLICY.slowAfter - 1, ACCOUNT_POLICY)).toBe(0);
    expect(delayFor(ACCOUNT_POLICY.slowAfter, ACCOUNT_POLICY)).toBe(250);
    expect(delayFor(ACCOUNT_POLICY.slowAfter + 1, ACCOUNT_POLICY)).toBe(500);
    expect(delayFor(100, ACCOUNT_POLICY)).toBe(MAX_DELAY_MS);
  });
});

describe("sign-in throttling", () => {
  it("slows, then refuses an account — even with the right password — until the lock ends", async () => {
    const user = await createUser(db.client());
    const now = new Date("2026-03-01T12:00:00Z");
    const r = recorder();
    const outcomes = [];
    for (let i = 0; i < ACCOUNT_POLICY.lockAfter; i++) {
      outcomes.push(await signInWithPassword(user.email, "wrong password!", `10.0.0.${i}`, { now, wait: r.wait }));
    }
    expect(outcomes.slice(0, -1).every((o) => !o.ok && o.reason === "invalid")).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // Slowed from the slowAfter-th failure on.
    expect(r.waits).toEqual([250, 500, 1000]);

    const locked = await signInWithPassword(user.email, TEST_PASSWORD, "10.0.1.1", { now: new Date(now.getTime() + 60_000), wait: r.wait });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    if (!locked.ok && locked.reason === "throttled") expect(locked.retryAt.getTime()).toBe(now.getTime() + ACCOUNT_POLICY.lockMs);

    const later = new Date(now.getTime() + ACCOUNT_POLICY.lockMs + 1000);
    expect(await signInWithPassword(user.email, TEST_PASSWORD, "10.0.1.1", { now: later, wait: r.wait })).toMatchObject({ ok: true });
    // Success clears the account's counter.
    expect(await db.client().signInThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);

    const audit = await db.client().auditEvent.groupBy({ by: ["action"], _count: true, orderBy: { action: "asc" } });
    expect(Object.fromEntries(audit.map((a) => [a.action, a._count]))).toEqual({
      "auth.sign_in": 1,
      "auth.sign_in_failed": ACCOUNT_POLICY.lockAfter,
      "auth.sign_in_refused": 1,
    });
  });

  it("refuses an address that tries many accounts, without locking those accounts elsewhere", async () => {
    const victim = await createUser(db.client());
    const now = new Date("2026-03-01T12:00:00Z");
    const r = recorder();
    for (let i = 0; i < ADDRESS_POLICY.lockAfter; i++) {
      await signInWithPassword(`nobody${i}@example.org`, "wrong password!", "203.0.113.9", { now, wait: r.wait });
    }
    expect(await signInWithPassword(victim.email, TEST_PASSWORD, "203.0.113.9", { now, wait: r.wait })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signInWithPassword(victim.email, TEST_PASSWORD, "198.51.100.1", { now, wait: r.wait })).toMatchObject({ ok: true });
  });

  it("forgets failures older than the window", async () => {
    const user = await createUser(db.client());
    const start = new Date("2026-03-01T12:00:00Z");
    const r = recorder();
    for (let i = 0; i < ACCOUNT_POLICY.lockAfter - 1; i++) {
      await signInWithPassword(user.email, "wrong password!", null, { now: start, wait: r.wait });
    }
    const afterWindow = new Date(start.getTime() + ACCOUNT_POLICY.windowMs + 1);
    expect(await signInWithPassword(user.email, "wrong password!", null, { now: afterWindow, wait: r.wait })).toMatchObject({ reason: "invalid" });
    const row = await db.client().signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(1);
  });

  it("keeps counting across concurrent attempts (counters are atomic in PostgreSQL)", async () => {
    const user = await createUser(db.client());
    const now = new Date("2026-03-01T12:00:00Z");
    await Promise.all(Array.from({ length: 5 }, () => signInWithPassword(user.email, "wrong password!", null, { now, wait: async () => {} })));
    const row = await db.client().signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(5);
  });
});
