/**
 * Full-text search over published picks: paper titles and abstracts (Paper.search), commentary
 * (Pick.search) and author names (Author.search, accent-free). PostgreSQL ranks; GIN indexes find.
 */
import "server-only";
import { db } from "../db";
import { normalizeName } from "../authors/normalize";
import type { SearchParams } from "../validation/search";

export type SearchHit = {
  arxivId: string;
  title: string;
  authors: string[];
  issueSlug: string;
  issueTitle: string;
  /** HTML: the text is escaped, only <mark> is added. */
  snippetHtml: string;
};

export type SearchResult = { hits: SearchHit[]; total: number; page: number; size: number; pages: number };

// Unlikely characters mark the highlights, so the snippet can be escaped before <mark> is added.
const START = "\u0002";
const STOP = "\u0003";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function snippetToHtml(snippet: string): string {
  return escapeHtml(snippet.replaceAll(START, "\u0000s").replaceAll(STOP, "\u0000e"))
    .replaceAll("\u0000s", "<mark>")
    .replaceAll("\u0000e", "</mark>");
}

/** "Schölkopf bengio" → "scholkopf:* & bengio:*" for the simple-config author vector; "" when nothing is left. */
export function authorQuery(q: string): string {
  return normalizeName(q)
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)
    .map((t) => `${t}:*`)
    .join(" & ");
}

type Row = { arxivId: string; title: string; authors: string[]; issueSlug: string; issueTitle: string; snippet: string; total: bigint };

export async function searchPicks({ q, page, size }: SearchParams): Promise<SearchResult> {
  if (!q) return { hits: [], total: 0, page: 1, size, pages: 0 };
  const aq = authorQuery(q);
  const offset = (page - 1) * size;
  // The query is the PL/pgSQL function search_picks (prisma/migrations/…_search_picks_function): one GIN
  // lookup finds the candidates, only they are ranked, and texts, snippets and authors are fetched for the
  // page shown. As a function its plan is prepared once per connection instead of on every request.
  const rows = await db().$queryRaw<Row[]>`SELECT * FROM search_picks(${q}, ${aq}, ${size}::int, ${offset}::int, ${HEADLINE_OPTIONS})`;
  let total = rows.length ? Number(rows[0].total) : 0;
  // Past the last page: still tell the reader how many results there are.
  if (!rows.length && offset > 0) total = (await searchPicks({ q, page: 1, size: 1 })).total;
  return {
    hits: rows.map((r) => ({ arxivId: r.arxivId, title: r.title, authors: r.authors, issueSlug: r.issueSlug, issueTitle: r.issueTitle, snippetHtml: snippetToHtml(r.snippet) })),
    total,
    page,
    size,
    pages: Math.ceil(total / size),
  };
}
