/**
 * The publication workflow: draft → in review (curator) → published now or scheduled (editor) →
 * unpublished (editor). A scheduled issue becomes public when publishAt passes: publicIssueWhere()
 * compares it with now, so no cron job is needed. Publish/schedule/unpublish are audited.
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { IssueStatus } from "../generated/prisma/enums";
import { assertRole, type Actor } from "./access";

export type WorkflowOutcome = { ok: true; status: IssueStatus; message: string } | { ok: false; message: string };

const REVIEWABLE: IssueStatus[] = ["DRAFT", "UNPUBLISHED"];
const PUBLISHABLE: IssueStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"];

export async function submitForReview(actor: Actor, issueId: string): Promise<WorkflowOutcome> {
  assertRole(actor, "CURATOR");
  const updated = await db().issue.updateMany({ where: { id: issueId, status: { in: REVIEWABLE } }, data: { status: "IN_REVIEW" } });
  if (updated.count === 0) return { ok: false, message: "Only a draft or an unpublished issue can be submitted for review." };
  return { ok: true, status: "IN_REVIEW", message: "Submitted for review." };
}

/** Why an issue cannot go public yet, or null when it can. */
export async function publicationProblems(tx: Prisma.TransactionClient, issueId: string): Promise<string | null> {
  const picks = await tx.pick.findMany({
    where: { issueId },
    orderBy: { position: "asc" },
    select: { position: true, why: true, paper: { select: { arxivId: true, title: true } } },
  });
  if (picks.length === 0) return "This issue has no picks yet: add at least one paper before publishing.";
  const missing = picks.filter((p) => !p.why.trim());
  if (missing.length === 0) return null;
  const names = missing.map((p) => `#${p.position} “${p.paper.title}” (${p.paper.arxivId})`).join(", ");
  return `Every pick needs its “Why” text before publishing. Missing for: ${names}.`;
}

async function goPublic(actor: Actor, issueId: string, publishAt: Date, status: "PUBLISHED" | "SCHEDULED"): Promise<WorkflowOutcome> {
  assertRole(actor, "EDITOR");
  return db().$transaction(async (tx) => {
    // Lock the issue row: concurrent publish/schedule/unpublish of one issue run one after the other.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
    if (locked.length === 0) return { ok: false as const, message: "This issue no longer exists." };
    const issue = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true, publishedAt: true, slug: true } });
    const problem = await publicationProblems(tx, issueId);
    if (problem) return { ok: false as const, message: problem };
    if (!PUBLISHABLE.includes(issue.status)) return { ok: false as const, message: "This issue is already published." };
    await tx.issue.update({
      where: { id: issueId },
      data: { status, publishAt, publishedAt: issue.publishedAt ?? publishAt },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: status === "PUBLISHED" ? "issue.publish" : "issue.schedule",
        targetType: "Issue",
        targetId: issueId,
        data: { slug: issue.slug, publishAt: publishAt.toISOString(), from: issue.status },
      },
    });
    return {
      ok: true as const,
      status,
      message: status === "PUBLISHED" ? "Published: readers can see this issue now." : `Scheduled: public from ${publishAt.toISOString()}.`,
    };
  });
}

export function publishIssue(actor: Actor, issueId: string, now = new Date()): Promise<WorkflowOutcome> {
  return goPublic(actor, issueId, now, "PUBLISHED");
}

export async function scheduleIssue(actor: Actor, issueId: string, at: Date, now = new Date()): Promise<WorkflowOutcome> {
  assertRole(actor, "EDITOR");
  if (!(at.getTime() > now.getTime())) return { ok: false, message: "Choose a date and time in the future (or use Publish)." };
  return goPublic(actor, issueId, at, "SCHEDULED");
}

export async function unpublishIssue(actor: Actor, issueId: string): Promise<WorkflowOutcome> {
  assertRole(actor, "EDITOR");
  return db().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { status: true, slug: true } });
    if (!issue) return { ok: false as const, message: "This issue no longer exists." };
    if (issue.status !== "PUBLISHED" && issue.status !== "SCHEDULED") return { ok: false as const, message: "Only a published or scheduled issue can be unpublished." };
    await tx.issue.update({ where: { id: issueId }, data: { status: "UNPUBLISHED" }, select: { id: true } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "issue.unpublish", targetType: "Issue", targetId: issueId, data: { slug: issue.slug, from: issue.status } },
    });
    return { ok: true as const, status: "UNPUBLISHED" as const, message: "Unpublished: readers no longer see this issue." };
  });
}
