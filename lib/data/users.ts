/**
 * User accounts. Password hashes are read here only to verify them and never returned.
 */
import "server-only";
import { db } from "../db";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Role } from "../generated/prisma/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
};

const sessionUserSelect = { id: true, email: true, name: true, role: true, sessionVersion: true } as const;

// A hash of a random password, so a sign-in for an unknown email costs as much as a wrong password.
let timingDummyHash: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  timingDummyHash ??= hashPassword(randomUUID());
  return timingDummyHash;
}

/** Checks an email and password; null when they do not match an active account. */
export async function authenticate(email: string, password: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { ...sessionUserSelect, passwordHash: true, disabled: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabled) return null;
  await db().$transaction([
    db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    db().auditEvent.create({ data: { actorId: user.id, action: "auth.sign_in", targetType: "User", targetId: user.id } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/**
 * The account behind a session, read from the database on every request so that a disabled account or a
 * changed role takes effect at once. Null when the account is gone, disabled, or signed out everywhere.
 */
export async function findActiveSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: { ...sessionUserSelect, disabled: true } });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
