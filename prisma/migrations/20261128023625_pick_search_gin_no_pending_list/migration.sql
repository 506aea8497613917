-- Picks are updated on every autosave, and each update re-indexes the pick's search vectors. With GIN's
-- default fastupdate, those entries wait in a pending list that every search then scans linearly until
-- (auto)vacuum merges it: at benchmark volume a search that matched nothing took 5 ms in the index instead
-- of 0.05 ms. Without the pending list an update pays for its own index entries (~100 lexemes) at once.
-- Storage parameters are not in the Prisma schema, so `migrate diff` neither sees nor resets them.
ALTER INDEX "Pick_searchDoc_idx" SET (fastupdate = off);
ALTER INDEX "Pick_search_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Pick_searchDoc_idx"'::regclass);
SELECT gin_clean_pending_list('"Pick_search_idx"'::regclass);
