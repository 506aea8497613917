/**
 * Private preview links: someone without an account reads an unpublished issue through a random token.
 * Only the token's SHA-256 is stored (a database leak gives no working links); the token itself is shown
 * once, at creation. A link expires, and can be revoked; either way the preview answers 404.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { assertRole, type Actor } from "./access";
import { loadIssueForPreview, type PublicIssue } from "./issues";

/** 32 random bytes, base64url: 43 characters. */
export const TOKEN_BYTES = 32;
export const MAX_PREVIEW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function hashPreviewToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type CreatePreviewOutcome = { ok: true; token: string; path: string; expiresAt: Date } | { ok: false; message: string };

export async function createPreviewLink(actor: Actor, issueId: string, days: number, now = new Date()): Promise<CreatePreviewOutcome> {
  assertRole(actor, "CURATOR");
  if (!Number.isInteger(days) || days < 1 || days > MAX_PREVIEW_DAYS) return { ok: false, message: `Choose between 1 and ${MAX_PREVIEW_DAYS} days.` };
  const issue = await db().issue.findUnique({ where: { id: issueId }, select: { id: true, status: true } });
  if (!issue) return { ok: false, message: "This issue no longer exists." };
  if (issue.status === "PUBLISHED") return { ok: false, message: "This issue is published: share its public address instead." };
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  await db().previewLink.create({ data: { issueId, tokenHash: hashPreviewToken(token), expiresAt, createdById: actor.id }, select: { id: true } });
  return { ok: true, token, path: `/preview/${token}`, expiresAt };
}

export type PreviewLinkItem = { id: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null; createdBy: string | null; active: boolean };

export async function listPreviewLinks(actor: Actor, issueId: string, now = new Date()): Promise<PreviewLinkItem[]> {
  assertRole(actor, "CURATOR");
  const rows = await db().previewLink.findMany({
    where: { issueId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdBy: createdBy?.name ?? null, active: !r.revokedAt && r.expiresAt > now }));
}

export type RevokeOutcome = { ok: true; issueSlug: string } | { ok: false; message: string };

export async function revokePreviewLink(actor: Actor, linkId: string, now = new Date()): Promise<RevokeOutcome> {
  assertRole(actor, "CURATOR");
  const link = await db().previewLink.findUnique({ where: { id: linkId }, select: { id: true, revokedAt: true, issue: { select: { slug: true } } } });
  if (!link) return { ok: false, message: "This preview link no longer exists." };
  if (!link.revokedAt) await db().previewLink.update({ where: { id: linkId }, data: { revokedAt: now }, select: { id: true } });
  return { ok: true, issueSlug: link.issue.slug };
}

/** The issue behind a preview token, or null when the token is unknown, revoked or expired. */
export async function getIssueByPreviewToken(token: string, now = new Date()): Promise<PublicIssue | null> {
  // A token is base64url of 32 bytes; anything else cannot match and costs no query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const link = await db().previewLink.findFirst({
    where: { tokenHash: hashPreviewToken(token), revokedAt: null, expiresAt: { gt: now } },
    select: { issueId: true },
  });
  return link ? loadIssueForPreview({ id: link.issueId }) : null;
}

/** The signed-in preview of any issue, as readers will see it. */
export async function getIssuePreview(actor: Actor, slug: string): Promise<PublicIssue | null> {
  assertRole(actor, "CURATOR");
  return loadIssueForPreview({ slug });
}
