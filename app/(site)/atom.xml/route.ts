import { listPublicIssuesWithContent } from "@/lib/data/issues";
import { getSiteSettings } from "@/lib/data/settings";
import { atomFeed, FEED_ITEMS } from "@/lib/feeds/feeds";

export const revalidate = 30;

export async function GET() {
  return new Response(atomFeed(...(await Promise.all([getSiteSettings(), listPublicIssuesWithContent(FEED_ITEMS)]))), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
