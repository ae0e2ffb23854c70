-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "assessmentId" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "indicatorId" TEXT;

-- CreateTable
CREATE TABLE "ReportingCycle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "opensOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CycleExtension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CycleExtension_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReportingCycle" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorThread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "resolvedAt" DATETIME,
    "resolvedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndicatorThread_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndicatorComment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "IndicatorThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "assessmentId" TEXT,
    "cycleId" TEXT,
    "cityId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "dedupeKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "emailedAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("actorName", "assessmentId", "createdAt", "id", "kind", "readAt", "userId") SELECT "actorName", "assessmentId", "createdAt", "id", "kind", "readAt", "userId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
CREATE INDEX "Notification_emailedAt_idx" ON "Notification"("emailedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ReportingCycle_frameworkCode_year_key" ON "ReportingCycle"("frameworkCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CycleExtension_cycleId_cityId_key" ON "CycleExtension"("cycleId", "cityId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorThread_assessmentId_indicatorId_key" ON "IndicatorThread"("assessmentId", "indicatorId");

-- CreateIndex
CREATE INDEX "IndicatorComment_threadId_createdAt_idx" ON "IndicatorComment"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_assessmentId_at_idx" ON "AuditEvent"("assessmentId", "at");


-- Notifications from before e-mail existed were shown in the app only, so they are not mailed now.
UPDATE "Notification" SET "emailedAt" = "createdAt" WHERE "emailedAt" IS NULL;

-- Scope the audit events recorded before these columns existed.
UPDATE "AuditEvent" SET "assessmentId" = "entityId" WHERE "entityType" = 'Assessment';
UPDATE "AuditEvent" SET
  "assessmentId" = (SELECT r."assessmentId" FROM "Response" r WHERE r."id" = "AuditEvent"."entityId"),
  "indicatorId" = (SELECT r."indicatorId" FROM "Response" r WHERE r."id" = "AuditEvent"."entityId")
WHERE "entityType" = 'Response';
UPDATE "AuditEvent" SET
  "assessmentId" = (SELECT f."assessmentId" FROM "EvidenceFile" f WHERE f."id" = "AuditEvent"."entityId"),
  "indicatorId" = (SELECT f."indicatorId" FROM "EvidenceFile" f WHERE f."id" = "AuditEvent"."entityId")
WHERE "entityType" = 'EvidenceFile';
