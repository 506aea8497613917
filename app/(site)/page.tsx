import type { Metadata } from "next";
import Link from "next/link";
import { getLatestPublicIssue, listPublicIssues, type IssueSummary } from "@/lib/data/issues";
import { formatMonth } from "@/lib/format";
import { getSiteSettings } from "@/lib/data/settings";
import { Markdown } from "@/components/site/markdown";

export const revalidate = 30;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  const description = site.description || site.tagline;
  return {
    title: { absolute: `${site.name} — ${site.tagline}` },
    description,
    alternates: { canonical: "/", types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml", "application/feed+json": "/feed.json" } },
    openGraph: { type: "website", title: site.name, description, url: "/", siteName: site.name },
    twitter: { card: "summary", title: site.name, description },
  };
}

function byYear(issues: IssueSummary[]): [number, IssueSummary[]][] {
  const years = new Map<number, IssueSummary[]>();
  for (const i of issues) {
    const y = i.month.getUTCFullYear();
    years.set(y, [...(years.get(y) ?? []), i]);
  }
  return [...years.entries()];
}

export default async function HomePage() {
  const [latest, issues, site] = await Promise.all([getLatestPublicIssue(), listPublicIssues(), getSiteSettings()]);
  if (!latest) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">{site.name}</h1>
        <p className="mt-4 text-gray-700 dark:text-gray-300">No issue has been published yet. Come back soon.</p>
      </>
    );
  }
  const recent = issues.slice(0, 6);
  return (
    <>
      <p className="mb-6 text-lg text-gray-700 dark:text-gray-300">{site.tagline}</p>
      <section aria-labelledby="latest-heading">
        <p className="text-sm uppercase tracking-wide text-gray-600 dark:text-gray-400">Latest issue · {formatMonth(latest.month)}</p>
        <h1 id="latest-heading" className="mt-1 font-serif text-3xl font-bold tracking-tight sm:text-4xl">
          <Link href={`/issues/${latest.slug}`} className="underline-offset-4 hover:underline">
            {latest.title}
          </Link>
        </h1>
        <Markdown source={latest.intro} className="mt-4" />
        <ol className="mt-6 space-y-2">
          {latest.picks.map((p) => (
            <li key={p.paper.arxivId} className="flex gap-3">
              <span className="w-6 shrink-0 text-right text-gray-500 dark:text-gray-400">{p.position}.</span>
              <Link href={`/issues/${latest.slug}#pick-${p.position}`} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                {p.paper.title}
              </Link>
            </li>
          ))}
        </ol>
        <p className="mt-6">
          <Link href={`/issues/${latest.slug}`} className="font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300">
            Read the {formatMonth(latest.month)} issue
          </Link>
        </p>
      </section>

      <section aria-labelledby="recent-heading" className="mt-14">
        <h2 id="recent-heading" className="font-serif text-2xl font-semibold">
          Recent issues
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {recent.map((i) => (
            <li key={i.slug} className="rounded border border-gray-200 p-4 dark:border-gray-800">
              <p className="text-xs uppercase tracking-wide text-gray-600 dark:text-gray-400">{formatMonth(i.month)}</p>
              <Link href={`/issues/${i.slug}`} className="mt-1 block font-medium underline-offset-4 hover:underline">
                {i.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="archive-heading" id="archive" className="mt-14">
        <h2 id="archive-heading" className="font-serif text-2xl font-semibold">
          All issues
        </h2>
        {byYear(issues).map(([year, list]) => (
          <div key={year} className="mt-4">
            <h3 className="text-lg font-semibold">{year}</h3>
            <ul className="mt-2 space-y-1">
              {list.map((i) => (
                <li key={i.slug}>
                  <Link href={`/issues/${i.slug}`} className="underline-offset-4 hover:underline">
                    {formatMonth(i.month)}: {i.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
