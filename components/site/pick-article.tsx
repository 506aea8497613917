import Link from "next/link";
import type { PublicPick } from "@/lib/data/issues";
import { AuthorsLine } from "./authors-line";
import { Markdown } from "./markdown";

export function PickArticle({ pick }: { pick: PublicPick }) {
  const { paper } = pick;
  const headingId = `pick-${pick.position}`;
  return (
    <article aria-labelledby={headingId} id={`paper-${paper.arxivId.replace("/", "-")}`} className="border-t border-gray-200 pt-8 dark:border-gray-800">
      <h2 id={headingId} className="font-serif text-2xl font-semibold leading-snug">
        <a href={`https://arxiv.org/abs/${paper.arxivId}`} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
          {paper.title}
        </a>
      </h2>
      <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">
        <AuthorsLine authors={paper.authors} />
      </p>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-gray-600 dark:text-gray-400">
        <span>arXiv:{paper.arxivId}</span>
        <a href={paper.pdfUrl} className="underline underline-offset-4">
          PDF
        </a>
        <Link href={`/papers/${paper.arxivId}`} className="underline underline-offset-4">
          About this paper
        </Link>
      </p>
      <h3 className="mt-6 text-lg font-semibold">Why</h3>
      <Markdown source={pick.why} className="mt-2" />
      {pick.keyInsights && (
        <>
          <h3 className="mt-6 text-lg font-semibold">Key insights</h3>
          <Markdown source={pick.keyInsights} className="mt-2" />
        </>
      )}
      {pick.figures.map((f) => (
        <figure key={f.id} className="mt-6">
          {f.url && (
            // eslint-disable-next-line @next/next/no-img-element -- figures are project- or curator-supplied files, served as they are
            <img
              src={f.url}
              alt={f.alt}
              width={f.width ?? undefined}
              height={f.height ?? undefined}
              loading="lazy"
              className="h-auto w-full rounded border border-gray-200 bg-white dark:border-gray-800"
            />
          )}
          <figcaption className="mt-2 text-sm text-gray-600 dark:text-gray-400">
            {f.caption}{" "}
            <span>
              Source:{" "}
              {f.sourceUrl ? (
                <a href={f.sourceUrl} className="underline">
                  {f.sourceCredit}
                </a>
              ) : (
                f.sourceCredit
              )}
            </span>
          </figcaption>
        </figure>
      ))}
      {pick.topics.length > 0 && (
        <ul className="mt-6 flex flex-wrap gap-2" aria-label="Topics">
          {pick.topics.map((t) => (
            <li key={t.slug}>
              <Link
                href={`/topics/${t.slug}`}
                className="inline-block rounded-full bg-gray-100 px-3 py-1 text-xs text-gray-800 hover:bg-gray-200 dark:bg-gray-800 dark:text-gray-200 dark:hover:bg-gray-700"
              >
                {t.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
