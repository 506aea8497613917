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
  const rows = await db().$queryRaw<Row[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('english', ${q}) AS tq,
             CASE WHEN ${aq} = '' THEN NULL ELSE to_tsquery('simple', ${aq}) END AS aq
    ),
    matches AS (
      SELECT p.id AS "pickId", pa.id AS "paperId", pa."arxivId", pa.title, pa.abstract, p.why,
             i.slug AS "issueSlug", i.title AS "issueTitle", i.month,
             ts_rank(pa.search, q.tq) * 2 + ts_rank(p.search, q.tq)
               + CASE WHEN q.aq IS NOT NULL AND EXISTS (
                   SELECT 1 FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
                   WHERE x."paperId" = pa.id AND a.search @@ q.aq) THEN 1 ELSE 0 END AS rank,
             (pa.search @@ q.tq) AS "inPaper", (p.search @@ q.tq) AS "inPick"
      FROM "Pick" p
      JOIN "Issue" i ON i.id = p."issueId"
      JOIN "Paper" pa ON pa.id = p."paperId", q
      WHERE (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now()))
        AND (pa.search @@ q.tq OR p.search @@ q.tq OR (q.aq IS NOT NULL AND EXISTS (
              SELECT 1 FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
              WHERE x."paperId" = pa.id AND a.search @@ q.aq)))
    ),
    page AS (
      SELECT *, count(*) OVER () AS total FROM matches ORDER BY rank DESC, month DESC, "arxivId" LIMIT ${size} OFFSET ${offset}
    )
    SELECT page."arxivId", page.title, page."issueSlug", page."issueTitle", page.total,
           ts_headline('english', CASE WHEN page."inPick" AND NOT page."inPaper" THEN page.why ELSE page.abstract END, q.tq,
                       ${`StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet,
           ARRAY(SELECT a.name FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
                 WHERE x."paperId" = page."paperId" ORDER BY x.position) AS authors
    FROM page, q
    ORDER BY page.rank DESC, page.month DESC, page."arxivId"`;
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
