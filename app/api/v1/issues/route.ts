import { listPublicIssuesPage } from "@/lib/data/issues";
import { apiError, issueSummaryJson, PUBLIC_CACHE } from "@/lib/api/v1";
import { paginationSchema } from "@/lib/validation/pagination";

/** GET /api/v1/issues?page=1&size=20 — published issues, newest first. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = paginationSchema.safeParse({ page: url.searchParams.get("page") ?? undefined, size: url.searchParams.get("size") ?? undefined });
  if (!parsed.success) {
    return apiError(400, "Invalid pagination", Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]])));
  }
  const { page, size } = parsed.data;
  const { items, total } = await listPublicIssuesPage(page, size);
  return Response.json({ data: items.map(issueSummaryJson), page, size, total, pages: Math.ceil(total / size) }, { headers: PUBLIC_CACHE });
}
