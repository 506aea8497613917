/** OAuth accounts: applies lib/auth/oauth-link.ts's rule against the database. */
import "server-only";
import { db } from "../db";
import { decideOAuthLink, type LinkCandidate, type ProviderEmail } from "../auth/oauth-link";
import { recordAudit } from "./audit";
import type { SessionUser } from "./users";

const candidate = { id: true, email: true, disabled: true } as const;

export async function resolveOAuthSignIn(provider: string, providerAccountId: string, emails: ProviderEmail[]): Promise<SessionUser | null> {
  const linked = await db().oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: candidate } },
  });
  const verified = emails.filter((e) => e.verified).map((e) => e.email.trim().toLowerCase());
  const users: LinkCandidate[] = verified.length
    ? await db().user.findMany({ where: { email: { in: verified } }, select: candidate })
    : [];
  const decision = decideOAuthLink({
    linkedUser: linked?.user ?? null,
    emails,
    findUserByEmail: (email) => users.find((u) => u.email === email) ?? null,
  });
  if (decision.kind === "refuse") {
    await recordAudit({ actorId: null, action: "auth.sign_in_failed", data: { provider, reason: decision.reason } });
    return null;
  }
  const user = await db().$transaction(async (tx) => {
    if (decision.kind === "link") await tx.oAuthAccount.create({ data: { provider, providerAccountId, userId: decision.userId } });
    const u = await tx.user.update({
      where: { id: decision.userId },
      data: { lastSignInAt: new Date() },
      select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    });
    await recordAudit({ actorId: u.id, action: "auth.sign_in", targetType: "User", targetId: u.id, data: { provider, linked: decision.kind === "link" } }, tx);
    return u;
  });
  return user;
}
