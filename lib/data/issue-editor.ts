/**
 * Issues as the dashboard edits them: list, create, load for the editor, save the issue's own text
 * (optimistic concurrency + a Revision per save). The workflow lives in issue-workflow.ts, picks in picks.ts.
 */
import "server-only";
import { db } from "../db";
import type { IssueStatus } from "../generated/prisma/enums";
import { formatMonth } from "../format";
import { assertRole, type Actor } from "./access";
import { describeRevision, type PaperRevision } from "./paper-revision";

export const ISSUE_PAGE_SIZE_MAX = 50;

export type IssueListItem = { slug: string; title: string; status: IssueStatus; publishAt: Date | null; pickCount: number; updatedAt: Date };

export async function listIssuesForDashboard(
  actor: Actor,
  { q = "", page = 1, pageSize = 20 }: { q?: string; page?: number; pageSize?: number },
): Promise<{ items: IssueListItem[]; total: number; page: number; pageCount: number }> {
  assertRole(actor, "CURATOR");
  const size = Math.min(Math.max(1, pageSize), ISSUE_PAGE_SIZE_MAX);
  const term = q.trim();
  const where = term
    ? { OR: [{ slug: { contains: term } }, { title: { contains: term, mode: "insensitive" as const } }] }
    : {};
  const [total, rows] = await Promise.all([
    db().issue.count({ where }),
    db().issue.findMany({
      where,
      orderBy: { month: "desc" },
      skip: (Math.max(1, page) - 1) * size,
      take: size,
      select: { slug: true, title: true, status: true, publishAt: true, updatedAt: true, _count: { select: { picks: true } } },
    }),
  ]);
  return {
    items: rows.map(({ _count, ...r }) => ({ ...r, pickCount: _count.picks })),
    total,
    page: Math.max(1, page),
    pageCount: Math.max(1, Math.ceil(total / size)),
  };
}

export type CreateIssueOutcome = { ok: true; slug: string } | { ok: false; message: string };

/** Creates the issue for a month ("YYYY-MM"); refuses a month that already has one. */
export async function createIssue(actor: Actor, month: string): Promise<CreateIssueOutcome> {
  assertRole(actor, "CURATOR");
  const first = new Date(`${month}-01T00:00:00Z`);
  const exists = await db().issue.findUnique({ where: { slug: month }, select: { id: true } });
  if (exists) return { ok: false, message: `An issue for ${formatMonth(first)} (${month}) already exists.` };
  try {
    await db().issue.create({
      data: { slug: month, month: first, title: `Our top picks for ${formatMonth(first)}`, createdById: actor.id },
      select: { id: true },
    });
  } catch (error) {
    // Two curators creating the same month at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return { ok: false, message: `An issue for ${formatMonth(first)} (${month}) already exists.` };
    throw error;
  }
  return { ok: true, slug: month };
}

export type EditorPick = {
  id: string;
  position: number;
  why: string;
  keyInsights: string;
  version: number;
  paperVersion: number;
  paper: { id: string; arxivId: string; title: string; latestVersion: number; authors: string[]; absUrl: string };
  revision: PaperRevision | null;
  figures: { id: string; alt: string; caption: string; sourceCredit: string; sourceUrl: string | null; version: number; url: string }[];
  topics: { id: string; name: string; slug: string }[];
};

export type EditorIssue = {
  id: string;
  slug: string;
  month: Date;
  title: string;
  intro: string;
  closing: string;
  status: IssueStatus;
  publishAt: Date | null;
  publishedAt: Date | null;
  version: number;
  picks: EditorPick[];
};

export async function getIssueForEditor(actor: Actor, slug: string): Promise<EditorIssue | null> {
  assertRole(actor, "CURATOR");
  const issue = await db().issue.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      month: true,
      title: true,
      intro: true,
      closing: true,
      status: true,
      publishAt: true,
      publishedAt: true,
      version: true,
      picks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          why: true,
          keyInsights: true,
          version: true,
          paperVersion: true,
          figures: { orderBy: { position: "asc" }, select: { id: true, alt: true, caption: true, sourceCredit: true, sourceUrl: true, version: true, url: true } },
          topics: { orderBy: { topic: { name: "asc" } }, select: { topic: { select: { id: true, name: true, slug: true } } } },
          paper: {
            select: {
              id: true,
              arxivId: true,
              title: true,
              abstract: true,
              latestVersion: true,
              absUrl: true,
              authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
              snapshots: { select: { version: true, title: true, abstract: true } },
            },
          },
        },
      },
    },
  });
  if (!issue) return null;
  return {
    ...issue,
    picks: issue.picks.map((p) => ({
      id: p.id,
      position: p.position,
      why: p.why,
      keyInsights: p.keyInsights,
      version: p.version,
      paperVersion: p.paperVersion,
      paper: {
        id: p.paper.id,
        arxivId: p.paper.arxivId,
        title: p.paper.title,
        latestVersion: p.paper.latestVersion,
        absUrl: p.paper.absUrl,
        authors: p.paper.authors.map((a) => a.author.name),
      },
      revision: describeRevision(p.paper, p.paperVersion),
      figures: p.figures.map((f) => ({ ...f, url: f.url ?? `/figures/${f.id}` })),
      topics: p.topics.map((t) => t.topic),
    })),
  };
}

export type IssueText = { title: string; intro: string; closing: string };

/** Result of saving shared text: refused, never overwritten, when someone saved in between. */
export type SaveOutcome<T> =
  | { ok: true; version: number; savedAt: Date; isPublic: boolean }
  | { ok: false; conflict: true; message: string; current: T & { version: number; savedAt: Date; savedBy: string | null } }
  | { ok: false; conflict: false; message: string };

const PUBLIC_STATUSES: IssueStatus[] = ["PUBLISHED", "SCHEDULED"];

export async function saveIssueText(actor: Actor, issueId: string, text: IssueText, baseVersion: number): Promise<SaveOutcome<IssueText>> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const updated = await tx.issue.updateMany({
      where: { id: issueId, version: baseVersion },
      data: { ...text, version: { increment: 1 } },
    });
    const current = await tx.issue.findUnique({
      where: { id: issueId },
      select: { title: true, intro: true, closing: true, version: true, updatedAt: true, status: true },
    });
    if (!current) return { ok: false as const, conflict: false as const, message: "This issue no longer exists." };
    if (updated.count === 0) {
      const last = await tx.revision.findFirst({
        where: { issueId, targetType: "ISSUE", version: current.version },
        select: { author: { select: { name: true } } },
      });
      return {
        ok: false as const,
        conflict: true as const,
        message: "Someone else saved this issue's text after you started editing. Nothing was overwritten: choose which text to keep.",
        current: { title: current.title, intro: current.intro, closing: current.closing, version: current.version, savedAt: current.updatedAt, savedBy: last?.author?.name ?? null },
      };
    }
    await tx.revision.create({
      data: { targetType: "ISSUE", issueId, version: current.version, content: text, authorId: actor.id },
    });
    return { ok: true as const, version: current.version, savedAt: current.updatedAt, isPublic: PUBLIC_STATUSES.includes(current.status) };
  });
}
