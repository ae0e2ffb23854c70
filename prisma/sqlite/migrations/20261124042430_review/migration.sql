-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "approvedAt" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "approvedById" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "submittedAt" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "submittedById" TEXT;

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "act" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "reason" TEXT,
    "snapshot" TEXT,
    "actorId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewDecision_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewFlag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "raisedById" TEXT NOT NULL,
    "raisedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReviewFlag_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewDecision_assessmentId_at_idx" ON "ReviewDecision"("assessmentId", "at");

-- CreateIndex
CREATE INDEX "ReviewFlag_assessmentId_resolvedAt_idx" ON "ReviewFlag"("assessmentId", "resolvedAt");

