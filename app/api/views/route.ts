/**
 * View-count beacon: POST {"slug":"2021-03"}. Counting happens here, not while rendering, so issue pages
 * stay cached. Answers 204 whether or not the view was counted.
 */
import { z } from "zod";
import { recordIssueView } from "@/lib/data/views";

const bodySchema = z.object({ slug: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return Response.json({ error: "Body must be JSON" }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "slug must be an issue slug (YYYY-MM)" }, { status: 400 });
  const address = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
  await recordIssueView(parsed.data.slug, address, request.headers.get("user-agent"));
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
