import type { PublicPick } from "@/lib/data/issues";
import { authorsLine } from "@/lib/format";
import { Markdown } from "./markdown";

export function PickArticle({ pick }: { pick: PublicPick }) {
  const { paper } = pick;
  const headingId = `pick-${pick.position}`;
  return (
    <article aria-labelledby={headingId} className="border-t border-gray-200 pt-8 dark:border-gray-800">
      <h2 id={headingId} className="text-2xl font-semibold leading-snug">
        <a href={`https://arxiv.org/abs/${paper.arxivId}`} className="text-blue-700 underline-offset-4 hover:underline dark:text-blue-400">
          {paper.title}
        </a>
      </h2>
      <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">
        <span className="sr-only">Authors: </span>
        {authorsLine(paper.authors.map((a) => a.name))}
        {" · "}
        <a href={paper.pdfUrl} className="underline-offset-4 hover:underline">
          PDF
        </a>
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
            // eslint-disable-next-line @next/next/no-img-element -- figures are project- or curator-supplied files, served as-is
            <img src={f.url} alt={f.alt} width={f.width ?? undefined} height={f.height ?? undefined} loading="lazy" className="h-auto w-full rounded border border-gray-200 bg-white dark:border-gray-800" />
          )}
          <figcaption className="mt-2 text-sm text-gray-600 dark:text-gray-400">
            {f.caption} <span className="whitespace-nowrap">Source: {f.sourceUrl ? <a href={f.sourceUrl} className="underline">{f.sourceCredit}</a> : f.sourceCredit}</span>
          </figcaption>
        </figure>
      ))}
      {pick.topics.length > 0 && (
        <ul className="mt-6 flex flex-wrap gap-2" aria-label="Topics">
          {pick.topics.map((t) => (
            <li key={t.slug} className="rounded-full bg-gray-100 px-3 py-1 text-xs text-gray-700 dark:bg-gray-800 dark:text-gray-300">
              {t.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
