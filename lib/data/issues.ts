/**
 * Issues as the public site reads them. An issue is public when it is PUBLISHED, or SCHEDULED with a
 * publishAt in the past (no cron job: the query itself compares with now).
 */
import "server-only";
import { db } from "../db";
import { cache } from "react";
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

export type PublicAuthorRef = { name: string; slug: string };

export type PublicPick = {
  id: string;
  position: number;
  why: string;
  keyInsights: string;
  paperVersion: number;
  paper: {
    arxivId: string;
    title: string;
    abstract: string;
    absUrl: string;
    pdfUrl: string;
    publishedAt: Date;
    primaryCategory: string;
    latestVersion: number;
    doi: string | null;
    journalRef: string | null;
    authors: PublicAuthorRef[];
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
  id: string;
  slug: string;
  title: string;
  month: Date;
  intro: string;
  closing: string;
  publishedAt: Date | null;
  updatedAt: Date;
  picks: PublicPick[];
};

const publicPickSelect = {
  id: true,
  position: true,
  why: true,
  keyInsights: true,
  paperVersion: true,
  paper: {
    select: {
      arxivId: true,
      title: true,
      abstract: true,
      absUrl: true,
      pdfUrl: true,
      publishedAt: true,
      primaryCategory: true,
      latestVersion: true,
      doi: true,
      journalRef: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
    },
  },
  topics: { select: { topic: { select: { name: true, slug: true } } }, orderBy: { topic: { name: "asc" } } },
  figures: {
    orderBy: { position: "asc" },
    select: { id: true, url: true, alt: true, caption: true, sourceCredit: true, sourceUrl: true, width: true, height: true },
  },
} satisfies Prisma.PickSelect;

type RawPick = Prisma.PickGetPayload<{ select: typeof publicPickSelect }>;

function toPublicPick(p: RawPick): PublicPick {
  return {
    ...p,
    paper: { ...p.paper, authors: p.paper.authors.map((a) => a.author) },
    topics: p.topics.map((t) => t.topic),
    // Uploaded figures are stored in the database and served by app/(site)/figures/[id].
    figures: p.figures.map((f) => ({ ...f, url: f.url ?? `/figures/${f.id}` })),
  };
}

const publicIssueSelect = {
  id: true,
  slug: true,
  title: true,
  month: true,
  intro: true,
  closing: true,
  publishedAt: true,
  updatedAt: true,
  picks: { orderBy: { position: "asc" }, select: publicPickSelect },
} satisfies Prisma.IssueSelect;

/**
 * A public issue with all its picks, or null. Prisma loads each relation level with one query, so the
 * number of queries is bounded (7) whatever the number of picks. Cached per request (page + metadata).
 */
export const getPublicIssue = cache(async (slug: string): Promise<PublicIssue | null> => {
  const issue = await db().issue.findFirst({ where: { slug, ...publicIssueWhere() }, select: publicIssueSelect });
  return issue ? { ...issue, picks: issue.picks.map(toPublicPick) } : null;
});

/** Public issues, newest first, each with its full content (feeds). */
export async function listPublicIssuesWithContent(limit: number): Promise<PublicIssue[]> {
  const issues = await db().issue.findMany({
    where: publicIssueWhere(),
    orderBy: { month: "desc" },
    take: limit,
    select: publicIssueSelect,
  });
  return issues.map((i) => ({ ...i, picks: i.picks.map(toPublicPick) }));
}

export type Neighbours = { previous: IssueSummary | null; next: IssueSummary | null };

/** The public issues just before and after a month. */
export async function getNeighbourIssues(month: Date): Promise<Neighbours> {
  const select = { slug: true, title: true, month: true, publishedAt: true } as const;
  const [previous, next] = await Promise.all([
    db().issue.findFirst({ where: { AND: [publicIssueWhere(), { month: { lt: month } }] }, orderBy: { month: "desc" }, select }),
    db().issue.findFirst({ where: { AND: [publicIssueWhere(), { month: { gt: month } }] }, orderBy: { month: "asc" }, select }),
  ]);
  return { previous, next };
}

/** The latest public issue with its pick titles (home page). */
export async function getLatestPublicIssue() {
  return db().issue.findFirst({
    where: publicIssueWhere(),
    orderBy: { month: "desc" },
    select: {
      slug: true,
      title: true,
      month: true,
      intro: true,
      publishedAt: true,
      picks: { orderBy: { position: "asc" }, select: { position: true, paper: { select: { arxivId: true, title: true } } } },
    },
  });
}

/** One page of public issues, newest first (JSON API). */
export async function listPublicIssuesPage(page: number, size: number): Promise<{ items: IssueSummary[]; total: number }> {
  const [items, total] = await Promise.all([
    db().issue.findMany({
      where: publicIssueWhere(),
      orderBy: { month: "desc" },
      skip: (page - 1) * size,
      take: size,
      select: { slug: true, title: true, month: true, publishedAt: true },
    }),
    db().issue.count({ where: publicIssueWhere() }),
  ]);
  return { items, total };
}

/**
 * Any issue, public or not, loaded exactly as the public page loads it: for previews only. Callers
 * decide who may see it (lib/data/preview-links.ts: a signed-in curator, or a valid preview token).
 */
export async function loadIssueForPreview(where: { id: string } | { slug: string }): Promise<PublicIssue | null> {
  const issue = await db().issue.findUnique({ where, select: publicIssueSelect });
  return issue ? { ...issue, picks: issue.picks.map(toPublicPick) } : null;
}
