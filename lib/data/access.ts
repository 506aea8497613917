/**
 * Permission checks inside the data layer. Actions check roles too (lib/auth/session.ts), but the check
 * that counts is here, next to the write: a forgotten guard in an action must not open a hole.
 */
import type { Role } from "../generated/prisma/enums";

export type Actor = { id: string; role: Role };

const rank: Record<Role, number> = { CURATOR: 1, EDITOR: 2, ADMIN: 3 };

export class PermissionError extends Error {
  override name = "PermissionError";
}

export function actorHasRole(actor: Pick<Actor, "role">, role: Role): boolean {
  return rank[actor.role] >= rank[role];
}

export function assertRole(actor: Actor, role: Role): void {
  if (!actorHasRole(actor, role)) throw new PermissionError(`This needs the ${role.toLowerCase()} role`);
}
