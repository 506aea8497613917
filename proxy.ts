/**
 * A convenience only: send visitors without a session cookie from the dashboard to the sign-in page.
 * Every dashboard page and action checks the session and role itself (lib/auth/session.ts).
 */
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) {
    // Lets the dashboard layout send a stale session back to this page after signing in again.
    const headers = new Headers(request.headers);
    headers.set("x-picks-path", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/dashboard", "/dashboard/:path*"] };
