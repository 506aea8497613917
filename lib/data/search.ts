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
  // One GIN lookup finds the candidates (a pick's vector holds its paper, its commentary and its authors'
  // accent-free names); only they are ranked, and texts, snippets and authors are fetched for the page shown.
  const rows = await db().$queryRaw<Row[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('english', ${q}) AS tq,
             CASE WHEN ${aq} = '' THEN websearch_to_tsquery('english', ${q})
                  ELSE websearch_to_tsquery('english', ${q}) || to_tsquery('simple', ${aq || "_"}) END AS any
    ),
    matches AS (
      SELECT p.id AS "pickId", p."paperId", i.month, ts_rank(p."searchDoc", q.any) AS rank
      FROM "Pick" p
      JOIN "Issue" i ON i.id = p."issueId"
      CROSS JOIN q
      -- The query written out (not q.any) so the planner can use the GIN index.
      WHERE p."searchDoc" @@ (CASE WHEN ${aq} = '' THEN websearch_to_tsquery('english', ${q})
                                   ELSE websearch_to_tsquery('english', ${q}) || to_tsquery('simple', ${aq || "_"}) END)
        AND (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now()))
    ),
    page AS (
      -- Ties broken by the pick's id: stable, and no join to "Paper" for every match (only for the page).
      SELECT *, count(*) OVER () AS total FROM matches ORDER BY rank DESC, month DESC, "pickId" LIMIT ${size} OFFSET ${offset}
    )
    SELECT pa."arxivId", pa.title, i.slug AS "issueSlug", i.title AS "issueTitle", page.total,
           ts_headline('english', CASE WHEN p.search @@ q.tq AND NOT pa.search @@ q.tq THEN p.why ELSE pa.abstract END, q.tq,
                       ${`StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet,
           ARRAY(SELECT a.name FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
                 WHERE x."paperId" = page."paperId" ORDER BY x.position) AS authors
    FROM page
    JOIN "Pick" p ON p.id = page."pickId"
    JOIN "Paper" pa ON pa.id = page."paperId"
    JOIN "Issue" i ON i.id = p."issueId"
    CROSS JOIN q
    ORDER BY page.rank DESC, page.month DESC, page."pickId"`;
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
