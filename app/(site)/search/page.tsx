import type { Metadata } from "next";
import Link from "next/link";
import { searchPicks } from "@/lib/data/search";
import { searchParamsSchema } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = searchParamsSchema.parse({ q: first(raw.q), page: first(raw.page), size: first(raw.size) });
  const result = await searchPicks(params);
  const pageLink = (page: number) => `/search?${new URLSearchParams({ q: params.q, page: String(page), ...(params.size !== 10 ? { size: String(params.size) } : {}) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form action="/search" role="search" className="mt-4 flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search papers, authors and commentary
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={200}
          placeholder="A word from a title, an abstract, an author…"
          className="w-full rounded border border-gray-300 bg-white px-3 py-2 text-gray-900 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Search
        </button>
      </form>

      {!params.q ? (
        <p className="mt-6 text-gray-700 dark:text-gray-300">
          Search the titles, abstracts and authors of every picked paper, and our commentary. Try a topic such as
          “transformers”, or an author’s name — accents optional.
        </p>
      ) : result.total === 0 ? (
        <div className="mt-6 text-gray-700 dark:text-gray-300" role="status">
          <p>
            Nothing matched <strong>{params.q}</strong>.
          </p>
          <p className="mt-2">Try fewer or more general words, check the spelling, or browse the <Link href="/topics" className="underline">topics</Link>.</p>
        </div>
      ) : (
        <>
          <p className="mt-6 text-sm text-gray-600 dark:text-gray-400" role="status">
            {result.total} {result.total === 1 ? "result" : "results"} for <strong>{params.q}</strong>
            {result.pages > 1 && ` · page ${result.page} of ${result.pages}`}
          </p>
          {result.hits.length === 0 && <p className="mt-4">This page is past the last result.</p>}
          <ol className="mt-4 space-y-6">
            {result.hits.map((h) => (
              <li key={`${h.issueSlug}-${h.arxivId}`}>
                <Link href={`/papers/${h.arxivId}`} className="text-lg font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                  {h.title}
                </Link>
                <p className="text-sm text-gray-600 dark:text-gray-400">
                  {h.authors.slice(0, 3).join(", ")}
                  {h.authors.length > 3 && " et al."} · in{" "}
                  <Link href={`/issues/${h.issueSlug}`} className="underline">
                    {h.issueTitle}
                  </Link>
                </p>
                <p className="mt-1 text-gray-800 dark:text-gray-200 [&_mark]:bg-yellow-200 [&_mark]:text-gray-900" dangerouslySetInnerHTML={{ __html: h.snippetHtml }} />
              </li>
            ))}
          </ol>
          {result.pages > 1 && (
            <nav aria-label="Search result pages" className="mt-8 flex justify-between">
              {result.page > 1 ? <Link href={pageLink(result.page - 1)} rel="prev" className="underline">← Previous</Link> : <span />}
              {result.page < result.pages && <Link href={pageLink(result.page + 1)} rel="next" className="underline">Next →</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
