-- Search runs as one PL/pgSQL function. PL/pgSQL prepares the statement inside once per connection and
-- reuses it, where the same statement sent by the app (Prisma's $queryRaw, an unnamed statement) was
-- parsed and planned on every request: 1.3–3 ms of planning on a 5–8 ms search at benchmark volume
-- (100 issues × 10 picks, 100,000 papers). The query is the one lib/data/search.ts used to send.
--
-- query:            the reader's words, for websearch_to_tsquery('english', …)
-- author_query:     the same words accent-free as prefixes ("scholkopf:* & bengio:*") for the authors'
--                   'simple' lexemes in the pick's vector, or '' when nothing is left of them
-- headline_options: ts_headline's options (lib/data/search.ts marks highlights with control characters)
CREATE FUNCTION "search_picks"(query text, author_query text, page_size integer, page_offset integer, headline_options text)
RETURNS TABLE ("arxivId" text, title text, "issueSlug" text, "issueTitle" text, total bigint, snippet text, authors text[])
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  words tsquery := websearch_to_tsquery('english', query);
  words_or_authors tsquery := CASE WHEN author_query = '' THEN words ELSE words || to_tsquery('simple', author_query) END;
BEGIN
  RETURN QUERY
  WITH matches AS (
    -- The pick's vector holds its paper, its commentary and its authors' accent-free names: one lookup.
    SELECT p.id AS pick_id, p."paperId" AS paper_id, i.month, ts_rank(p."searchDoc", words_or_authors) AS rank
    FROM "Pick" p
    JOIN "Issue" i ON i.id = p."issueId"
    WHERE p."searchDoc" @@ words_or_authors
      AND (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now()))
  ),
  page AS (
    -- Ties broken by the pick's id: stable, and no join to "Paper" for every match (only for the page).
    SELECT m.*, count(*) OVER () AS total FROM matches m ORDER BY m.rank DESC, m.month DESC, m.pick_id LIMIT page_size OFFSET page_offset
  )
  SELECT pa."arxivId", pa.title, i.slug, i.title, page.total,
         -- The snippet comes from the commentary when only the commentary matched, else from the abstract.
         ts_headline('english', CASE WHEN p.search @@ words AND NOT pa.search @@ words THEN p.why ELSE pa.abstract END, words, headline_options),
         ARRAY(SELECT a.name FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
               WHERE x."paperId" = page.paper_id ORDER BY x.position)
  FROM page
  JOIN "Pick" p ON p.id = page.pick_id
  JOIN "Paper" pa ON pa.id = page.paper_id
  JOIN "Issue" i ON i.id = p."issueId"
  ORDER BY page.rank DESC, page.month DESC, page.pick_id;
END
$$;
