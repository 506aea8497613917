/** /issues/2021-03.bib and /issues/2021-03.md (rewritten here by next.config.js). */
import { getPublicIssue } from "@/lib/data/issues";
import { issueBibtex } from "@/lib/feeds/bibtex";
import { issueMarkdown } from "@/lib/feeds/markdown-export";

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

const formats = {
  bib: { type: "application/x-bibtex; charset=utf-8", render: issueBibtex },
  md: { type: "text/markdown; charset=utf-8", render: issueMarkdown },
} as const;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  const spec = formats[format as keyof typeof formats];
  const issue = spec && /^\d{4}-(0[1-9]|1[0-2])$/.test(slug) ? await getPublicIssue(slug) : null;
  if (!spec || !issue) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(spec.render(issue), {
    headers: { "Content-Type": spec.type, "Content-Disposition": `inline; filename="picks-${issue.slug}.${format}"` },
  });
}
