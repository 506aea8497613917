-- The pick search vector also holds its paper's author names, accent-free ("simple" configuration over
-- Author.normalizedName, weight A), so search finds "Scholkopf" with the same single GIN lookup.

CREATE OR REPLACE FUNCTION "pick_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchDoc" :=
       setweight(to_tsvector('english', coalesce(NEW.why, '')), 'B')
    || setweight(to_tsvector('english', coalesce(NEW."keyInsights", '')), 'C')
    || coalesce((SELECT search FROM "Paper" WHERE id = NEW."paperId"), ''::tsvector)
    || coalesce((SELECT setweight(to_tsvector('simple', string_agg(a."normalizedName", ' ')), 'A')
                 FROM "PaperAuthor" x JOIN "Author" a ON a.id = x."authorId"
                 WHERE x."paperId" = NEW."paperId"), ''::tsvector);
  RETURN NEW;
END
$$;

-- Authorship changes (import, re-import, merge of duplicate authors) and renamed authors.
CREATE FUNCTION "paper_author_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Pick" SET "paperId" = "paperId" WHERE "paperId" = OLD."paperId";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE "Pick" SET "paperId" = "paperId" WHERE "paperId" = NEW."paperId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "PaperAuthor_search_document"
  AFTER INSERT OR UPDATE OR DELETE ON "PaperAuthor"
  FOR EACH ROW EXECUTE FUNCTION "paper_author_search_document"();

CREATE FUNCTION "author_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Pick" SET "paperId" = "paperId"
  WHERE "paperId" IN (SELECT "paperId" FROM "PaperAuthor" WHERE "authorId" = NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Author_search_document"
  AFTER UPDATE OF "normalizedName" ON "Author"
  FOR EACH ROW EXECUTE FUNCTION "author_search_document"();

-- Existing picks.
UPDATE "Pick" SET "paperId" = "paperId";
