/**
 * User accounts. Password hashes are read here only to verify them and never returned.
 * Functions that act on behalf of someone take the acting user and check the role themselves.
 */
import "server-only";
import { db } from "../db";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertRole, type Actor } from "../auth/permissions";
import type { Role } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "./audit";
import { NotFoundError, RefusedError } from "./errors";

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

/** Checks an email and password; null when they do not match an active account. Records the sign-in. */
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

// ---- Admin: the users page -------------------------------------------------------------------------

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  assertRole(actor, "ADMIN");
  return db().user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, lastSignInAt: true, createdAt: true },
  });
}

/**
 * Locks the rows of every active admin for the rest of the transaction, so that two admins demoting or
 * disabling each other at the same moment cannot leave the site without one.
 */
async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND disabled = false ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

const LAST_ADMIN = "This is the last active admin: make another account admin first.";

export async function changeUserRole(actor: Actor, userId: string, role: Role): Promise<void> {
  assertRole(actor, "ADMIN");
  await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) throw new NotFoundError("No such user.");
    if (target.role === role) return;
    if (role !== "ADMIN" && admins.includes(target.id) && admins.length <= 1) throw new RefusedError(LAST_ADMIN, "role");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit({ actorId: actor.id, action: "user.role_change", targetType: "User", targetId: userId, data: { from: target.role, to: role } }, tx);
  });
}

/** Disabling also bumps sessionVersion, which signs the account out everywhere. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  assertRole(actor, "ADMIN");
  await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, disabled: true } });
    if (!target) throw new NotFoundError("No such user.");
    if (target.disabled === disabled) return;
    if (disabled && target.id === actor.id) throw new RefusedError("You cannot disable your own account.");
    if (disabled && admins.includes(target.id) && admins.length <= 1) throw new RefusedError(LAST_ADMIN);
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabled: true, sessionVersion: { increment: 1 } } : { disabled: false },
    });
    await recordAudit({ actorId: actor.id, action: disabled ? "user.disable" : "user.enable", targetType: "User", targetId: userId }, tx);
  });
}

// ---- Everyone: their own account --------------------------------------------------------------------

export type AccountProfile = { id: string; name: string; email: string; role: Role; hasPassword: boolean };

export async function getAccount(actor: Actor): Promise<AccountProfile> {
  const u = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, name: true, email: true, role: true, passwordHash: true } });
  if (!u) throw new NotFoundError("No such user.");
  return { id: u.id, name: u.name, email: u.email, role: u.role, hasPassword: u.passwordHash !== null };
}

async function checkCurrentPassword(userId: string, currentPassword: string): Promise<void> {
  const u = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!u?.passwordHash || !(await verifyPassword(u.passwordHash, currentPassword))) {
    throw new RefusedError("That is not your current password.", "currentPassword");
  }
}

export async function changeOwnName(actor: Actor, name: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.update({ where: { id: actor.id }, data: { name }, select: { id: true } });
    await recordAudit({ actorId: actor.id, action: "account.name_change", targetType: "User", targetId: before.id, data: { name } }, tx);
  });
}

export async function changeOwnEmail(actor: Actor, email: string, currentPassword: string): Promise<void> {
  await checkCurrentPassword(actor.id, currentPassword);
  const taken = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== actor.id) throw new RefusedError("Another account uses that email address.", "email");
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
    await tx.user.update({ where: { id: actor.id }, data: { email } });
    await recordAudit({ actorId: actor.id, action: "account.email_change", targetType: "User", targetId: actor.id, data: { from: before.email, to: email } }, tx);
  });
}

/** Changing the password signs out other sessions (sessionVersion); returns the new version for this one. */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<number> {
  await checkCurrentPassword(actor.id, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    const u = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit({ actorId: actor.id, action: "account.password_change", targetType: "User", targetId: actor.id }, tx);
    return u.sessionVersion;
  });
}
