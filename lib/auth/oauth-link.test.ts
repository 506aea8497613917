import { describe, expect, it } from "vitest";
import { decideOAuthLink, type LinkCandidate } from "./oauth-link";

const ada: LinkCandidate = { id: "u1", email: "ada@example.org", disabled: false };
const bob: LinkCandidate = { id: "u2", email: "bob@example.org", disabled: true };
const byEmail = (email: string) => [ada, bob].find((u) => u.email === email) ?? null;

describe("decideOAuthLink", () => {
  it("signs in the account already linked to the provider account", () => {
    expect(decideOAuthLink({ linkedUser: ada, emails: [], findUserByEmail: byEmail })).toEqual({ kind: "signin", userId: "u1" });
  });

  it("links an existing account by a verified email, case-insensitively", () => {
    const d = decideOAuthLink({ linkedUser: null, emails: [{ email: "ADA@example.org", verified: true }], findUserByEmail: byEmail });
    expect(d).toEqual({ kind: "link", userId: "u1" });
  });

  it("never links by an unverified email", () => {
    const d = decideOAuthLink({ linkedUser: null, emails: [{ email: "ada@example.org", verified: false }], findUserByEmail: byEmail });
    expect(d).toEqual({ kind: "refuse", reason: "no-verified-email" });
  });

  it("never creates an account for an unknown email", () => {
    const d = decideOAuthLink({ linkedUser: null, emails: [{ email: "eve@example.org", verified: true }], findUserByEmail: byEmail });
    expect(d).toEqual({ kind: "refuse", reason: "no-account" });
  });

  it("refuses disabled accounts, linked or not", () => {
    expect(decideOAuthLink({ linkedUser: bob, emails: [], findUserByEmail: byEmail })).toEqual({ kind: "refuse", reason: "disabled" });
    const d = decideOAuthLink({ linkedUser: null, emails: [{ email: "bob@example.org", verified: true }], findUserByEmail: byEmail });
    expect(d).toEqual({ kind: "refuse", reason: "disabled" });
  });
});
