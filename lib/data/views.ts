/**
 * Page views: a reader counts once per issue per day. Readers are told apart by a hash of their address
 * and user agent salted with a secret that changes every day, so no address is stored and hashes cannot
 * be linked across days. Counts live in PostgreSQL, shared by every app instance.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db";
import { env } from "../env";

const BOT = /bot\b|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl\/|wget\/|python-requests|httpclient|go-http-client|java\//i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT.test(userAgent);
}

export function visitorHash(day: string, address: string, userAgent: string): string {
  const dailySalt = createHmac("sha256", env().AUTH_SECRET ?? "picks-demo").update(`views:${day}`).digest();
  return createHmac("sha256", dailySalt).update(`${address}\n${userAgent}`).digest("base64url");
}

/** Counts a view of a public issue; false when it was not counted (bot, unknown issue, already counted today). */
export async function recordIssueView(slug: string, address: string, userAgent: string | null, now = new Date()): Promise<boolean> {
  if (isBot(userAgent)) return false;
  const day = now.toISOString().slice(0, 10);
  const hash = visitorHash(day, address, userAgent ?? "");
  // One statement: the visitor row and the counter move together or not at all.
  const counted = await db().$executeRaw`
    WITH issue AS (
      SELECT id FROM "Issue"
      WHERE slug = ${slug} AND (status = 'PUBLISHED' OR (status = 'SCHEDULED' AND "publishAt" <= now()))
    ), visitor AS (
      INSERT INTO "PageViewVisitor" ("issueId", day, "visitorHash")
      SELECT id, ${day}::date, ${hash} FROM issue
      ON CONFLICT DO NOTHING
      RETURNING "issueId"
    )
    INSERT INTO "PageView" ("issueId", day, count)
    SELECT "issueId", ${day}::date, 1 FROM visitor
    ON CONFLICT ("issueId", day) DO UPDATE SET count = "PageView".count + 1`;
  return counted > 0;
}

export async function getIssueViewCount(issueId: string): Promise<number> {
  const r = await db().pageView.aggregate({ where: { issueId }, _sum: { count: true } });
  return r._sum.count ?? 0;
}
