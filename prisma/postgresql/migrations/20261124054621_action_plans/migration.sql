-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "legalBasisNumber" TEXT,
    "legalBasisDate" TEXT,
    "legalBasisUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "leadAgency" TEXT,
    "supportingAgencies" TEXT NOT NULL DEFAULT '[]',
    "ownerId" TEXT,
    "startOn" TEXT,
    "dueOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'notStarted',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "weight" DOUBLE PRECISION,
    "frameworkCode" TEXT,
    "indicatorCode" TEXT,
    "targetValue" DOUBLE PRECISION,
    "targetYear" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanUpdate" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previousStatus" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "previousProgress" INTEGER NOT NULL,
    "progress" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "PlanUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanUpdateFile" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanUpdateFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanComment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanMilestone" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "itemId" TEXT,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "dueOn" TEXT NOT NULL,
    "doneOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_cityId_idx" ON "ActionPlan"("cityId");

-- CreateIndex
CREATE INDEX "PlanItem_parentId_idx" ON "PlanItem"("parentId");

-- CreateIndex
CREATE INDEX "PlanItem_ownerId_idx" ON "PlanItem"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_planId_code_key" ON "PlanItem"("planId", "code");

-- CreateIndex
CREATE INDEX "PlanUpdate_itemId_at_idx" ON "PlanUpdate"("itemId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PlanUpdateFile_storageKey_key" ON "PlanUpdateFile"("storageKey");

-- CreateIndex
CREATE INDEX "PlanComment_itemId_createdAt_idx" ON "PlanComment"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "PlanMilestone_planId_dueOn_idx" ON "PlanMilestone"("planId", "dueOn");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUpdate" ADD CONSTRAINT "PlanUpdate_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUpdateFile" ADD CONSTRAINT "PlanUpdateFile_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "PlanUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanMilestone" ADD CONSTRAINT "PlanMilestone_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanMilestone" ADD CONSTRAINT "PlanMilestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

