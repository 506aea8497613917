/** The dashboard's papers list: every imported paper, searchable, with the issues that pick it. */
import "server-only";
import { db } from "../db";
import type { IssueStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "./access";

export const PAPER_PAGE_SIZE_MAX = 50;
/** How many authors the list names before "et al.". */
export const PAPER_LIST_AUTHORS = 3;

export type PaperListItem = {
  id: string;
  arxivId: string;
  title: string;
  absUrl: string;
  latestVersion: number;
  /** The first PAPER_LIST_AUTHORS authors, in order. */
  firstAuthors: string[];
  authorCount: number;
  pickedIn: { slug: string; title: string; status: IssueStatus }[];
};

/** Newest imports first; `q` matches the title, the arXiv id or an author's name. */
export async function listPapersForDashboard(
  actor: Actor,
  { q = "", page = 1, pageSize = 20 }: { q?: string; page?: number; pageSize?: number },
): Promise<{ items: PaperListItem[]; total: number; page: number; pageSize: number }> {
  assertRole(actor, "CURATOR");
  const size = Math.min(Math.max(1, pageSize), PAPER_PAGE_SIZE_MAX);
  const current = Math.max(1, page);
  const term = q.trim();
  const where: Prisma.PaperWhereInput = term
    ? {
        OR: [
          { title: { contains: term, mode: "insensitive" } },
          { arxivId: { contains: term, mode: "insensitive" } },
          { authors: { some: { author: { name: { contains: term, mode: "insensitive" } } } } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db().paper.count({ where }),
    db().paper.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (current - 1) * size,
      take: size,
      select: {
        id: true,
        arxivId: true,
        title: true,
        absUrl: true,
        latestVersion: true,
        authors: { orderBy: { position: "asc" }, take: PAPER_LIST_AUTHORS, select: { author: { select: { name: true } } } },
        _count: { select: { authors: true } },
        picks: { orderBy: { issue: { month: "desc" } }, select: { issue: { select: { slug: true, title: true, status: true } } } },
      },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      arxivId: r.arxivId,
      title: r.title,
      absUrl: r.absUrl,
      latestVersion: r.latestVersion,
      firstAuthors: r.authors.map((a) => a.author.name),
      authorCount: r._count.authors,
      pickedIn: r.picks.map((p) => p.issue),
    })),
    total,
    page: current,
    pageSize: size,
  };
}
