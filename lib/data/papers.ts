/**
 * Papers: importing them from arXiv (a pasted batch, one request), refreshing their metadata, and the
 * request spacing shared by every user and app instance through PostgreSQL.
 */
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { publicIssueWhere } from "./issues";
import { env } from "../env";
import { logger } from "../logger";
import { MAX_BATCH, parseIdBatch } from "../arxiv/batch";
import { ARXIV_REQUEST_SPACING_MS, fetchArxivBatch, type FetchFailureKind } from "../arxiv/client";
import { savePaper } from "../arxiv/store";
import { assertRole, type Actor } from "./access";
import { describeRevision, type PaperRevision } from "./paper-revision";

export type ArxivRequestOptions = {
  /** Defaults to ARXIV_API_URL. */
  apiUrl?: string;
  /** Spacing between requests. Production always uses arXiv's 3 s; tests may shorten it here only. */
  spacingMs?: number;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
};

/**
 * Reserves the next arXiv request slot and waits for it. One atomic statement on a single row: the row
 * lock serialises concurrent callers (any instance), each gets a slot `spacingMs` after the previous
 * one, and the clock is the database's, so instances with skewed clocks still agree.
 */
export async function waitForArxivSlot(spacingMs = ARXIV_REQUEST_SPACING_MS): Promise<void> {
  const rows = await db().$queryRaw<{ waitMs: number }[]>`
    INSERT INTO "ArxivRequestSlot" (id, "lastRequestAt") VALUES (1, clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET "lastRequestAt" =
      GREATEST(clock_timestamp(), "ArxivRequestSlot"."lastRequestAt" + make_interval(secs => ${spacingMs / 1000}::float8))
    RETURNING GREATEST(0, EXTRACT(EPOCH FROM ("lastRequestAt" - clock_timestamp())) * 1000)::float8 AS "waitMs"`;
  const waitMs = Math.ceil(Number(rows[0]?.waitMs ?? 0));
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}

function requestOptions(opts: ArxivRequestOptions) {
  const spacingMs = opts.spacingMs ?? ARXIV_REQUEST_SPACING_MS;
  return {
    apiUrl: opts.apiUrl ?? env().ARXIV_API_URL,
    waitForSlot: () => waitForArxivSlot(spacingMs),
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
  };
}

export type ImportedPaper = {
  input: string;
  arxivId: string;
  paperId: string;
  title: string;
  /** The version the curator named, else the latest. */
  version: number;
  latestVersion: number;
  isNew: boolean;
};

export type ImportOutcome =
  | { ok: true; imported: ImportedPaper[]; notFound: { input: string; arxivId: string }[]; message: string }
  | { ok: false; kind: FetchFailureKind | "invalid" | "empty" | "too-many"; message: string; invalid?: string[] };

/**
 * Imports a pasted batch: malformed ids are rejected before any request; the rest are fetched in one
 * request and every paper found is stored in one transaction (authors matched by normalized name).
 */
export async function importPapers(actor: Actor, text: string, opts: ArxivRequestOptions = {}): Promise<ImportOutcome> {
  assertRole(actor, "CURATOR");
  const batch = parseIdBatch(text);
  if (batch.invalid.length > 0) {
    const list = batch.invalid.map((s) => `"${s}"`).join(", ");
    return {
      ok: false,
      kind: "invalid",
      invalid: batch.invalid,
      message: `Not ${batch.invalid.length === 1 ? "an arXiv id" : "arXiv ids"}: ${list}. Nothing was requested; fix or remove ${batch.invalid.length === 1 ? "it" : "them"} and try again.`,
    };
  }
  if (batch.ids.length === 0) return { ok: false, kind: "empty", message: "Paste at least one arXiv id or URL." };
  if (batch.ids.length > MAX_BATCH) return { ok: false, kind: "too-many", message: `At most ${MAX_BATCH} papers per import.` };

  const result = await fetchArxivBatch(
    batch.ids.map((i) => i.id),
    requestOptions(opts),
  );
  if (!result.ok) {
    logger.warn("arxiv.import_failed", { kind: result.kind, attempts: result.attempts, ids: batch.ids.map((i) => i.id) });
    return { ok: false, kind: result.kind, message: result.message };
  }

  const byId = new Map(result.feed.entries.map((e) => [e.arxivId, e]));
  const found = batch.ids.filter((i) => byId.has(i.id));
  const notFound = batch.ids.filter((i) => !byId.has(i.id)).map((i) => ({ input: i.input, arxivId: i.id }));

  const imported = await db().$transaction(async (tx) => {
    const existing = new Set(
      (await tx.paper.findMany({ where: { arxivId: { in: found.map((i) => i.id) } }, select: { arxivId: true } })).map((p) => p.arxivId),
    );
    const out: ImportedPaper[] = [];
    for (const i of found) {
      const entry = byId.get(i.id)!;
      const paper = await savePaper(tx, entry);
      out.push({
        input: i.input,
        arxivId: i.id,
        paperId: paper.id,
        title: entry.title,
        version: Math.min(i.version ?? entry.version, entry.version),
        latestVersion: entry.version,
        isNew: !existing.has(i.id),
      });
    }
    return out;
  });

  const parts = [];
  if (imported.length) parts.push(`Imported ${imported.length} ${imported.length === 1 ? "paper" : "papers"}.`);
  if (notFound.length) parts.push(`arXiv has no paper ${notFound.map((n) => n.input).join(", ")}.`);
  return { ok: true, imported, notFound, message: parts.join(" ") };
}

export type RefreshOutcome =
  | { ok: true; arxivId: string; previousVersion: number; latestVersion: number; message: string }
  | { ok: false; message: string };

/** Re-fetches one paper's metadata from arXiv (e.g. to learn about a new version). */
export async function refreshPaper(actor: Actor, paperId: string, opts: ArxivRequestOptions = {}): Promise<RefreshOutcome> {
  assertRole(actor, "CURATOR");
  const paper = await db().paper.findUnique({ where: { id: paperId }, select: { arxivId: true, latestVersion: true } });
  if (!paper) return { ok: false, message: "This paper no longer exists." };
  const result = await fetchArxivBatch([paper.arxivId], requestOptions(opts));
  if (!result.ok) return { ok: false, message: result.message };
  const entry = result.feed.entries.find((e) => e.arxivId === paper.arxivId);
  if (!entry) return { ok: false, message: `arXiv no longer lists ${paper.arxivId}; the stored metadata is unchanged.` };
  await db().$transaction((tx) => savePaper(tx, entry));
  const message =
    entry.version > paper.latestVersion
      ? `arXiv has a new version of ${paper.arxivId}: v${paper.latestVersion} → v${entry.version}.`
      : `${paper.arxivId} is up to date (v${entry.version}).`;
  return { ok: true, arxivId: paper.arxivId, previousVersion: paper.latestVersion, latestVersion: entry.version, message };
}

/** What changed on arXiv since the version a pick was written about; null when nothing did. */
export async function paperRevisionSince(paperId: string, pickVersion: number): Promise<PaperRevision | null> {
  const paper = await db().paper.findUnique({
    where: { id: paperId },
    select: { latestVersion: true, title: true, abstract: true, snapshots: { select: { version: true, title: true, abstract: true } } },
  });
  return paper ? describeRevision(paper, pickVersion) : null;
}

// ——— Papers as the public site shows them: only papers with a pick in a public issue exist for readers
// (a candidate or a pick in a draft answers 404).

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
