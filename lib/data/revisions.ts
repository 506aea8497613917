/**
 * Revision history of an issue's text and of a pick's commentary: list, compare two, restore one.
 * Rows are written by saveIssueText/savePickText on every save; a restore saves through the same
 * versioned path, so it can be refused as a conflict and itself adds a revision.
 */
import "server-only";
import { db } from "../db";
import { assertRole, type Actor } from "./access";
import { saveIssueText, type IssueText, type SaveOutcome } from "./issue-editor";
import { savePickText, type PickText } from "./picks";

export type RevisionTarget = { type: "ISSUE"; issueId: string } | { type: "PICK"; pickId: string };

export type RevisionListItem = { id: string; version: number; createdAt: Date; authorName: string | null };

export type RevisionHistory = {
  target: RevisionTarget;
  /** The target's current version: what a restore must be based on. */
  currentVersion: number;
  /** Ordered field names and labels of this kind of text. */
  fields: { name: string; label: string }[];
  revisions: RevisionListItem[];
};

export const ISSUE_FIELDS = [
  { name: "title", label: "Title" },
  { name: "intro", label: "Introduction" },
  { name: "closing", label: "Closing note" },
];
export const PICK_FIELDS = [
  { name: "why", label: "Why" },
  { name: "keyInsights", label: "Key insights" },
];

const MAX_REVISIONS = 500;

function whereOf(target: RevisionTarget) {
  return target.type === "ISSUE" ? { targetType: "ISSUE" as const, issueId: target.issueId } : { targetType: "PICK" as const, pickId: target.pickId };
}

/** The history, newest first; null when the issue or pick does not exist. */
export async function getRevisionHistory(actor: Actor, target: RevisionTarget): Promise<RevisionHistory | null> {
  assertRole(actor, "CURATOR");
  const current =
    target.type === "ISSUE"
      ? await db().issue.findUnique({ where: { id: target.issueId }, select: { version: true } })
      : await db().pick.findUnique({ where: { id: target.pickId }, select: { version: true } });
  if (!current) return null;
  const rows = await db().revision.findMany({
    where: whereOf(target),
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: MAX_REVISIONS,
    select: { id: true, version: true, createdAt: true, author: { select: { name: true } } },
  });
  return {
    target,
    currentVersion: current.version,
    fields: target.type === "ISSUE" ? ISSUE_FIELDS : PICK_FIELDS,
    revisions: rows.map((r) => ({ id: r.id, version: r.version, createdAt: r.createdAt, authorName: r.author?.name ?? null })),
  };
}

export type RevisionContent = Record<string, string>;

/** The saved text of one revision of this target (never of another target's revision). */
export async function getRevisionContent(actor: Actor, target: RevisionTarget, revisionId: string): Promise<RevisionContent | null> {
  assertRole(actor, "CURATOR");
  const row = await db().revision.findFirst({ where: { id: revisionId, ...whereOf(target) }, select: { content: true } });
  if (!row) return null;
  return toStrings(row.content);
}

function toStrings(content: unknown): RevisionContent {
  const out: RevisionContent = {};
  if (content && typeof content === "object" && !Array.isArray(content)) {
    for (const [k, v] of Object.entries(content)) out[k] = typeof v === "string" ? v : "";
  }
  return out;
}

export type RestoreOutcome = (SaveOutcome<IssueText> | SaveOutcome<PickText>) & { restoredVersion?: number };

/**
 * Saves a revision's text as the target's new text, based on the version the curator was looking at:
 * if someone saved since, it is refused like any other save, and nothing is overwritten.
 */
export async function restoreRevision(actor: Actor, revisionId: string, baseVersion: number): Promise<RestoreOutcome & { target?: RevisionTarget }> {
  assertRole(actor, "CURATOR");
  const row = await db().revision.findUnique({
    where: { id: revisionId },
    select: { targetType: true, issueId: true, pickId: true, version: true, content: true },
  });
  if (!row) return { ok: false, conflict: false, message: "This revision no longer exists." };
  const content = toStrings(row.content);
  if (row.targetType === "ISSUE" && row.issueId) {
    const text = { title: content.title ?? "", intro: content.intro ?? "", closing: content.closing ?? "" };
    if (!text.title.trim()) return { ok: false, conflict: false, message: "This revision has no title and cannot be restored." };
    const result = await saveIssueText(actor, row.issueId, text, baseVersion);
    return { ...result, restoredVersion: row.version, target: { type: "ISSUE", issueId: row.issueId } };
  }
  if (row.targetType === "PICK" && row.pickId) {
    const { issueSlug: _slug, ...result } = await savePickText(actor, row.pickId, { why: content.why ?? "", keyInsights: content.keyInsights ?? "" }, baseVersion);
    return { ...result, restoredVersion: row.version, target: { type: "PICK", pickId: row.pickId } };
  }
  return { ok: false, conflict: false, message: "This revision no longer belongs to an issue or pick." };
}

export type HistorySubject = { issueId: string; issueSlug: string; label: string; target: RevisionTarget };

/** What a history page is about: the issue's own text, or one of its picks (which must be in that issue). */
export async function getHistorySubject(actor: Actor, slug: string, pickId?: string): Promise<HistorySubject | null> {
  assertRole(actor, "CURATOR");
  const issue = await db().issue.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!issue) return null;
  if (!pickId) return { issueId: issue.id, issueSlug: issue.slug, label: `Issue ${issue.slug}: title, introduction and closing note`, target: { type: "ISSUE", issueId: issue.id } };
  const pick = await db().pick.findFirst({ where: { id: pickId, issueId: issue.id }, select: { id: true, paper: { select: { title: true } } } });
  if (!pick) return null;
  return { issueId: issue.id, issueSlug: issue.slug, label: `Pick: ${pick.paper.title}`, target: { type: "PICK", pickId: pick.id } };
}
