/**
 * The rule for OAuth sign-in (GitHub): Picks is invitation-only, so OAuth never creates an account. It
 * signs in the account already linked to that provider account, or links the existing account whose
 * email matches one of the provider's *verified* emails. Disabled accounts are refused either way.
 */
export type LinkCandidate = { id: string; email: string; disabled: boolean };

export type OAuthDecision =
  | { kind: "signin"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "refuse"; reason: "disabled" | "no-verified-email" | "no-account" };

export type ProviderEmail = { email: string; verified: boolean };

export function decideOAuthLink(input: {
  linkedUser: LinkCandidate | null;
  emails: ProviderEmail[];
  findUserByEmail: (email: string) => LinkCandidate | null;
}): OAuthDecision {
  if (input.linkedUser) {
    return input.linkedUser.disabled ? { kind: "refuse", reason: "disabled" } : { kind: "signin", userId: input.linkedUser.id };
  }
  const verified = input.emails.filter((e) => e.verified).map((e) => e.email.trim().toLowerCase());
  if (verified.length === 0) return { kind: "refuse", reason: "no-verified-email" };
  for (const email of verified) {
    const user = input.findUserByEmail(email);
    if (!user) continue;
    if (user.disabled) return { kind: "refuse", reason: "disabled" };
    return { kind: "link", userId: user.id };
  }
  return { kind: "refuse", reason: "no-account" };
}
