/**
 * Invitations: an admin invites an email with a role; the invitee opens a one-time link to set a name and
 * password. The token (32 random bytes) is shown once and stored only as its SHA-256 hash; it expires
 * after 7 days and can be used once.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { assertRole, type Actor } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import type { Role } from "../generated/prisma/enums";
import type { Mailer } from "../mail/mailer";
import { recordAudit } from "./audit";
import { NotFoundError, RefusedError } from "./errors";
import { logger } from "../logger";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}

export type InvitationRow = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date; invitedBy: string | null };

/** Pending invitations: not accepted, not revoked (expired ones are listed too, so they can be resent). */
export async function listPendingInvitations(actor: Actor): Promise<InvitationRow[]> {
  assertRole(actor, "ADMIN");
  const rows = await db().invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
  return rows.map(({ invitedBy, ...r }) => ({ ...r, invitedBy: invitedBy?.name ?? null }));
}

export type SentInvitation = { id: string; email: string; link: string; emailed: boolean; emailError?: string };

type Delivery = { baseUrl: string; mailer: Mailer | null; siteName?: string };

async function deliver(email: string, role: Role, link: string, expiresAt: Date, delivery: Delivery): Promise<{ emailed: boolean; emailError?: string }> {
  if (!delivery.mailer) return { emailed: false };
  const site = delivery.siteName ?? "Picks";
  try {
    await delivery.mailer.send({
      to: email,
      subject: `You are invited to ${site}`,
      text:
        `You have been invited to the ${site} dashboard as ${role.toLowerCase()}.\n\n` +
        `Open this link to choose your name and password:\n${link}\n\n` +
        `The link can be used once and expires on ${expiresAt.toUTCString()}.\n`,
    });
    return { emailed: true };
  } catch (error) {
    // The invitation stands: the admin can still copy the link.
    logger.warn("invitation email failed", { error: String(error) });
    return { emailed: false, emailError: "The email could not be sent; copy the link instead." };
  }
}

export async function createInvitation(actor: Actor, input: { email: string; role: Role }, delivery: Delivery, now = new Date()): Promise<SentInvitation> {
  assertRole(actor, "ADMIN");
  const email = input.email.toLowerCase();
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) {
    throw new RefusedError("An account with that email already exists.", "email");
  }
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await db().$transaction(async (tx) => {
    // One live invitation per email: a new one replaces the old.
    await tx.invitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.invitation.create({ data: { email, role: input.role, tokenHash, invitedById: actor.id, expiresAt }, select: { id: true } });
    await recordAudit({ actorId: actor.id, action: "invitation.create", targetType: "Invitation", targetId: created.id, data: { email, role: input.role } }, tx);
    return created;
  });
  const link = invitationLink(delivery.baseUrl, token);
  return { id: invitation.id, email, link, ...(await deliver(email, input.role, link, expiresAt, delivery)) };
}

/** A new token and a fresh 7 days; the old link stops working (only the hash was stored, it cannot be re-shown). */
export async function resendInvitation(actor: Actor, invitationId: string, delivery: Delivery, now = new Date()): Promise<SentInvitation> {
  assertRole(actor, "ADMIN");
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const inv = await db().$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { tokenHash, expiresAt } });
    if (updated.count !== 1) throw new NotFoundError("That invitation was accepted or revoked.");
    const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { id: true, email: true, role: true } });
    await recordAudit({ actorId: actor.id, action: "invitation.resend", targetType: "Invitation", targetId: row.id, data: { email: row.email } }, tx);
    return row;
  });
  const link = invitationLink(delivery.baseUrl, token);
  return { id: inv.id, email: inv.email, link, ...(await deliver(inv.email, inv.role, link, expiresAt, delivery)) };
}

export async function revokeInvitation(actor: Actor, invitationId: string, now = new Date()): Promise<void> {
  assertRole(actor, "ADMIN");
  await db().$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw new NotFoundError("That invitation was already accepted or revoked.");
    await recordAudit({ actorId: actor.id, action: "invitation.revoke", targetType: "Invitation", targetId: invitationId }, tx);
  });
}

export type InvitationStatus =
  | { status: "valid"; email: string; role: Role }
  | { status: "expired" | "used" | "revoked" | "unknown" };

/** Public: what the invitation page shows for a token. */
export async function checkInvitationToken(token: string, now = new Date()): Promise<InvitationStatus> {
  const inv = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!inv) return { status: "unknown" };
  if (inv.acceptedAt) return { status: "used" };
  if (inv.revokedAt) return { status: "revoked" };
  if (inv.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: inv.email, role: inv.role };
}

export const INVITATION_UNUSABLE: Record<Exclude<InvitationStatus["status"], "valid">, string> = {
  expired: "This invitation has expired. Ask an admin to send a new one.",
  used: "This invitation has already been used. Sign in instead.",
  revoked: "This invitation was withdrawn. Ask an admin for a new one.",
  unknown: "This invitation link is not valid. Check that you copied all of it.",
};

/**
 * Public: accepts an invitation, creating the account. Claiming the invitation is a conditional update
 * inside the transaction, so two simultaneous submissions cannot both succeed.
 */
export async function acceptInvitation(token: string, input: { name: string; password: string }, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, email: true, role: true, invitedById: true } });
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (!inv || claimed.count !== 1) {
      const status = await checkInvitationToken(token, now);
      throw new RefusedError(status.status === "valid" ? INVITATION_UNUSABLE.used : INVITATION_UNUSABLE[status.status]);
    }
    if (await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } })) {
      throw new RefusedError("An account with this email already exists. Sign in instead.");
    }
    const user = await tx.user.create({ data: { email: inv.email, name: input.name, role: inv.role, passwordHash }, select: { id: true } });
    await recordAudit({ actorId: user.id, action: "invitation.accept", targetType: "Invitation", targetId: inv.id, data: { email: inv.email, role: inv.role, invitedById: inv.invitedById } }, tx);
    return { email: inv.email };
  });
}
