/**
 * The candidate inbox: the month's reading list before picks. Curators add papers by arXiv id (through
 * the same import as the editor), leave a note, vote (one vote per person, toggled) and shortlist; a
 * candidate becomes a pick of a chosen issue in one transaction. Candidates not picked stay.
 */
import "server-only";
import { db } from "../db";
import type { CandidateStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "./access";
import { importPapers, type ArxivRequestOptions } from "./papers";

export const CANDIDATE_PAGE_SIZE_MAX = 50;
export const CANDIDATE_FILTERS = ["inbox", "shortlisted", "picked", "dismissed"] as const;
export type CandidateFilter = (typeof CANDIDATE_FILTERS)[number];

const STATUSES_OF: Record<CandidateFilter, CandidateStatus[]> = {
  inbox: ["OPEN", "SHORTLISTED"],
  shortlisted: ["SHORTLISTED"],
  picked: ["PICKED"],
  dismissed: ["DISMISSED"],
};

export type AddCandidatesOutcome = { ok: true; message: string; added: string[]; already: string[]; dismissed: string[] } | { ok: false; message: string };

/** Imports the pasted ids and adds each paper found to the inbox with the note (a paper is in it once). */
export async function addCandidates(actor: Actor, text: string, note: string, opts: ArxivRequestOptions = {}): Promise<AddCandidatesOutcome> {
  assertRole(actor, "CURATOR");
  const result = await importPapers(actor, text, opts);
  if (!result.ok) return { ok: false, message: result.message };
  const { added, already, dismissed } = await db().$transaction(async (tx) => {
    const existing = await tx.candidate.findMany({ where: { paperId: { in: result.imported.map((p) => p.paperId) } }, select: { paperId: true, status: true } });
    const known = new Map(existing.map((c) => [c.paperId, c.status]));
    const added: string[] = [];
    const already: string[] = [];
    const dismissed: string[] = [];
    for (const paper of result.imported) {
      const status = known.get(paper.paperId);
      if (status) {
        // A dismissed paper stays dismissed: re-adding it says where it is rather than silently reviving it.
        (status === "DISMISSED" ? dismissed : already).push(paper.arxivId);
        continue;
      }
      known.set(paper.paperId, "OPEN");
      await tx.candidate.create({ data: { paperId: paper.paperId, note, addedById: actor.id }, select: { id: true } });
      added.push(paper.arxivId);
    }
    return { added, already, dismissed };
  });
  const parts = [added.length ? `Added ${added.length} ${added.length === 1 ? "candidate" : "candidates"}: ${added.join(", ")}.` : "No new candidates."];
  if (already.length) parts.push(`Already candidates: ${already.join(", ")}.`);
  if (dismissed.length) parts.push(`Dismissed earlier: ${dismissed.join(", ")} (restore under Show: Dismissed).`);
  if (result.notFound.length) parts.push(`arXiv has no paper ${result.notFound.map((n) => n.input).join(", ")}.`);
  return { ok: true, message: parts.join(" "), added, already, dismissed };
}

export type CandidateItem = {
  id: string;
  status: CandidateStatus;
  note: string;
  createdAt: Date;
  addedBy: string | null;
  votes: number;
  votedByMe: boolean;
  paper: { arxivId: string; title: string; absUrl: string; authors: string[] };
};

export async function listCandidates(
  actor: Actor,
  { q = "", filter = "inbox", page = 1, pageSize = 20 }: { q?: string; filter?: CandidateFilter; page?: number; pageSize?: number },
): Promise<{ items: CandidateItem[]; total: number; page: number; pageSize: number }> {
  assertRole(actor, "CURATOR");
  const size = Math.min(Math.max(1, pageSize), CANDIDATE_PAGE_SIZE_MAX);
  const term = q.trim();
  const where: Prisma.CandidateWhereInput = {
    status: { in: STATUSES_OF[filter] },
    ...(term
      ? {
          OR: [
            { note: { contains: term, mode: "insensitive" } },
            { paper: { title: { contains: term, mode: "insensitive" } } },
            { paper: { arxivId: { contains: term } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db().candidate.count({ where }),
    db().candidate.findMany({
      where,
      orderBy: [{ votes: { _count: "desc" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * size,
      take: size,
      select: {
        id: true,
        status: true,
        note: true,
        createdAt: true,
        addedBy: { select: { name: true } },
        _count: { select: { votes: true } },
        votes: { where: { userId: actor.id }, select: { userId: true } },
        paper: {
          select: {
            arxivId: true,
            title: true,
            absUrl: true,
            authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt,
      addedBy: r.addedBy?.name ?? null,
      votes: r._count.votes,
      votedByMe: r.votes.length > 0,
      paper: { arxivId: r.paper.arxivId, title: r.paper.title, absUrl: r.paper.absUrl, authors: r.paper.authors.map((a) => a.author.name) },
    })),
    total,
    page: Math.max(1, page),
    pageSize: size,
  };
}

export type CandidateOpOutcome = { ok: true } | { ok: false; message: string };

/** One vote per person: votes if the actor has not, else takes the vote back. */
export async function toggleVote(actor: Actor, candidateId: string): Promise<CandidateOpOutcome & { voted?: boolean }> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: { id: true } });
    if (!candidate) return { ok: false as const, message: "This candidate no longer exists." };
    const removed = await tx.candidateVote.deleteMany({ where: { candidateId, userId: actor.id } });
    if (removed.count > 0) return { ok: true as const, voted: false };
    // Two clicks at once: the primary key (candidateId, userId) keeps it at one vote.
    await tx.$executeRaw`INSERT INTO "CandidateVote" ("candidateId", "userId") VALUES (${candidateId}, ${actor.id}) ON CONFLICT DO NOTHING`;
    return { ok: true as const, voted: true };
  });
}

/** Shortlists an open candidate, or puts a shortlisted one back in the inbox; picked ones stay picked. */
export async function setShortlisted(actor: Actor, candidateId: string, shortlisted: boolean): Promise<CandidateOpOutcome> {
  assertRole(actor, "CURATOR");
  const updated = await db().candidate.updateMany({
    where: { id: candidateId, status: shortlisted ? "OPEN" : "SHORTLISTED" },
    data: { status: shortlisted ? "SHORTLISTED" : "OPEN" },
  });
  return updated.count ? { ok: true } : { ok: false, message: "This candidate changed meanwhile: reload the page." };
}

/**
 * Dismisses an open or shortlisted candidate (it leaves the inbox but is kept, votes and note included,
 * under the "dismissed" filter), or restores a dismissed one to the inbox as open. Picked ones stay picked.
 */
export async function setDismissed(actor: Actor, candidateId: string, dismissed: boolean): Promise<CandidateOpOutcome> {
  assertRole(actor, "CURATOR");
  // One conditional UPDATE: of two people acting at once on the same candidate, one changes it.
  const updated = await db().candidate.updateMany({
    where: { id: candidateId, status: dismissed ? { in: ["OPEN", "SHORTLISTED"] } : "DISMISSED" },
    data: { status: dismissed ? "DISMISSED" : "OPEN" },
  });
  if (updated.count) return { ok: true };
  const current = await db().candidate.findUnique({ where: { id: candidateId }, select: { status: true } });
  if (!current) return { ok: false, message: "This candidate no longer exists." };
  if (current.status === "PICKED") return { ok: false, message: "This candidate was picked for an issue meanwhile." };
  return { ok: false, message: dismissed ? "This candidate is already dismissed." : "This candidate is not dismissed: reload the page." };
}

/** Issues a candidate can be picked into: those not published, newest month first. */
export async function listIssuesForPicking(actor: Actor): Promise<{ id: string; slug: string; title: string }[]> {
  assertRole(actor, "CURATOR");
  return db().issue.findMany({ where: { status: { not: "PUBLISHED" } }, orderBy: { month: "desc" }, take: 24, select: { id: true, slug: true, title: true } });
}

export type PickCandidateOutcome = { ok: true; issueSlug: string } | { ok: false; message: string; field?: "issueId" };

/**
 * Turns a candidate into the last pick of an issue, in one transaction: the pick is created and the
 * candidate marked picked together, or neither.
 */
export async function pickCandidate(actor: Actor, candidateId: string, issueId: string): Promise<PickCandidateOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { id: true, slug: true, status: true } });
    if (!issue) return { ok: false as const, message: "Choose an issue.", field: "issueId" as const };
    if (issue.status === "PUBLISHED") return { ok: false as const, message: `Issue ${issue.slug} is published: unpublish it first.`, field: "issueId" as const };
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: { paperId: true, paper: { select: { latestVersion: true } } } });
    if (!candidate) return { ok: false as const, message: "This candidate no longer exists." };
    // Locks the issue (and its picks) so concurrent additions get distinct positions.
    await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
    const picks = await tx.$queryRaw<{ paperId: string; position: number }[]>`SELECT "paperId", position FROM "Pick" WHERE "issueId" = ${issueId} FOR UPDATE`;
    if (picks.some((p) => p.paperId === candidate.paperId)) {
      return { ok: false as const, message: `This paper is already a pick of issue ${issue.slug}.`, field: "issueId" as const };
    }
    // Of two curators picking the same candidate at once, one wins: the other changes no row.
    const claimed = await tx.candidate.updateMany({ where: { id: candidateId, status: { in: ["OPEN", "SHORTLISTED"] } }, data: { status: "PICKED" } });
    if (claimed.count === 0) {
      const now = await tx.candidate.findUnique({ where: { id: candidateId }, select: { status: true } });
      return { ok: false as const, message: now?.status === "DISMISSED" ? "This candidate was dismissed: restore it first." : "This candidate was already picked." };
    }
    const position = picks.reduce((max, p) => Math.max(max, p.position), 0) + 1;
    await tx.pick.create({
      data: { issueId, paperId: candidate.paperId, position, paperVersion: candidate.paper.latestVersion, createdById: actor.id },
      select: { id: true },
    });
    return { ok: true as const, issueSlug: issue.slug };
  });
}
