import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicIssue } from "@/lib/data/issues";
import { formatDate, formatMonth } from "@/lib/format";
import { Markdown } from "@/components/site/markdown";
import { PickArticle } from "@/components/site/pick-article";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const SLUG = /^\d{4}-(0[1-9]|1[0-2])$/;

async function load(slug: string) {
  return SLUG.test(slug) ? getPublicIssue(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await load((await params).slug);
  return issue ? { title: issue.title } : {};
}

export default async function IssuePage({ params }: Props) {
  const issue = await load((await params).slug);
  if (!issue) notFound();
  return (
    <article aria-labelledby="issue-title">
      <header>
        <p className="text-sm uppercase tracking-wide text-gray-500 dark:text-gray-400">{formatMonth(issue.month)}</p>
        <h1 id="issue-title" className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          {issue.title}
        </h1>
        {issue.publishedAt && (
          <p className="mt-2 text-sm text-gray-500 dark:text-gray-400">
            Published <time dateTime={issue.publishedAt.toISOString()}>{formatDate(issue.publishedAt)}</time>
          </p>
        )}
      </header>
      <Markdown source={issue.intro} className="mt-6 text-lg" />
      <div className="mt-10 space-y-12">
        {issue.picks.map((pick) => (
          <PickArticle key={pick.id} pick={pick} />
        ))}
      </div>
      {issue.closing && (
        <footer className="mt-12 border-t border-gray-200 pt-8 dark:border-gray-800">
          <Markdown source={issue.closing} />
        </footer>
      )}
    </article>
  );
}
