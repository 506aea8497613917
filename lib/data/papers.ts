/**
 * Papers as the public site shows them: only papers with at least one pick in a public issue exist for
 * readers (a candidate or a pick in a draft answers 404).
 */
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { publicIssueWhere } from "./issues";

export type PublicPaper = {
  arxivId: string;
  title: string;
  abstract: string;
  absUrl: string;
  pdfUrl: string;
  publishedAt: Date;
  arxivUpdatedAt: Date;
  latestVersion: number;
  primaryCategory: string;
  categories: string[];
  doi: string | null;
  journalRef: string | null;
  comment: string | null;
  authors: { name: string; slug: string; affiliation: string | null }[];
  picks: { position: number; why: string; issue: { slug: string; title: string; month: Date } }[];
};

export const getPublicPaper = cache(async (arxivId: string): Promise<PublicPaper | null> => {
  const paper = await db().paper.findUnique({
    where: { arxivId },
    select: {
      arxivId: true,
      title: true,
      abstract: true,
      absUrl: true,
      pdfUrl: true,
      publishedAt: true,
      arxivUpdatedAt: true,
      latestVersion: true,
      primaryCategory: true,
      categories: true,
      doi: true,
      journalRef: true,
      comment: true,
      authors: { orderBy: { position: "asc" }, select: { affiliation: true, author: { select: { name: true, slug: true, affiliation: true } } } },
      picks: {
        where: { issue: publicIssueWhere() },
        orderBy: { issue: { month: "desc" } },
        select: { position: true, why: true, issue: { select: { slug: true, title: true, month: true } } },
      },
    },
  });
  if (!paper || paper.picks.length === 0) return null;
  return {
    ...paper,
    authors: paper.authors.map((a) => ({ name: a.author.name, slug: a.author.slug, affiliation: a.affiliation ?? a.author.affiliation })),
  };
});
