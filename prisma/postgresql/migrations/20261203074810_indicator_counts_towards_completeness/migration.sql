-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "countsTowardsCompleteness" BOOLEAN NOT NULL DEFAULT true;

