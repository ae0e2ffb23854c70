-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "fromPublications" BOOLEAN NOT NULL DEFAULT false,
    "sourceNote" TEXT,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "value" DOUBLE PRECISION,
    "text" TEXT,
    "dataYear" INTEGER,
    "comment" TEXT,
    "evidenceNote" TEXT,
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assessment_frameworkId_idx" ON "Assessment"("frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_cityId_frameworkCode_year_key" ON "Assessment"("cityId", "frameworkCode", "year");

-- CreateIndex
CREATE INDEX "Response_indicatorId_idx" ON "Response"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_assessmentId_indicatorId_key" ON "Response"("assessmentId", "indicatorId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

