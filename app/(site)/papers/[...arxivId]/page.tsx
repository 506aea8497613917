import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseArxivId } from "@/lib/arxiv/ids";
import { getPublicPaper } from "@/lib/data/papers";
import { formatDate, formatMonth, plainText } from "@/lib/format";
import { Markdown } from "@/components/site/markdown";

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

// Old-style ids contain a slash (/papers/hep-th/9711200), hence the catch-all segment.
type Props = { params: Promise<{ arxivId: string[] }> };

async function load(segments: string[]) {
  const parsed = parseArxivId(segments.map(decodeURIComponent).join("/"));
  return parsed && !parsed.version ? getPublicPaper(parsed.id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const paper = await load((await params).arxivId);
  if (!paper) return { title: "Paper not found" };
  const description = plainText(paper.abstract);
  return {
    title: paper.title,
    description,
    alternates: { canonical: `/papers/${paper.arxivId}` },
    openGraph: { type: "article", title: paper.title, description, url: `/papers/${paper.arxivId}` },
    twitter: { card: "summary", title: paper.title, description },
  };
}

export default async function PaperPage({ params }: Props) {
  const paper = await load((await params).arxivId);
  if (!paper) notFound();
  return (
    <article aria-labelledby="paper-title">
      <p className="text-sm text-gray-600 dark:text-gray-400">
        arXiv:{paper.arxivId} · {paper.primaryCategory} · first version {formatDate(paper.publishedAt)}
        {paper.latestVersion > 1 && ` · v${paper.latestVersion} of ${formatDate(paper.arxivUpdatedAt)}`}
      </p>
      <h1 id="paper-title" className="mt-1 font-serif text-3xl font-bold tracking-tight">
        {paper.title}
      </h1>
      <ul className="mt-4 flex flex-wrap gap-x-2 gap-y-1 text-gray-800 dark:text-gray-200" aria-label="Authors">
        {paper.authors.map((a, i) => (
          <li key={a.slug}>
            <Link href={`/authors/${a.slug}`} className="underline-offset-4 hover:underline">
              {a.name}
            </Link>
            {a.affiliation && <span className="text-sm text-gray-600 dark:text-gray-400"> ({a.affiliation})</span>}
            {i < paper.authors.length - 1 && ","}
          </li>
        ))}
      </ul>
      <p className="mt-4 flex flex-wrap gap-4 text-sm">
        <a href={`https://arxiv.org/abs/${paper.arxivId}`} className="font-medium text-blue-800 underline dark:text-blue-300">
          Abstract on arXiv
        </a>
        <a href={paper.pdfUrl} className="font-medium text-blue-800 underline dark:text-blue-300">
          PDF
        </a>
        {paper.doi && (
          <a href={`https://doi.org/${paper.doi}`} className="font-medium text-blue-800 underline dark:text-blue-300">
            DOI {paper.doi}
          </a>
        )}
      </p>
      {paper.journalRef && <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">Published in {paper.journalRef}</p>}
      <h2 className="mt-8 text-xl font-semibold">Abstract</h2>
      <div className="mt-2 space-y-3 leading-relaxed">
        {paper.abstract.split("\n\n").map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      {paper.comment && <p className="mt-3 text-sm text-gray-600 dark:text-gray-400">Comment: {paper.comment}</p>}
      <h2 className="mt-10 text-xl font-semibold">Picked in</h2>
      <ul className="mt-3 space-y-6">
        {paper.picks.map((p) => (
          <li key={p.issue.slug}>
            <Link href={`/issues/${p.issue.slug}#pick-${p.position}`} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {p.issue.title}
            </Link>{" "}
            <span className="text-sm text-gray-600 dark:text-gray-400">({formatMonth(p.issue.month)})</span>
            <Markdown source={p.why} className="mt-2" />
          </li>
        ))}
      </ul>
    </article>
  );
}
