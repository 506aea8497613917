import type { PublicIssue } from "@/lib/data/issues";
import { formatDate, formatMonth } from "@/lib/format";
import { readingMinutes } from "@/lib/site";
import { Markdown } from "./markdown";
import { PickArticle } from "./pick-article";

/**
 * An issue as readers see it: header, introduction, contents, picks, closing note. Shared by the public
 * issue page and the previews (signed-in and by private link), so a preview is the real rendering.
 * `views` is shown only where it exists (the public page).
 */
export function IssueContent({ issue, views }: { issue: PublicIssue; views?: number }) {
  const minutes = readingMinutes([issue.intro, issue.closing, ...issue.picks.flatMap((p) => [p.why, p.keyInsights])]);
  return (
    <>
      <header>
        <p className="text-sm uppercase tracking-wide text-gray-600 dark:text-gray-400">{formatMonth(issue.month)}</p>
        <h1 id="issue-title" className="mt-1 font-serif text-3xl font-bold tracking-tight sm:text-4xl">
          {issue.title}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-600 dark:text-gray-400">
          {issue.publishedAt && (
            <span>
              Published <time dateTime={issue.publishedAt.toISOString()}>{formatDate(issue.publishedAt)}</time>
            </span>
          )}
          <span>{minutes} min read</span>
          <span>{issue.picks.length} papers</span>
          {views !== undefined && (
            <span data-testid="view-count">
              {views.toLocaleString("en")} {views === 1 ? "view" : "views"}
            </span>
          )}
        </p>
      </header>
      <Markdown source={issue.intro} className="prose-lg mt-6" />
      <nav aria-label="Papers in this issue" className="mt-8 rounded border border-gray-200 p-4 dark:border-gray-800">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-400">In this issue</p>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {issue.picks.map((p) => (
            <li key={p.id}>
              <a href={`#pick-${p.position}`} className="underline-offset-4 hover:underline">
                {p.paper.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-10 space-y-12">
        {issue.picks.map((pick) => (
          <PickArticle key={pick.id} pick={pick} />
        ))}
      </div>
      {issue.closing && (
        <section aria-label="Closing note" className="mt-12 border-t border-gray-200 pt-8 dark:border-gray-800">
          <Markdown source={issue.closing} />
        </section>
      )}
    </>
  );
}
