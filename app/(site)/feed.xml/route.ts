import { listPublicIssuesWithContent } from "@/lib/data/issues";
import { getSiteSettings } from "@/lib/data/settings";
import { FEED_ITEMS, rssFeed } from "@/lib/feeds/feeds";

export const revalidate = 30;

export async function GET() {
  return new Response(rssFeed(...(await Promise.all([getSiteSettings(), listPublicIssuesWithContent(FEED_ITEMS)]))), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
