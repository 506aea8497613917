/**
 * Paper authors as admins manage them: list, edit, merge duplicates, duplicate suggestions.
 * (Public author pages read through their own module.)
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "../auth/permissions";
import { normalizeName } from "../authors/normalize";
import { suggestDuplicates, type DuplicateSuggestion } from "../authors/duplicates";
import { recordAudit } from "./audit";
import { ConflictError, NotFoundError, RefusedError } from "./errors";
import { AUTHORS_MAX_PAGE_SIZE } from "../validation/authors";

export type AuthorRow = { id: string; name: string; slug: string; orcid: string | null; affiliation: string | null; paperCount: number };

export async function listAuthors(actor: Actor, query: { q: string; page: number; pageSize: number }): Promise<{ rows: AuthorRow[]; total: number }> {
  assertRole(actor, "ADMIN");
  const pageSize = Math.min(Math.max(1, query.pageSize), AUTHORS_MAX_PAGE_SIZE);
  const q = query.q.trim();
  const where: Prisma.AuthorWhereInput = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { normalizedName: { contains: normalizeName(q) } }, { orcid: q }, { slug: q }] }
    : {};
  const [rows, total] = await Promise.all([
    db().author.findMany({
      where,
      orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
      skip: (Math.max(1, query.page) - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, slug: true, orcid: true, affiliation: true, _count: { select: { papers: true } } },
    }),
    db().author.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...a }) => ({ ...a, paperCount: _count.papers })), total };
}

export type AuthorDetail = {
  id: string;
  name: string;
  slug: string;
  orcid: string | null;
  affiliation: string | null;
  links: string[];
  updatedAt: Date;
  papers: { arxivId: string; title: string }[];
  oldSlugs: string[];
};

export async function getAuthorForEdit(actor: Actor, id: string): Promise<AuthorDetail | null> {
  assertRole(actor, "ADMIN");
  const a = await db().author.findUnique({
    where: { id },
    select: {
      id: true, name: true, slug: true, orcid: true, affiliation: true, links: true, updatedAt: true,
      papers: { orderBy: { paper: { publishedAt: "desc" } }, select: { paper: { select: { arxivId: true, title: true } } } },
      slugRedirects: { select: { slug: true } },
    },
  });
  if (!a) return null;
  const { papers, slugRedirects, ...rest } = a;
  return { ...rest, papers: papers.map((p) => p.paper), oldSlugs: slugRedirects.map((r) => r.slug) };
}

export async function updateAuthor(
  actor: Actor,
  input: { authorId: string; updatedAt: string; name: string; affiliation: string | null; orcid: string | null; links: string[] },
): Promise<void> {
  assertRole(actor, "ADMIN");
  await db().$transaction(async (tx) => {
    if (input.orcid) {
      const other = await tx.author.findUnique({ where: { orcid: input.orcid }, select: { id: true, name: true } });
      if (other && other.id !== input.authorId) {
        throw new RefusedError(`Another author (${other.name}) has this ORCID iD: merge the two instead.`, "orcid");
      }
    }
    const updated = await tx.author.updateMany({
      where: { id: input.authorId, updatedAt: new Date(input.updatedAt) },
      data: { name: input.name, normalizedName: normalizeName(input.name), affiliation: input.affiliation, orcid: input.orcid, links: input.links },
    });
    if (updated.count !== 1) {
      if (!(await tx.author.findUnique({ where: { id: input.authorId }, select: { id: true } }))) throw new NotFoundError("That author no longer exists (merged?).");
      throw new ConflictError("Someone else changed this author since you opened it. Reload to see their changes, then edit again.");
    }
    await recordAudit({ actorId: actor.id, action: "author.update", targetType: "Author", targetId: input.authorId, data: { name: input.name, orcid: input.orcid } }, tx);
  });
}

/**
 * Merges `duplicateId` into `survivorId` in one transaction: the duplicate's paper links move to the
 * survivor (on a paper both are on, the survivor's existing position is kept and the duplicate's row
 * dropped, which respects both unique constraints), missing details are copied over, the duplicate's slug
 * and the redirects that pointed to it now redirect to the survivor, and the duplicate is deleted.
 */
export async function mergeAuthors(actor: Actor, survivorId: string, duplicateRef: string): Promise<{ survivorSlug: string; mergedSlug: string }> {
  assertRole(actor, "ADMIN");
  // The duplicate may be named by id or by its current slug (the edit page's "merge another author" field).
  const dup = await db().author.findFirst({ where: { OR: [{ id: duplicateRef }, { slug: duplicateRef }] }, select: { id: true } });
  if (!dup) throw new RefusedError("No author with that id or address.", "duplicateId");
  const duplicateId = dup.id;
  if (survivorId === duplicateId) throw new RefusedError("Choose two different authors.", "duplicateId");
  return db().$transaction(async (tx) => {
    // Lock both rows (in a stable order) so concurrent merges or edits of the same authors serialize.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Author" WHERE id IN (${survivorId}, ${duplicateId}) ORDER BY id FOR UPDATE`;
    if (locked.length !== 2) throw new NotFoundError("One of the two authors no longer exists (merged already?).");
    const select = { id: true, name: true, slug: true, orcid: true, affiliation: true, links: true } as const;
    const survivor = await tx.author.findUniqueOrThrow({ where: { id: survivorId }, select });
    const duplicate = await tx.author.findUniqueOrThrow({ where: { id: duplicateId }, select });

    const shared = await tx.paperAuthor.findMany({ where: { authorId: survivorId }, select: { paperId: true } });
    const sharedPaperIds = shared.map((s) => s.paperId);
    const dropped = await tx.paperAuthor.deleteMany({ where: { authorId: duplicateId, paperId: { in: sharedPaperIds } } });
    const moved = await tx.paperAuthor.updateMany({ where: { authorId: duplicateId }, data: { authorId: survivorId } });

    await tx.authorSlugRedirect.updateMany({ where: { authorId: duplicateId }, data: { authorId: survivorId } });
    // A redirect of the survivor's own current slug would loop: there should be none, but make sure.
    await tx.authorSlugRedirect.deleteMany({ where: { slug: survivor.slug } });

    // ORCID is unique: free it on the duplicate before the survivor takes it.
    if (duplicate.orcid) await tx.author.update({ where: { id: duplicateId }, data: { orcid: null } });
    await tx.author.delete({ where: { id: duplicateId } });
    await tx.authorSlugRedirect.create({ data: { slug: duplicate.slug, authorId: survivorId } });
    await tx.author.update({
      where: { id: survivorId },
      data: {
        orcid: survivor.orcid ?? duplicate.orcid,
        affiliation: survivor.affiliation ?? duplicate.affiliation,
        links: [...new Set([...survivor.links, ...duplicate.links])],
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "author.merge",
        targetType: "Author",
        targetId: survivorId,
        data: { survivor: { id: survivorId, name: survivor.name, slug: survivor.slug }, merged: { id: duplicateId, name: duplicate.name, slug: duplicate.slug }, papersMoved: moved.count, papersShared: dropped.count },
      },
      tx,
    );
    return { survivorSlug: survivor.slug, mergedSlug: duplicate.slug };
  });
}

export type SuggestionRow = DuplicateSuggestion & {
  authors: [{ id: string; name: string; slug: string; paperCount: number }, { id: string; name: string; slug: string; paperCount: number }];
};

/** Likely duplicates, for an admin to confirm. */
export async function listDuplicateSuggestions(actor: Actor, limit = 20): Promise<SuggestionRow[]> {
  assertRole(actor, "ADMIN");
  const authors = await db().author.findMany({ select: { id: true, name: true, slug: true, papers: { select: { paperId: true } } } });
  const links = await db().paperAuthor.findMany({ select: { paperId: true, authorId: true } });
  const byPaper = new Map<string, string[]>();
  for (const l of links) (byPaper.get(l.paperId) ?? byPaper.set(l.paperId, []).get(l.paperId)!).push(l.authorId);
  const suggestions = suggestDuplicates(
    authors.map((a) => ({ id: a.id, name: a.name, coAuthorIds: a.papers.flatMap((p) => byPaper.get(p.paperId) ?? []).filter((id) => id !== a.id) })),
    limit,
  );
  const info = new Map(authors.map((a) => [a.id, { id: a.id, name: a.name, slug: a.slug, paperCount: a.papers.length }]));
  return suggestions.map((s) => ({ ...s, authors: [info.get(s.a)!, info.get(s.b)!] }));
}
