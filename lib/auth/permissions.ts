/**
 * Role rules shared by the guards (lib/auth/session.ts) and the data layer (lib/data/*), which checks the
 * acting user itself. No Next.js or next-auth imports here, so the data layer stays usable from scripts
 * and tests.
 */
import type { Role } from "../generated/prisma/enums";

/** curator < editor < admin: each role can do everything the one before it can. */
const rank: Record<Role, number> = { CURATOR: 1, EDITOR: 2, ADMIN: 3 };

export type Actor = { id: string; role: Role };

export function hasRole(user: Pick<Actor, "role">, role: Role): boolean {
  return rank[user.role] >= rank[role];
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** Throws ForbiddenError unless the actor has at least `role`. */
export function assertRole(actor: Pick<Actor, "role">, role: Role): void {
  if (!hasRole(actor, role)) throw new ForbiddenError(`This needs the ${role.toLowerCase()} role`);
}
