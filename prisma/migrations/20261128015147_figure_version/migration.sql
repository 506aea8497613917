-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
