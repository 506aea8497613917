import { getPublicIssue } from "@/lib/data/issues";
import { apiError, issueJson, PUBLIC_CACHE } from "@/lib/api/v1";

/** GET /api/v1/issues/2021-03 — one published issue with all its picks. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(slug)) return apiError(400, "An issue slug is YYYY-MM");
  const issue = await getPublicIssue(slug);
  if (!issue) return apiError(404, `No published issue ${slug}`);
  return Response.json({ data: issueJson(issue) }, { headers: PUBLIC_CACHE });
}
