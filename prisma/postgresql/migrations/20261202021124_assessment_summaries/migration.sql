-- AlterTable
ALTER TABLE "City" ADD COLUMN     "sortKeyEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortKeyVi" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "AssessmentSummary" (
    "assessmentId" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "coverage" DOUBLE PRECISION,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "completeness" DOUBLE PRECISION,
    "requiredMissing" INTEGER NOT NULL,
    "met" INTEGER NOT NULL,
    "onTrack" INTEGER NOT NULL,
    "behind" INTEGER NOT NULL,
    "noData" INTEGER NOT NULL,
    "notScored" INTEGER NOT NULL,
    "sections" TEXT NOT NULL DEFAULT '{}',
    "topGaps" TEXT NOT NULL DEFAULT '[]',
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentSummary_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateIndex
CREATE INDEX "AssessmentSummary_score_idx" ON "AssessmentSummary"("score");

-- CreateIndex
CREATE INDEX "AssessmentSummary_lastActivityAt_idx" ON "AssessmentSummary"("lastActivityAt");

-- CreateIndex
CREATE INDEX "Assessment_frameworkCode_year_status_idx" ON "Assessment"("frameworkCode", "year", "status");

-- CreateIndex
CREATE INDEX "Assessment_status_idx" ON "Assessment"("status");

-- AddForeignKey
ALTER TABLE "AssessmentSummary" ADD CONSTRAINT "AssessmentSummary_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

