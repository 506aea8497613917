/**
 * next-auth (v5) configuration: email + password through the credentials provider, optionally GitHub,
 * JWT sessions. The JWT only identifies the user (id + sessionVersion); role and status are re-read from
 * the database by lib/auth/session.ts on every request.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { env } from "../env";
import { logger } from "../logger";
import { signInWithPassword } from "../data/sign-in";
import { resolveOAuthSignIn } from "../data/oauth";
import { signInSchema } from "../validation/auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** Set by the signIn callback for OAuth sign-ins: the Picks account the provider account maps to. */
    picksUserId?: string;
  }
  interface Session {
    sessionVersion: number;
  }
}

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** Thrown by authorize() when throttled; the code (minutes to wait) reaches the sign-in form. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled-${minutes}`;
  }
}

/**
 * The client address for per-address throttling: the last X-Forwarded-For entry (added by the nearest
 * proxy, or by Next.js itself from the socket when there is none). See README: sign-in throttling.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ?? headers.get("x-real-ip") ?? null;
}

type GitHubEmail = { email: string; verified: boolean; primary: boolean };

async function gitHubEmails(accessToken: string): Promise<GitHubEmail[]> {
  const res = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json", "User-Agent": "picks" },
  });
  if (!res.ok) return [];
  return (await res.json()) as GitHubEmail[];
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (outcome.ok) {
          const { user } = outcome;
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        }
        logger.info("sign-in refused", { email: parsed.data.email, reason: outcome.reason });
        if (outcome.reason === "throttled") {
          throw new ThrottledSignIn(Math.max(1, Math.ceil((outcome.retryAt.getTime() - Date.now()) / 60_000)));
        }
        return null;
      },
    }),
  ];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  }
  return list;
}

export function gitHubSignInEnabled(): boolean {
  return !!(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET);
}

// A function, so the secret is read when a request arrives rather than when `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // The app runs behind its own host or a reverse proxy it is configured for (README: deployment).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.type === "credentials") return true;
      // OAuth: link to an existing invited account by verified email only (lib/auth/oauth-link.ts).
      const emails = account.access_token ? await gitHubEmails(account.access_token) : [];
      const picksUser = await resolveOAuthSignIn(account.provider, account.providerAccountId, emails);
      if (!picksUser) return "/login?error=OAuthAccountNotLinked";
      user.picksUserId = picksUser.id;
      user.sessionVersion = picksUser.sessionVersion;
      return true;
    },
    jwt({ token, user, account }) {
      if (user) {
        const id = account && account.type !== "credentials" ? user.picksUserId : user.id;
        if (!id) return null;
        token.sub = id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not an error with a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error("auth error", { error: String(error) });
    },
    warn(code) {
      logger.warn("auth warning", { code });
    },
  },
}));
