-- CreateTable
CREATE TABLE "PaperSnapshot" (
    "paperId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSnapshot_pkey" PRIMARY KEY ("paperId","version")
);

-- CreateTable
CREATE TABLE "ArxivRequestSlot" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "lastRequestAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArxivRequestSlot_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "PaperSnapshot" ADD CONSTRAINT "PaperSnapshot_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
