import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getNeighbourIssues, getPublicIssue } from "@/lib/data/issues";
import { getIssueViewCount } from "@/lib/data/views";
import { plainText } from "@/lib/format";
import { getSiteSettings } from "@/lib/data/settings";
import { issueJsonLd, jsonLdScript } from "@/lib/seo/json-ld";
import { IssueContent } from "@/components/site/issue-content";
import { ViewBeacon } from "@/components/site/view-beacon";

// Cached; regenerated at most 30 s after a change, and at once where the change was made (revalidatePath).
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const SLUG = /^\d{4}-(0[1-9]|1[0-2])$/;

async function load(slug: string) {
  return SLUG.test(slug) ? getPublicIssue(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [issue, site] = await Promise.all([load((await params).slug), getSiteSettings()]);
  if (!issue) return { title: "Issue not found" };
  const description = plainText(issue.intro);
  const path = `/issues/${issue.slug}`;
  return {
    title: issue.title,
    description,
    alternates: {
      canonical: path,
      types: { "text/markdown": `${path}.md`, "application/x-bibtex": `${path}.bib` },
    },
    openGraph: { type: "article", title: issue.title, description, url: path, siteName: site.name, publishedTime: issue.publishedAt?.toISOString() },
    twitter: { card: "summary", title: issue.title, description },
  };
}

export default async function IssuePage({ params }: Props) {
  const issue = await load((await params).slug);
  if (!issue) notFound();
  const [neighbours, views, site] = await Promise.all([getNeighbourIssues(issue.month), getIssueViewCount(issue.id), getSiteSettings()]);
  return (
    <article aria-labelledby="issue-title">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(issueJsonLd(issue, site.name)) }} />
      <ViewBeacon slug={issue.slug} />
      <IssueContent issue={issue} views={views} />
      <nav aria-label="More issues" className="mt-12 flex justify-between gap-4 border-t border-gray-200 pt-6 text-sm dark:border-gray-800">
        {neighbours.previous ? (
          <Link href={`/issues/${neighbours.previous.slug}`} rel="prev" className="underline-offset-4 hover:underline">
            ← {neighbours.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {neighbours.next && (
          <Link href={`/issues/${neighbours.next.slug}`} rel="next" className="text-right underline-offset-4 hover:underline">
            {neighbours.next.title} →
          </Link>
        )}
      </nav>
      <p className="mt-6 text-sm text-gray-600 dark:text-gray-400">
        This issue as <a href={`/issues/${issue.slug}.md`} className="underline">Markdown</a> or{" "}
        <a href={`/issues/${issue.slug}.bib`} className="underline">BibTeX</a>.
      </p>
    </article>
  );
}
