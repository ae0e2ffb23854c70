-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "assessmentId" TEXT,
ADD COLUMN     "indicatorId" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "cityId" TEXT,
ADD COLUMN     "cycleId" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "emailedAt" TIMESTAMP(3),
ALTER COLUMN "assessmentId" DROP NOT NULL,
ALTER COLUMN "actorName" SET DEFAULT '';

-- CreateTable
CREATE TABLE "ReportingCycle" (
    "id" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "opensOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CycleExtension" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CycleExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorThread" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorComment" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorComment_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_emailedAt_idx" ON "Notification"("emailedAt");

-- AddForeignKey
ALTER TABLE "CycleExtension" ADD CONSTRAINT "CycleExtension_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReportingCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorThread" ADD CONSTRAINT "IndicatorThread_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorComment" ADD CONSTRAINT "IndicatorComment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "IndicatorThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;


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
