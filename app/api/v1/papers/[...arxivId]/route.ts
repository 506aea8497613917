import { parseArxivId } from "@/lib/arxiv/ids";
import { getPublicPaper } from "@/lib/data/papers";
import { apiError, paperJson, PUBLIC_CACHE } from "@/lib/api/v1";

/** GET /api/v1/papers/2102.12092 (or /api/v1/papers/hep-th/9711200) — a paper with its published picks. */
export async function GET(_request: Request, { params }: { params: Promise<{ arxivId: string[] }> }) {
  const raw = (await params).arxivId.map(decodeURIComponent).join("/");
  const parsed = parseArxivId(raw);
  if (!parsed || parsed.version) return apiError(400, `Not an arXiv id without version: ${raw}`);
  const paper = await getPublicPaper(parsed.id);
  if (!paper) return apiError(404, `No published pick of arXiv:${parsed.id}`);
  return Response.json({ data: paperJson(paper) }, { headers: PUBLIC_CACHE });
}
