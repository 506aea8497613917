import { listPublicIssuesWithContent } from "@/lib/data/issues";
import { getSiteSettings } from "@/lib/data/settings";
import { FEED_ITEMS, jsonFeed } from "@/lib/feeds/feeds";

export const revalidate = 30;

export async function GET() {
  return Response.json(jsonFeed(...(await Promise.all([getSiteSettings(), listPublicIssuesWithContent(FEED_ITEMS)]))), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
