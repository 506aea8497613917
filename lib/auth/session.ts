/**
 * Who is asking. Every dashboard page, server action and non-public route calls requireUser() or
 * requireRole(); the proxy's redirect is only a convenience.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./config";
import { findActiveSessionUser, type SessionUser } from "../data/users";
import type { Role } from "../generated/prisma/enums";

export type { SessionUser };

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

const rank: Record<Role, number> = { CURATOR: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(user: Pick<SessionUser, "role">, role: Role): boolean {
  return rank[user.role] >= rank[role];
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** The signed-in user if they have at least `role`; redirects anonymous users, throws for others. */
export async function requireRole(role: Role, callbackUrl = "/dashboard"): Promise<SessionUser> {
  const user = await requireUser(callbackUrl);
  if (!hasRole(user, role)) throw new ForbiddenError(`This needs the ${role.toLowerCase()} role`);
  return user;
}
