/**
 * The first step of every editor action: who is asking, and may they? Returns the acting user, or a
 * failure value the form can show. The data layer checks the role again next to the write.
 */
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, hasRole } from "../auth/session";
import { ForbiddenError } from "../auth/permissions";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "../data/access";

/** `code` is the refusal kind shared with authorizedAction (and checked by the route × role matrix). */
export type Denied = { ok: false; message: string; fieldErrors: Record<string, string[] | undefined>; code: "unauthenticated" | "forbidden" };

export async function authorize(role: Role): Promise<{ actor: Actor; denied?: undefined } | { actor?: undefined; denied: Denied }> {
  const user = await getCurrentUser();
  if (!user) {
    return { denied: { ok: false, message: "Your session has ended: sign in again (your text is kept in this browser).", fieldErrors: {}, code: "unauthenticated" } };
  }
  if (!hasRole(user, role)) return { denied: { ok: false, message: `This needs the ${role.toLowerCase()} role.`, fieldErrors: {}, code: "forbidden" } };
  return { actor: { id: user.id, role: user.role } };
}

/** For plain form actions that return nothing: send a signed-out user to sign in, refuse the others. */
export async function authorizeOrThrow(role: Role, callbackUrl = "/dashboard/issues"): Promise<Actor> {
  const { actor, denied } = await authorize(role);
  if (actor) return actor;
  if (denied.code === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  throw new ForbiddenError(denied.message);
}
