/**
 * next-auth (v5) configuration: email + password through the credentials provider, JWT sessions.
 * The JWT only identifies the user; role and status are re-read from the database by lib/auth/session.ts.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env";
import { logger } from "../logger";
import { authenticate } from "../data/users";
import { signInSchema } from "../validation/auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion: number;
  }
}

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

// A function, so the secret is read when a request arrives rather than when `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // The app runs behind its own host or a reverse proxy it is configured for (README: deployment).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await authenticate(parsed.data.email, parsed.data.password);
        if (!user) {
          logger.info("sign-in refused", { email: parsed.data.email });
          return null;
        }
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
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
