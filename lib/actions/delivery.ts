/** How invitation links are built and sent from a request: base URL and the optional mailer. */
import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { createMailer, mailConfigFromEnv, type Mailer } from "../mail/mailer";
import { getSiteSettings } from "../data/settings";

let mailer: Mailer | null | undefined;

export async function invitationDelivery(): Promise<{ baseUrl: string; mailer: Mailer | null; siteName: string }> {
  const e = env();
  let baseUrl = e.SITE_URL ?? e.AUTH_URL;
  if (!baseUrl) {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
    const proto = h.get("x-forwarded-proto") ?? "http";
    baseUrl = `${proto}://${host}`;
  }
  if (mailer === undefined) {
    const config = mailConfigFromEnv(e);
    mailer = config ? createMailer(config) : null;
  }
  return { baseUrl, mailer, siteName: (await getSiteSettings()).name };
}
