-- Author names are searched accent-free: a generated vector over the normalized name (see Paper.search).
-- AlterTable
ALTER TABLE "Author" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "normalizedName")) STORED;

-- CreateIndex
CREATE INDEX "Author_search_idx" ON "Author" USING GIN ("search");
