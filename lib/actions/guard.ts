/**
 * The first step of every editor action: who is asking, and may they? Returns the acting user, or a
 * failure value the form can show. The data layer checks the role again next to the write.
 */
import "server-only";
import { getCurrentUser, hasRole } from "../auth/session";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "../data/access";

export type Denied = { ok: false; message: string; fieldErrors: Record<string, string[] | undefined> };

export async function authorize(role: Role): Promise<{ actor: Actor; denied?: undefined } | { actor?: undefined; denied: Denied }> {
  const user = await getCurrentUser();
  if (!user) return { denied: { ok: false, message: "Your session has ended: sign in again (your text is kept in this browser).", fieldErrors: {} } };
  if (!hasRole(user, role)) return { denied: { ok: false, message: `This needs the ${role.toLowerCase()} role.`, fieldErrors: {} } };
  return { actor: { id: user.id, role: user.role } };
}
