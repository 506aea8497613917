/**
 * Issues as the public site reads them. An issue is public when it is PUBLISHED, or SCHEDULED with a
 * publishAt in the past (no cron job: the query itself compares with now).
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

export function publicIssueWhere(now = new Date()): Prisma.IssueWhereInput {
  return {
    OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", publishAt: { lte: now } }],
  };
}

export type IssueSummary = { slug: string; title: string; month: Date; publishedAt: Date | null };

export async function listPublicIssues(): Promise<IssueSummary[]> {
  return db().issue.findMany({
    where: publicIssueWhere(),
    orderBy: { month: "desc" },
    select: { slug: true, title: true, month: true, publishedAt: true },
  });
}

export type PublicPick = {
  id: string;
  position: number;
  why: string;
  keyInsights: string;
  paperVersion: number;
  paper: {
    arxivId: string;
    title: string;
    absUrl: string;
    pdfUrl: string;
    authors: { name: string; slug: string }[];
  };
  topics: { name: string; slug: string }[];
  figures: {
    id: string;
    url: string | null;
    alt: string;
    caption: string;
    sourceCredit: string;
    sourceUrl: string | null;
    width: number | null;
    height: number | null;
  }[];
};

export type PublicIssue = {
  slug: string;
  title: string;
  month: Date;
  intro: string;
  closing: string;
  publishedAt: Date | null;
  picks: PublicPick[];
};

/** A public issue with all its picks, or null. A bounded number of queries whatever the pick count. */
export async function getPublicIssue(slug: string): Promise<PublicIssue | null> {
  const issue = await db().issue.findFirst({
    where: { slug, ...publicIssueWhere() },
    select: {
      slug: true,
      title: true,
      month: true,
      intro: true,
      closing: true,
      publishedAt: true,
      picks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          why: true,
          keyInsights: true,
          paperVersion: true,
          paper: {
            select: {
              arxivId: true,
              title: true,
              absUrl: true,
              pdfUrl: true,
              authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
            },
          },
          topics: { select: { topic: { select: { name: true, slug: true } } }, orderBy: { topic: { name: "asc" } } },
          figures: {
            orderBy: { position: "asc" },
            select: { id: true, url: true, alt: true, caption: true, sourceCredit: true, sourceUrl: true, width: true, height: true },
          },
        },
      },
    },
  });
  if (!issue) return null;
  return {
    ...issue,
    picks: issue.picks.map((p) => ({
      ...p,
      paper: { ...p.paper, authors: p.paper.authors.map((a) => a.author) },
      topics: p.topics.map((t) => t.topic),
    })),
  };
}
