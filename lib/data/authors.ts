/** Paper authors as readers see them. */
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { publicIssueWhere } from "./issues";

export type PublicAuthor = {
  name: string;
  slug: string;
  orcid: string | null;
  affiliation: string | null;
  links: string[];
  papers: { arxivId: string; title: string; publishedAt: Date; issues: { slug: string; title: string }[] }[];
};

export type AuthorLookup = { kind: "found"; author: PublicAuthor } | { kind: "moved"; slug: string } | { kind: "missing" };

/**
 * An author with every picked (publicly) paper. A slug that was merged away or renamed answers "moved"
 * so the page can redirect permanently; an author with no public pick is "missing".
 */
export const findPublicAuthor = cache(async (slug: string): Promise<AuthorLookup> => {
  const author = await db().author.findUnique({
    where: { slug },
    select: {
      name: true,
      slug: true,
      orcid: true,
      affiliation: true,
      links: true,
      papers: {
        where: { paper: { picks: { some: { issue: publicIssueWhere() } } } },
        orderBy: { paper: { publishedAt: "desc" } },
        select: {
          paper: {
            select: {
              arxivId: true,
              title: true,
              publishedAt: true,
              picks: { where: { issue: publicIssueWhere() }, select: { issue: { select: { slug: true, title: true } } } },
            },
          },
        },
      },
    },
  });
  if (!author) {
    const redirect = await db().authorSlugRedirect.findUnique({ where: { slug }, select: { author: { select: { slug: true } } } });
    return redirect ? { kind: "moved", slug: redirect.author.slug } : { kind: "missing" };
  }
  if (author.papers.length === 0) return { kind: "missing" };
  return {
    kind: "found",
    author: {
      ...author,
      papers: author.papers.map(({ paper }) => ({
        arxivId: paper.arxivId,
        title: paper.title,
        publishedAt: paper.publishedAt,
        issues: paper.picks.map((p) => p.issue),
      })),
    },
  };
});
