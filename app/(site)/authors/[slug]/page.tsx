import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { findPublicAuthor } from "@/lib/data/authors";
import { formatDate } from "@/lib/format";

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPublicAuthor((await params).slug);
  if (found.kind !== "found") return { title: "Author not found" };
  const { author } = found;
  const description = `Papers by ${author.name} picked by Picks.`;
  return { title: author.name, description, alternates: { canonical: `/authors/${author.slug}` }, openGraph: { title: author.name, description } };
}

export default async function AuthorPage({ params }: Props) {
  const found = await findPublicAuthor((await params).slug);
  // A merged or renamed author keeps working links (308).
  if (found.kind === "moved") permanentRedirect(`/authors/${found.slug}`);
  if (found.kind === "missing") notFound();
  const { author } = found;
  return (
    <article aria-labelledby="author-name">
      <p className="text-sm uppercase tracking-wide text-gray-600 dark:text-gray-400">Author</p>
      <h1 id="author-name" className="mt-1 font-serif text-3xl font-bold">
        {author.name}
      </h1>
      {author.affiliation && <p className="mt-2 text-gray-700 dark:text-gray-300">{author.affiliation}</p>}
      {(author.orcid || author.links.length > 0) && (
        <ul className="mt-3 flex flex-wrap gap-4 text-sm">
          {author.orcid && (
            <li>
              <a href={`https://orcid.org/${author.orcid}`} className="text-blue-800 underline dark:text-blue-300">
                ORCID {author.orcid}
              </a>
            </li>
          )}
          {author.links.map((l) => (
            <li key={l}>
              <a href={l} rel="nofollow noopener" className="text-blue-800 underline dark:text-blue-300">
                {l.replace(/^https?:\/\//, "")}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-8 text-xl font-semibold">Picked papers</h2>
      <ul className="mt-3 space-y-4">
        {author.papers.map((p) => (
          <li key={p.arxivId}>
            <Link href={`/papers/${p.arxivId}`} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {p.title}
            </Link>
            <p className="text-sm text-gray-600 dark:text-gray-400">
              {formatDate(p.publishedAt)} · in{" "}
              {p.issues.map((i, n) => (
                <span key={i.slug}>
                  {n > 0 && ", "}
                  <Link href={`/issues/${i.slug}`} className="underline">
                    {i.title}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
