-- CreateTable
CREATE TABLE "AssessmentSummary" (
    "assessmentId" TEXT NOT NULL PRIMARY KEY,
    "score" REAL,
    "coverage" REAL,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "completeness" REAL,
    "requiredMissing" INTEGER NOT NULL,
    "met" INTEGER NOT NULL,
    "onTrack" INTEGER NOT NULL,
    "behind" INTEGER NOT NULL,
    "noData" INTEGER NOT NULL,
    "notScored" INTEGER NOT NULL,
    "sections" TEXT NOT NULL DEFAULT '{}',
    "topGaps" TEXT NOT NULL DEFAULT '[]',
    "lastActivityAt" DATETIME NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentSummary_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "City" ADD COLUMN "sortKeyVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "City" ADD COLUMN "sortKeyEn" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AssessmentSummary_score_idx" ON "AssessmentSummary"("score");

-- CreateIndex
CREATE INDEX "AssessmentSummary_lastActivityAt_idx" ON "AssessmentSummary"("lastActivityAt");

-- CreateIndex
CREATE INDEX "Assessment_frameworkCode_year_status_idx" ON "Assessment"("frameworkCode", "year", "status");

-- CreateIndex
CREATE INDEX "Assessment_status_idx" ON "Assessment"("status");

