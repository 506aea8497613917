-- One search vector per pick: its paper's title and abstract (Paper.search, weights A/B) and the pick's
-- commentary (why B, key insights C). Kept up to date by triggers, so public search is one GIN lookup.

-- AlterTable
ALTER TABLE "Pick" ADD COLUMN "searchDoc" tsvector;

-- CreateIndex
CREATE INDEX "Pick_searchDoc_idx" ON "Pick" USING GIN ("searchDoc");

-- A pick's vector, computed when it is written (BEFORE: generated columns are not available yet, so the
-- commentary part is computed here; the paper's part is its generated column).
CREATE FUNCTION "pick_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchDoc" :=
       setweight(to_tsvector('english', coalesce(NEW.why, '')), 'B')
    || setweight(to_tsvector('english', coalesce(NEW."keyInsights", '')), 'C')
    || coalesce((SELECT search FROM "Paper" WHERE id = NEW."paperId"), ''::tsvector);
  RETURN NEW;
END
$$;

CREATE TRIGGER "Pick_search_document"
  BEFORE INSERT OR UPDATE OF why, "keyInsights", "paperId" ON "Pick"
  FOR EACH ROW EXECUTE FUNCTION "pick_search_document"();

-- When a paper's title or abstract changes (metadata refresh), recompute its picks' vectors.
CREATE FUNCTION "paper_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Pick" SET "paperId" = "paperId" WHERE "paperId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Paper_search_document"
  AFTER UPDATE OF title, abstract ON "Paper"
  FOR EACH ROW EXECUTE FUNCTION "paper_search_document"();

-- Existing picks.
UPDATE "Pick" SET "paperId" = "paperId";
