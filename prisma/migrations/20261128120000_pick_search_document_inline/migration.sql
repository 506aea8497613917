-- Keep each pick's search document in its row. A pick's row (commentary, the generated commentary vector
-- and this document of paper, commentary and authors) is often over the 2 KB at which PostgreSQL starts
-- moving its largest values out of the row; with the default storage (EXTENDED) that was this document,
-- so every search fetched it back from the TOAST table for each pick it tested: at benchmark volume
-- (1,010 picks) the scan read 3,250 buffers instead of ~450 and took 5–6.5 ms of a 7–11 ms search.
-- MAIN keeps it in the row, compressed if needed; it leaves the row only if the row would still not fit
-- in a page.
ALTER TABLE "Pick" ALTER COLUMN "searchDoc" SET STORAGE MAIN;

-- Existing documents stay where they are until rewritten: rebuild them (the value is the same).
UPDATE "Pick" SET "searchDoc" = "searchDoc" || ''::tsvector WHERE "searchDoc" IS NOT NULL;
