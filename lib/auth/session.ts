/**
 * Who is asking. Every dashboard page, server action and non-public route calls requireUser() or
 * requireRole() (pages) or goes through lib/actions/safe-action.ts (actions); the proxy's redirect is
 * only a convenience. Role, disabled status and sessionVersion are re-read from the database on every
 * request, so a disabled account or a changed role takes effect on the next request.
 */
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "./config";
import { findActiveSessionUser, type SessionUser } from "../data/users";
import type { Role } from "../generated/prisma/enums";
import { hasRole } from "./permissions";

export type { SessionUser };
export { hasRole, ForbiddenError } from "./permissions";

/** The signed-in, active user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findActiveSessionUser(id, session.sessionVersion);
});

export async function requireUser(callbackUrl = "/dashboard"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/**
 * For pages: the signed-in user if they have at least `role`. Anonymous (or disabled, or signed-out-
 * everywhere) visitors are sent to the sign-in page; signed-in users without the role get a 404, so the
 * page's existence is not advertised.
 */
export async function requireRole(role: Role, callbackUrl = "/dashboard"): Promise<SessionUser> {
  const user = await requireUser(callbackUrl);
  if (!hasRole(user, role)) notFound();
  return user;
}
