/**
 * Picks of an issue: add (from an arXiv import), remove, reorder, save commentary (optimistic
 * concurrency + a Revision per save, in one transaction).
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "./access";
import { pickCommentaryPaths } from "../site";
import type { SaveOutcome } from "./issue-editor";
import { importPapers, type ArxivRequestOptions, type ImportOutcome } from "./papers";

type Tx = Prisma.TransactionClient;

export type ImportIntoIssueOutcome = ImportOutcome & { added?: string[]; alreadyInIssue?: string[] };

/** Imports a pasted batch and appends every paper found as a pick, in paste order. */
export async function importIntoIssue(actor: Actor, issueId: string, text: string, opts: ArxivRequestOptions = {}): Promise<ImportIntoIssueOutcome> {
  assertRole(actor, "CURATOR");
  const issue = await db().issue.findUnique({ where: { id: issueId }, select: { id: true } });
  if (!issue) return { ok: false, kind: "empty", message: "This issue no longer exists." };
  const result = await importPapers(actor, text, opts);
  if (!result.ok) return result;

  const { added, already } = await db().$transaction(async (tx) => {
    const existing = await tx.pick.findMany({ where: { issueId }, select: { paperId: true, position: true } });
    const inIssue = new Set(existing.map((p) => p.paperId));
    let position = existing.reduce((max, p) => Math.max(max, p.position), 0);
    const added: string[] = [];
    const already: string[] = [];
    for (const paper of result.imported) {
      if (inIssue.has(paper.paperId)) {
        already.push(paper.arxivId);
        continue;
      }
      inIssue.add(paper.paperId);
      await tx.pick.create({
        data: { issueId, paperId: paper.paperId, position: ++position, paperVersion: paper.version, createdById: actor.id },
        select: { id: true },
      });
      added.push(paper.arxivId);
    }
    return { added, already };
  });
  const parts = [added.length ? `Added ${added.length} ${added.length === 1 ? "pick" : "picks"}: ${added.join(", ")}.` : "No new picks."];
  if (already.length) parts.push(`Already in this issue: ${already.join(", ")}.`);
  if (result.notFound.length) parts.push(`arXiv has no paper ${result.notFound.map((n) => n.input).join(", ")}.`);
  return { ...result, message: parts.join(" "), added, alreadyInIssue: already };
}

/**
 * Rewrites the positions of an issue's picks to 1..n in the given order. Two phases because of the
 * unique (issueId, position) index: first move every pick out of the way (negative positions).
 */
async function writePositions(tx: Tx, issueId: string, orderedIds: string[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await tx.pick.update({ where: { id, issueId }, data: { position: -(i + 1) }, select: { id: true } });
  }
  for (const [i, id] of orderedIds.entries()) {
    await tx.pick.update({ where: { id, issueId }, data: { position: i + 1 }, select: { id: true } });
  }
}

async function orderedPickIds(tx: Tx, issueId: string): Promise<string[]> {
  // Locks the issue's picks so two reorders of the same issue run one after the other.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Pick" WHERE "issueId" = ${issueId} ORDER BY position FOR UPDATE`;
  return rows.map((r) => r.id);
}

export type PickOpOutcome = { ok: true; issueSlug: string; isPublic: boolean } | { ok: false; message: string };

async function issueOf(tx: Tx, pickId: string) {
  return tx.pick.findUnique({ where: { id: pickId }, select: { issueId: true, issue: { select: { slug: true, status: true } } } });
}

export async function movePick(actor: Actor, pickId: string, direction: "up" | "down"): Promise<PickOpOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const pick = await issueOf(tx, pickId);
    if (!pick) return { ok: false as const, message: "This pick no longer exists." };
    const ids = await orderedPickIds(tx, pick.issueId);
    const i = ids.indexOf(pickId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j >= 0 && j < ids.length) {
      [ids[i], ids[j]] = [ids[j], ids[i]];
      await writePositions(tx, pick.issueId, ids);
    }
    return { ok: true as const, issueSlug: pick.issue.slug, isPublic: isPublicStatus(pick.issue.status) };
  });
}

/** Puts the picks in the given order (drag and drop); the list must name every pick of the issue once. */
export async function reorderPicks(actor: Actor, issueId: string, orderedIds: string[]): Promise<PickOpOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { slug: true, status: true } });
    if (!issue) return { ok: false as const, message: "This issue no longer exists." };
    const ids = await orderedPickIds(tx, issueId);
    const same = ids.length === orderedIds.length && new Set(orderedIds).size === ids.length && orderedIds.every((id) => ids.includes(id));
    if (!same) return { ok: false as const, message: "The picks changed while you were reordering; the page has been refreshed." };
    await writePositions(tx, issueId, orderedIds);
    return { ok: true as const, issueSlug: issue.slug, isPublic: isPublicStatus(issue.status) };
  });
}

export async function removePick(actor: Actor, pickId: string): Promise<PickOpOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const pick = await issueOf(tx, pickId);
    if (!pick) return { ok: false as const, message: "This pick no longer exists." };
    const ids = await orderedPickIds(tx, pick.issueId);
    await tx.pick.delete({ where: { id: pickId } });
    await writePositions(tx, pick.issueId, ids.filter((id) => id !== pickId));
    return { ok: true as const, issueSlug: pick.issue.slug, isPublic: isPublicStatus(pick.issue.status) };
  });
}

export type PickText = { why: string; keyInsights: string };

/**
 * Saves a pick's commentary if nobody saved it since `baseVersion`. On success, `publicPaths` lists the
 * cached public pages that show this text when its issue is public (empty otherwise).
 */
export async function savePickText(
  actor: Actor,
  pickId: string,
  text: PickText,
  baseVersion: number,
): Promise<SaveOutcome<PickText> & { issueSlug?: string; publicPaths?: string[] }> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const updated = await tx.pick.updateMany({ where: { id: pickId, version: baseVersion }, data: { ...text, version: { increment: 1 } } });
    const current = await tx.pick.findUnique({
      where: { id: pickId },
      select: {
        why: true,
        keyInsights: true,
        version: true,
        updatedAt: true,
        issue: { select: { slug: true, status: true } },
        paper: { select: { arxivId: true } },
        topics: { select: { topic: { select: { slug: true } } } },
      },
    });
    if (!current) return { ok: false as const, conflict: false as const, message: "This pick was removed from the issue." };
    if (updated.count === 0) {
      const last = await tx.revision.findFirst({
        where: { pickId, targetType: "PICK", version: current.version },
        select: { author: { select: { name: true } } },
      });
      return {
        ok: false as const,
        conflict: true as const,
        issueSlug: current.issue.slug,
        message: "Someone else saved this pick after you started editing. Nothing was overwritten: choose which text to keep.",
        current: { why: current.why, keyInsights: current.keyInsights, version: current.version, savedAt: current.updatedAt, savedBy: last?.author?.name ?? null },
      };
    }
    await tx.revision.create({ data: { targetType: "PICK", pickId, version: current.version, content: text, authorId: actor.id } });
    const isPublic = isPublicStatus(current.issue.status);
    const publicPaths = isPublic
      ? pickCommentaryPaths({ issueSlug: current.issue.slug, arxivId: current.paper.arxivId, topicSlugs: current.topics.map((t) => t.topic.slug) })
      : [];
    return { ok: true as const, version: current.version, savedAt: current.updatedAt, isPublic, issueSlug: current.issue.slug, publicPaths };
  });
}

export function isPublicStatus(status: string): boolean {
  return status === "PUBLISHED" || status === "SCHEDULED";
}
